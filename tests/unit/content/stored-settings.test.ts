import { describe, expect, it, vi } from 'vitest';

// The storage layer is replaced so a failing custom-pack load can be forced.
const storage = vi.hoisted(() => ({
  loadExtraPacks: vi.fn(),
  onPacksChanged: undefined as (() => void) | undefined,
}));
vi.mock('../../../lib/storage', () => ({
  followSettings: () => () => {},
  loadExtraPacks: storage.loadExtraPacks,
  watchCustomPacks: (callback: () => void) => {
    storage.onPacksChanged = callback;
    return () => {};
  },
}));

const { followStoredSettings } = await import('../../../lib/content/stored-settings');

describe('followStoredSettings', () => {
  it('keeps the packs in use when reloading changed custom packs fails', async () => {
    const ctx = { onInvalidated: () => {} } as unknown as Parameters<typeof followStoredSettings>[0];
    const packs = vi.fn();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    storage.loadExtraPacks.mockResolvedValueOnce([]).mockRejectedValueOnce(new Error('storage gone'));
    followStoredSettings(ctx, { settings: () => {}, packs });
    await vi.waitFor(() => expect(packs).toHaveBeenCalledTimes(1));
    storage.onPacksChanged?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', unhandled);
    expect(packs).toHaveBeenCalledTimes(1);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
