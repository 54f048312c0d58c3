import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, validateSettings } from '../../../lib/storage';

describe('validateSettings', () => {
  it('fills missing fields with defaults', () => {
    const result = validateSettings({ likeGuard: false });
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, likeGuard: false } });
  });

  it('names the path and what is wrong, in the UI language', () => {
    const result = validateSettings({ bannerThreshold: 'info', sites: { x: 'yes' } }, 'en');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(['bannerThreshold', 'sites.x']);
    expect(result.issues[0]?.message).toMatch(/bannerThreshold/);
    expect(result.issues[0]?.message).toMatch(/expected/i);
  });

  it('rejects unknown keys (typos) and unknown organisations', () => {
    const result = validateSettings({ bannerTreshold: 'high', profile: { organisation: 'nasa' } }, 'nl');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.issues.map((i) => i.message).join(' | ');
    expect(text).toMatch(/bannerTreshold/);
    expect(text).toMatch(/organisatie/i);
  });

  it('rejects an array, null or a single value instead of settings, with a clear message', () => {
    for (const data of [[], [{ likeGuard: false }], null, 7, 'settings', true]) {
      const result = validateSettings(data, 'en');
      expect(result.ok, JSON.stringify(data)).toBe(false);
      if (result.ok) continue;
      expect(result.issues).toEqual([
        { path: '', message: 'the file: settings belong here as an object ({ … }), not a list or a single value.' },
      ]);
    }
    const dutch = validateSettings([], 'nl');
    expect(dutch.ok ? '' : dutch.issues[0]?.message).toMatch(/geen lijst/);
  });

  it('rejects arrays where the profile or the sites belong', () => {
    for (const [data, path] of [
      [{ profile: [] }, 'profile'],
      [{ sites: [] }, 'sites'],
      [{ sites: [true, false] }, 'sites'],
    ] as const) {
      const result = validateSettings(data, 'en');
      expect(result.ok, JSON.stringify(data)).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => i.path)).toEqual([path]);
      expect(result.issues[0]?.message).toMatch(/not a list/);
    }
  });

  it('accepts organisation aliases and checks Mastodon origins', () => {
    expect(validateSettings({ profile: { organisation: 'aenm' } }).ok).toBe(true);
    expect(validateSettings({ mastodonInstances: ['https://mastodon.social'] }).ok).toBe(true);
    expect(validateSettings({ mastodonInstances: ['http://x.nl'] }).ok).toBe(false);
    expect(validateSettings({ mastodonInstances: ['https://x.nl/path'] }).ok).toBe(false);
  });
});

describe('corrupted storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('falls back to defaults, keeps a backup of what was there and leaves a notice', async () => {
    const broken = { profile: 'oops', sites: [1, 2], bannerThreshold: 7 };
    await fakeBrowser.storage.local.set({ settings: broken, settings$: { v: 2 } });
    const storage = await import('../../../lib/storage');
    expect(await storage.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const backup = await storage.settingsBackupItem.getValue();
    expect(backup?.value).toEqual(broken);
    expect(backup?.problems.length).toBeGreaterThan(0);
    expect(await storage.loadStorageNotice()).toMatchObject({ kind: 'settings-reset-corrupted' });
    // The defaults are stored now, so the next load is clean.
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
    await storage.dismissStorageNotice();
    expect(await storage.loadStorageNotice()).toBeNull();
  });

  it('a stored value that is not even an object gives defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage', settings$: { v: 2 } });
    const storage = await import('../../../lib/storage');
    expect(await storage.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('a stored array gives defaults, a backup of the array and a notice', async () => {
    await fakeBrowser.storage.local.set({ settings: [{ likeGuard: false }], settings$: { v: 2 } });
    const storage = await import('../../../lib/storage');
    expect(await storage.loadSettings()).toEqual(DEFAULT_SETTINGS);
    const backup = await storage.settingsBackupItem.getValue();
    expect(backup?.value).toEqual([{ likeGuard: false }]);
    expect(backup?.problems.join(' ')).toMatch(/geen lijst/);
    expect(await storage.loadStorageNotice()).toMatchObject({ kind: 'settings-reset-corrupted' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('saving an array is refused and the previous settings stay', async () => {
    const storage = await import('../../../lib/storage');
    await storage.saveSettings({ ...DEFAULT_SETTINGS, bannerThreshold: 'high' });
    await expect(storage.saveSettings([] as unknown as typeof DEFAULT_SETTINGS)).rejects.toThrow(/Invalid settings/);
    await expect(
      storage.saveSettings({ ...DEFAULT_SETTINGS, sites: [] as unknown as typeof DEFAULT_SETTINGS.sites }),
    ).rejects.toThrow(/sites/);
    expect((await storage.loadSettings()).bannerThreshold).toBe('high');
  });

  it('reset goes back to the defaults', async () => {
    const storage = await import('../../../lib/storage');
    await storage.saveSettings({ ...DEFAULT_SETTINGS, bannerThreshold: 'high' });
    expect((await storage.loadSettings()).bannerThreshold).toBe('high');
    await storage.resetSettings();
    expect(await storage.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('watchSettings reports changes from any tab', async () => {
    const storage = await import('../../../lib/storage');
    const seen = vi.fn();
    const unwatch = storage.watchSettings(seen);
    await storage.saveSettings({ ...DEFAULT_SETTINGS, disabledRules: ['core/tone-insult'] });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.calls.at(-1)?.[0].disabledRules).toEqual(['core/tone-insult']);
    unwatch();
  });
});
