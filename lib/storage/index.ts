/**
 * Settings in extension storage. Consumers (content scripts, popup, options)
 * use only these functions; versioning, migrations and validation live here.
 * INITIAL VERSION: the settings helper (issue 5) adds migrations, validation,
 * corrupted-storage fallback and managed (IT department) settings.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export type { Settings } from './settings';
export { DEFAULT_SETTINGS } from './settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Current settings, defaults filled in. Never throws: falls back to defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await settingsItem.getValue();
    return { ...DEFAULT_SETTINGS, ...stored };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `onChange` whenever settings change in any tab; returns an unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange({ ...DEFAULT_SETTINGS, ...value }));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}
