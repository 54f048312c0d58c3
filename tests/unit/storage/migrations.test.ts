import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateSettingsV1toV2 } from '../../../lib/storage/migrations';

describe('settings migration v1 → v2', () => {
  it('turns an old organisation id into the merged ministry plus the portfolio as a topic', () => {
    const migrated = migrateSettingsV1toV2({ profile: { organisation: 'AenM', topics: ['Politie '], role: 'x' } });
    expect(migrated).toEqual({ profile: { organisation: 'jenv', topics: ['asiel-migratie', 'Politie'], role: 'x' } });
  });

  it('keeps current ids, drops duplicate and empty topics', () => {
    const migrated = migrateSettingsV1toV2({ profile: { organisation: 'fin', topics: ['a', 'a', ' ', 3] } });
    expect(migrated).toEqual({ profile: { organisation: 'fin', topics: ['a'] } });
  });

  it('leaves what it cannot understand for validation', () => {
    expect(migrateSettingsV1toV2('junk')).toBe('junk');
    expect(migrateSettingsV1toV2({ profile: 4 })).toEqual({ profile: 4 });
  });
});

describe('versioned storage item', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('runs the migration on a v1 value stored by an older version', async () => {
    await fakeBrowser.storage.local.set({
      settings: { profile: { organisation: 'kgg', topics: [], role: '' }, uiLanguage: 'en' },
      settings$: { v: 1 },
    });
    const storage = await import('../../../lib/storage');
    const settings = await storage.loadSettings();
    expect(settings.profile).toEqual({ organisation: 'ezk', topics: ['klimaat-groene-groei'], role: '' });
    expect(settings.uiLanguage).toBe('en');
    expect(settings.bannerThreshold).toBe('warning');
    const raw = await fakeBrowser.storage.local.get(['settings$']);
    expect(raw.settings$).toEqual({ v: 2 });
  });

  it('marks a first save with the current version', async () => {
    const storage = await import('../../../lib/storage');
    await storage.saveSettings({ ...storage.DEFAULT_SETTINGS, likeGuard: false });
    const raw = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(raw.settings$).toEqual({ v: storage.SETTINGS_VERSION });
    expect((raw.settings as { likeGuard: boolean }).likeGuard).toBe(false);
  });
});
