import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { validatePackInput } from '../../../lib/storage/pack-input';

const PACK_TEXT = readFileSync(
  path.resolve(import.meta.dirname, '../../../docs/policies/team-communicatie.pack.json'),
  'utf8',
);

describe('validatePackInput', () => {
  it('names the line of each problem, also for top-level keys', () => {
    const result = validatePackInput(
      '{\n  "id": "team",\n  "kind": "custom",\n  "rules": [\n    { "id": 5 }\n  ]\n}',
      'team.json',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.find((e) => e.path === 'rules[0].id')?.line).toBe(5);
    expect(result.errors.find((e) => e.path === 'name')?.line).toBe(1);
  });

  it('reports JSON syntax errors with a line', () => {
    const result = validatePackInput('{\n  "id": "team",\n  oops\n}', 'team.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.line).toBe(3);
  });
});

describe('custom packs in storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('imports a valid pack, exposes it as an extra pack, and exports it again', async () => {
    const storage = await import('../../../lib/storage');
    const result = await storage.importCustomPack(PACK_TEXT, 'team-communicatie.pack.json');
    expect(result.ok).toBe(true);
    const packs = await storage.loadCustomPacks();
    expect(packs.map((p) => p.id)).toEqual(['team-communicatie']);
    expect((await storage.loadExtraPacks()).map((p) => p.id)).toEqual(['team-communicatie']);
    expect(JSON.parse(storage.exportCustomPack(packs[0]!))).toMatchObject({ id: 'team-communicatie', kind: 'custom' });
  });

  it('keeps the previous packs when an import is invalid', async () => {
    const storage = await import('../../../lib/storage');
    await storage.importCustomPack(PACK_TEXT, 'good.json');
    const bad = await storage.importCustomPack('{"id": "team-communicatie", "kind": "custom"}', 'bad.json');
    expect(bad.ok).toBe(false);
    const packs = await storage.loadCustomPacks();
    expect(packs).toHaveLength(1);
    expect(packs[0]?.fileName).toBe('good.json');
  });

  it('a switched-off pack is not passed to the engine; removal works', async () => {
    const storage = await import('../../../lib/storage');
    await storage.importCustomPack(PACK_TEXT, 'good.json');
    await storage.setCustomPackEnabled('team-communicatie', false);
    expect(await storage.loadExtraPacks()).toEqual([]);
    await storage.removeCustomPack('team-communicatie');
    expect(await storage.loadCustomPacks()).toEqual([]);
  });

  it("adds the IT department's packs from managed storage", async () => {
    await fakeBrowser.storage.managed.set({ customPacks: [PACK_TEXT] });
    const storage = await import('../../../lib/storage');
    expect((await storage.loadExtraPacks()).map((p) => p.id)).toEqual(['team-communicatie']);
  });
});
