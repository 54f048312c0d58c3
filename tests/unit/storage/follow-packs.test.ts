/** followExtraPacks / followCheckSettings: the custom packs an in-page check runs with, now and after every change. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { testPack, testRule } from '../test-packs';

const record = (enabled: boolean) => ({
  id: 'team',
  fileName: 'team.json',
  importedAt: '2026-11-29T00:00:00.000Z',
  enabled,
  pack: testPack(),
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.doUnmock('../../../lib/storage/custom-packs');
});

describe('followExtraPacks', () => {
  it('follows the user switching a pack on, off and removing it, and the IT department adding one', async () => {
    const storage = await import('../../../lib/storage');
    const seen: string[][] = [];
    const unwatch = storage.followExtraPacks((packs) => seen.push(packs.map((p) => p.id)));
    await vi.waitFor(() => expect(seen).toEqual([[]]));
    await storage.customPacksItem.setValue([record(true)]);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['team']));
    await storage.customPacksItem.setValue([record(false)]);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([]));
    await storage.customPacksItem.setValue([record(true)]);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['team']));
    await storage.customPacksItem.setValue([]);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([]));
    await fakeBrowser.storage.managed.set({ customPacks: [testPack([testRule()], { id: 'it-afdeling' })] });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['it-afdeling']));
    unwatch();
    const calls = seen.length;
    await storage.customPacksItem.setValue([record(true)]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toHaveLength(calls);
  });

  it('keeps the packs in use when reloading changed custom packs fails', async () => {
    const loadExtraPacks = vi.fn().mockResolvedValueOnce([]).mockRejectedValueOnce(new Error('storage gone'));
    vi.doMock('../../../lib/storage/custom-packs', async (original) => ({
      ...(await original<typeof import('../../../lib/storage/custom-packs')>()),
      loadExtraPacks,
    }));
    const storage = await import('../../../lib/storage');
    const packs = vi.fn();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const unwatch = storage.followExtraPacks(packs);
    await vi.waitFor(() => expect(packs).toHaveBeenCalledTimes(1));
    await storage.customPacksItem.setValue([record(true)]);
    await vi.waitFor(() => expect(loadExtraPacks).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', unhandled);
    unwatch();
    expect(packs).toHaveBeenCalledTimes(1);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe('followCheckSettings', () => {
  it('gives the settings and the packs to their hooks', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, likeGuard: false } });
    const storage = await import('../../../lib/storage');
    await storage.customPacksItem.setValue([record(true)]);
    const settings = vi.fn();
    const packs = vi.fn();
    const unwatch = storage.followCheckSettings({ settings, packs });
    await vi.waitFor(() => expect(settings).toHaveBeenCalledWith(expect.objectContaining({ likeGuard: false })));
    await vi.waitFor(() => expect(packs).toHaveBeenCalledWith([expect.objectContaining({ id: 'team' })]));
    unwatch();
  });
});
