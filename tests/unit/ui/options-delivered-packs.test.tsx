/**
 * The options page does not bundle the organisation packs: it lists core at once and the
 * organisation packs once the engine took the blob the background stores ("deliveredRuleData",
 * read with the content scripts' reader). The engine is a double here: it expects a blob and
 * takes only { id: 'blob' } (the real check is tested in tests/unit/engine/delivered-rule-data.test.ts
 * and, in Chromium, tests/e2e/pages-options.spec.ts).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { togglePack } from '../../../entrypoints/options/packs';
import { DEFAULT_SETTINGS } from '../../../lib/storage';
import { PACKS } from './fixtures';

const engine = vi.hoisted(() => ({ accepted: false }));

vi.mock('../../../lib/engine', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/engine')>()),
  expectsDeliveredRuleData: () => !engine.accepted,
  acceptDeliveredRuleData: (value: unknown) => {
    if (engine.accepted || (value as { id?: unknown } | null)?.id !== 'blob') return false;
    engine.accepted = true;
    return true;
  },
  listPacks: () => (engine.accepted ? PACKS : PACKS.filter((p) => p.kind === 'core')),
}));

async function renderOptions() {
  vi.resetModules();
  location.hash = '';
  const { App } = await import('../../../entrypoints/options/App');
  render(<App />);
}

const packBoxes = () => screen.queryAllByRole('checkbox').filter((box) => box.id.startsWith('pp-pack-'));

beforeAll(async () => {
  await import('../../../entrypoints/options/App');
}, 30_000);

vi.setConfig({ testTimeout: 15_000 });

beforeEach(async () => {
  fakeBrowser.reset();
  engine.accepted = false;
  await fakeBrowser.storage.local.set({ settings: { profile: { organisation: 'jenv', topics: [], role: '' } } });
});
afterEach(cleanup);

describe('options page, organisation packs from storage', () => {
  it('lists core at once and the organisation packs with their topics once the stored blob is read', async () => {
    await renderOptions();
    await screen.findByRole('checkbox', { name: /^Kernpakket/ });
    expect(packBoxes().map((box) => box.id)).toEqual(['pp-pack-core']);
    expect(screen.queryByRole('checkbox', { name: 'Asiel en migratie' })).toBeNull();
    await fakeBrowser.storage.local.set({ deliveredRuleData: { id: 'blob' } });
    const jenv = await screen.findByRole('checkbox', { name: /^Justitie en Veiligheid/ });
    expect((jenv as HTMLInputElement).checked).toBe(true); // the own organisation's pack, automatically
    expect(packBoxes().map((box) => box.id)).toEqual(['pp-pack-core', 'pp-pack-jenv', 'pp-pack-def']);
    expect(screen.getByRole('checkbox', { name: 'Asiel en migratie' })).toBeTruthy();
  });

  it('reads a blob stored before the page opened', async () => {
    await fakeBrowser.storage.local.set({ deliveredRuleData: { id: 'blob' } });
    await renderOptions();
    await screen.findByRole('checkbox', { name: /^Defensie/ });
  });

  it('works with the core pack and says nothing alarming when the blob is missing or unreadable', async () => {
    await fakeBrowser.storage.local.set({ deliveredRuleData: { id: 'another build' } });
    await renderOptions();
    const rule = await screen.findByRole('checkbox', { name: /Scheldwoord/ });
    fireEvent.click(rule);
    await waitFor(async () =>
      expect(
        ((await fakeBrowser.storage.local.get('settings')).settings as { disabledRules: string[] }).disabledRules,
      ).toEqual(['core/tone-insult']),
    );
    expect(packBoxes().map((box) => box.id)).toEqual(['pp-pack-core']);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('togglePack', () => {
  it('keeps packs switched on that are not listed yet (the organisation packs arrive from storage)', () => {
    const settings = { ...DEFAULT_SETTINGS, enabledPacks: ['core', 'jenv', 'def'] };
    const coreOnly = PACKS.filter((p) => p.kind === 'core');
    expect(togglePack(settings, coreOnly, 'core', false).enabledPacks).toEqual(['jenv', 'def']);
    expect(togglePack(settings, PACKS, 'def', false).enabledPacks).toEqual(['core', 'jenv']);
    expect(togglePack({ ...settings, enabledPacks: [] }, PACKS, 'def', true).enabledPacks).toEqual(['core', 'def']);
  });
});
