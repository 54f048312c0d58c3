import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACKS } from './fixtures';

vi.mock('../../../lib/engine', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/engine')>()),
  listPacks: () => PACKS,
}));

async function renderSetup() {
  vi.resetModules();
  location.hash = '#setup';
  const { App } = await import('../../../entrypoints/options/App');
  render(<App />);
}

async function stored() {
  return (await fakeBrowser.storage.local.get('settings')).settings as import('../../../lib/storage').Settings;
}

// The first import compiles the pages and the engine: give it time once.
beforeAll(async () => {
  await import('../../../entrypoints/options/App');
}, 30_000);

vi.setConfig({ testTimeout: 15_000 });

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('first-run setup', () => {
  it('explains what Piketpaal does and that nothing leaves the browser', async () => {
    await renderSetup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Welkom bij Piketpaal' })).toBeTruthy();
    expect(screen.getByText(/Niets verlaat je browser/)).toBeTruthy();
    const consent = (await screen.findByRole('checkbox', { name: /lokaal archief/ })) as HTMLInputElement;
    expect(consent.checked).toBe(false);
  });

  it('saves organisation, topics, role and consent, and sets setupDone', async () => {
    await renderSetup();
    fireEvent.change(await screen.findByRole('combobox', { name: /Organisatie/ }), { target: { value: 'jenv' } });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Politie' }));
    fireEvent.change(screen.getByRole('combobox', { name: /Functie/ }), { target: { value: 'woordvoerder' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /lokaal archief/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en beginnen' }));
    expect(await screen.findByText('Klaar! Piketpaal kijkt nu met je mee.')).toBeTruthy();
    const settings = await stored();
    expect(settings.profile).toEqual({ organisation: 'jenv', topics: ['politie'], role: 'woordvoerder' });
    expect(settings.archiveConsent).toBe(true);
    expect(settings.setupDone).toBe(true);
  });

  it('accepts a free role', async () => {
    await renderSetup();
    fireEvent.change(await screen.findByRole('combobox', { name: /Functie/ }), { target: { value: 'anders' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Omschrijf je functie' }), { target: { value: 'jurist' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en beginnen' }));
    await waitFor(async () => expect((await stored())?.profile.role).toBe('jurist'));
  });

  it('can be skipped: only setupDone is set', async () => {
    await renderSetup();
    fireEvent.change(await screen.findByRole('combobox', { name: /Organisatie/ }), { target: { value: 'def' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overslaan' }));
    expect(await screen.findByText(/Overgeslagen/)).toBeTruthy();
    const settings = await stored();
    expect(settings.setupDone).toBe(true);
    expect(settings.profile.organisation).toBe('');
  });

  it('switches to English at once', async () => {
    await renderSetup();
    fireEvent.change(await screen.findByRole('combobox', { name: 'Taal van Piketpaal' }), { target: { value: 'en' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Piketpaal' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
  });
});
