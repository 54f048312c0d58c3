/**
 * Storage keys of the extension pages and settings (all in the local area):
 * - "local:settings"        the user's own settings, versioned (meta key "settings$" holds {v})
 * - "local:settingsBackup"  what was stored before it was found corrupted and reset
 * - "local:settingsNotice"  a one-time notice for the options page/popup (reset happened)
 * - "local:customPacks"     imported custom rule packs (validated), see ./custom-packs.ts
 * Managed (IT department) settings are read from browser.storage.managed, see ./managed.ts.
 */
import { storage } from '#imports';
import type { RulePack } from '../engine/pack-types';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

export interface SettingsBackup {
  savedAt: string;
  /** The stored value exactly as it was found. */
  value: unknown;
  /** What was wrong with it (Dutch, for support). */
  problems: string[];
}

export const settingsBackupItem = storage.defineItem<SettingsBackup | null>('local:settingsBackup', {
  fallback: null,
});

export interface StorageNotice {
  kind: 'settings-reset-corrupted';
  at: string;
}

export const settingsNoticeItem = storage.defineItem<StorageNotice | null>('local:settingsNotice', {
  fallback: null,
});

export interface CustomPackRecord {
  id: string;
  fileName: string;
  importedAt: string;
  enabled: boolean;
  pack: RulePack;
}

export const customPacksItem = storage.defineItem<CustomPackRecord[]>('local:customPacks', {
  fallback: [],
  version: 1,
});
