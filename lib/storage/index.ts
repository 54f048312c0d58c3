/**
 * Settings in extension storage. Consumers (content scripts, popup, options)
 * use only these functions; versioning, migrations, validation, corrupted
 * storage and managed (IT department) settings are handled here.
 *
 * loadSettings()/watchSettings() give the EFFECTIVE settings: the user's own,
 * validated, with the managed policy applied (see ./managed.ts).
 */

import type { RulePack } from '../engine/pack-types';
import type { UiLanguage } from '../i18n';
import { followExtraPacks } from './follow-packs';
import { type StorageNotice, settingsBackupItem, settingsItem, settingsNoticeItem } from './items';
import {
  applyManagedPolicy,
  EMPTY_POLICY,
  type ManagedPolicy,
  parseManagedPolicy,
  readManagedPolicy,
  readManagedRaw,
  userPartOf,
  watchManagedPolicy,
} from './managed';
import { validateSettings } from './schema';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { sharedFollow } from './shared-follow';

export type { CustomPackImport, CustomPackRecord } from './custom-packs';
export {
  exportCustomPack,
  importCustomPack,
  loadCustomPacks,
  loadExtraPacks,
  removeCustomPack,
  setCustomPackEnabled,
  watchCustomPacks,
} from './custom-packs';
export { followExtraPacks } from './follow-packs';
export type { SettingsBackup, StorageNotice } from './items';
export { customPacksItem, settingsBackupItem, settingsItem, settingsNoticeItem } from './items';
export type { ManagedPolicy } from './managed';
export { EMPTY_POLICY, isLocked, parseManagedPolicy, readManagedPolicy } from './managed';
export { SETTINGS_VERSION } from './migrations';
export type { SettingsIssue } from './schema';
export { isInstanceOrigin, validateSettings } from './schema';
export type { ManageableSetting, Settings, SiteId } from './settings';
export { DEFAULT_SETTINGS, MANAGEABLE_SETTINGS, SITE_IDS } from './settings';
export type { SettingsImport } from './transfer';
export { exportSettingsJson, parseSettingsJson } from './transfer';

/**
 * The user's own settings, validated. A stored value that does not validate
 * is kept in "local:settingsBackup", replaced by the defaults, and a notice is
 * left for the options page: checking must go on, and nothing is silently lost.
 */
export async function loadUserSettings(): Promise<Settings> {
  let stored: unknown;
  try {
    stored = await settingsItem.getValue();
  } catch {
    return DEFAULT_SETTINGS;
  }
  if (stored == null) return DEFAULT_SETTINGS;
  const checked = validateSettings(stored);
  if (checked.ok) return checked.settings;
  try {
    await settingsBackupItem.setValue({
      savedAt: new Date().toISOString(),
      value: stored,
      problems: checked.issues.map((i) => `${i.path}: ${i.message}`),
    });
    await settingsNoticeItem.setValue({ kind: 'settings-reset-corrupted', at: new Date().toISOString() });
    await settingsItem.setValue(DEFAULT_SETTINGS);
  } catch {
    // Storage unusable: still give the defaults, checking goes on.
  }
  return DEFAULT_SETTINGS;
}

/** Current effective settings, defaults filled in. Never throws. */
export async function loadSettings(): Promise<Settings> {
  const [user, policy] = await Promise.all([loadUserSettings(), readManagedPolicy()]);
  return applyManagedPolicy(user, policy);
}

/**
 * The settings in two steps, for the in-page parts: `onSettings` gets the user's own settings
 * as soon as they are read, and again the effective settings once the managed policy is read,
 * only if the policy changes them. Why: Chromium's first read of managed storage in a browser
 * session takes seconds (2.9 s measured on an idle machine); checking and the like guard should
 * not wait that long for the user's own choices. The policy, when there is one, follows right after.
 */
export async function loadSettingsInStages(onSettings: (settings: Settings) => void): Promise<void> {
  const policy = readManagedPolicy();
  const user = await loadUserSettings();
  // A fast policy read (no policy, or not the first read) arrives together with the user's settings: one call.
  const quick = await Promise.race([policy, Promise.resolve(null)]);
  if (quick) {
    onSettings(applyManagedPolicy(user, quick));
    return;
  }
  onSettings(user);
  const withPolicy = applyManagedPolicy(user, await policy);
  if (JSON.stringify(withPolicy) !== JSON.stringify(user)) onSettings(withPolicy);
}

/**
 * Follows the settings for an in-page part: the start-up steps of loadSettingsInStages, then every
 * change (watchSettings). A start-up step that arrives after a change is dropped, because the change
 * is newer. Returns the unwatch function.
 */
export function followSettings(onSettings: (settings: Settings) => void): () => void {
  let changed = false;
  const unwatch = watchSettings((settings) => {
    changed = true;
    onSettings(settings);
  });
  void loadSettingsInStages((settings) => {
    if (!changed) onSettings(settings);
  });
  return unwatch;
}

export interface CheckSettingsHooks {
  settings(settings: Settings): void;
  /** The custom packs to pass as `extraPacks` (the user's enabled ones plus the IT department's), validated. */
  packs(packs: RulePack[]): void;
}

/** One follow of the settings and one of the custom packs per page, whoever subscribes (./shared-follow.ts). */
const sharedSettings = sharedFollow(followSettings);
const sharedExtraPacks = sharedFollow(followExtraPacks);

/**
 * Follows what an in-page check runs with: the settings (followSettings) and the custom packs
 * (followExtraPacks), now and after every change. The composer check, the like guard and the profile
 * audit all follow both this way, so an imported or IT-distributed pack applies in all three; they
 * share one watch of each (storage and the managed policy are read once per change, not three times),
 * and a part that subscribes later gets the latest values at once. Returns the unwatch function.
 */
export function followCheckSettings(hooks: CheckSettingsHooks): () => void {
  const unwatchSettings = sharedSettings((settings) => hooks.settings(settings));
  const unwatchPacks = sharedExtraPacks((packs) => hooks.packs(packs));
  return () => {
    unwatchSettings();
    unwatchPacks();
  };
}

/** Effective settings and the policy (for lock flags), for the options page. */
export async function loadSettingsState(): Promise<{ settings: Settings; policy: ManagedPolicy }> {
  const [user, raw] = await Promise.all([loadUserSettings(), readManagedRaw()]);
  const parse = (lang: UiLanguage) => parseManagedPolicy(raw, lang).catch(() => EMPTY_POLICY);
  const policyNl = await parse('nl');
  const settings = applyManagedPolicy(user, policyNl);
  // The policy's problem list is shown on the options page: in the language the page is in
  // (which the policy itself may set), so an English page parses the same raw policy once more.
  const policy = settings.uiLanguage === 'nl' ? policyNl : await parse(settings.uiLanguage);
  return { settings, policy };
}

/**
 * Calls `onChange` with the effective settings whenever they change in any tab
 * (or the IT policy changes); returns an unwatch function.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const reload = () => void loadSettings().then(onChange);
  const unwatch = settingsItem.watch(reload);
  const unwatchPolicy = watchManagedPolicy(reload);
  return () => {
    unwatch();
    unwatchPolicy();
  };
}

/**
 * Saves settings edited on a page. Validated first (throws on invalid data, a
 * programming error); values the IT department presets or locks are not
 * copied into the user's own settings.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const checked = validateSettings(settings);
  if (!checked.ok) throw new Error(`Invalid settings: ${checked.issues.map((i) => i.path).join(', ')}`);
  const [previous, policy] = await Promise.all([loadUserSettings(), readManagedPolicy()]);
  await settingsItem.setValue(userPartOf(checked.settings, previous, policy));
}

/** Applies a change to the current settings and saves them; returns the new effective settings. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const current = await loadSettings();
  const next = change(current);
  await saveSettings(next);
  return loadSettings();
}

/** Back to the defaults (the IT department's presets and locks still apply). */
export async function resetSettings(): Promise<void> {
  await settingsItem.setValue(DEFAULT_SETTINGS);
}

export async function loadStorageNotice(): Promise<StorageNotice | null> {
  try {
    return await settingsNoticeItem.getValue();
  } catch {
    return null;
  }
}

export async function dismissStorageNotice(): Promise<void> {
  await settingsNoticeItem.removeValue();
}
