/**
 * Central configuration: an IT department presets settings through the
 * browser's managed storage (Chrome policy "3rdparty/extensions/<id>",
 * Firefox policies.json "3rdparty"). Schema: assets/managed-schema.json;
 * examples: docs/policies/.
 *
 * Semantics: a preset value acts as the default (it applies while the user has
 * left that setting at its default); a setting named in "locked" always takes
 * the policy value and the options page shows it disabled.
 */

import type { RulePack } from '../engine/pack-types';
import type { UiLanguage } from '../i18n';
import { normaliseProfileOrganisation } from './migrations';
import { checkPackInput } from './pack-check';
import { validateManagedSetting } from './schema';
import { DEFAULT_SETTINGS, MANAGEABLE_SETTINGS, type ManageableSetting, type Settings } from './settings';

export interface ManagedPolicy {
  /** Preset values, only those the policy sets. */
  values: Partial<
    Pick<Settings, 'uiLanguage' | 'enabledPacks' | 'disabledRules' | 'bannerThreshold' | 'sites' | 'likeGuard'>
  > & {
    organisation?: string;
    topics?: string[];
    role?: string;
  };
  locked: ManageableSetting[];
  /** Custom packs distributed by the IT department (validated). */
  customPacks: RulePack[];
  /** Policy entries that were ignored, with the reason (shown on the options page). */
  problems: string[];
}

export const EMPTY_POLICY: ManagedPolicy = { values: {}, locked: [], customPacks: [], problems: [] };

/**
 * Parses raw managed storage content. Pure: unit-tested without a browser.
 * Each setting is checked as that field of the settings (./schema.ts); custom
 * packs as stored custom packs (./pack-check.ts: no valibot in the content scripts).
 */
export async function parseManagedPolicy(raw: unknown, lang: UiLanguage = 'nl'): Promise<ManagedPolicy> {
  if (typeof raw !== 'object' || raw === null) return EMPTY_POLICY;
  const data = raw as Record<string, unknown>;
  const policy: ManagedPolicy = { values: {}, locked: [], customPacks: [], problems: [] };
  const values = policy.values as Record<string, unknown>;
  for (const key of MANAGEABLE_SETTINGS) {
    if (data[key] === undefined) continue;
    const result = validateManagedSetting(key, data[key], lang);
    if (result.ok) values[key] = result.value;
    // A sentence in the UI language, never a raw message key: IT staff read this list in the options page.
    else policy.problems.push(result.message);
  }
  if (typeof values.organisation === 'string') {
    // Aliases ("aenm") become the merged ministry plus the portfolio as a topic.
    const profile = normaliseProfileOrganisation({ organisation: values.organisation, topics: values.topics ?? [] });
    values.organisation = profile.organisation;
    if (values.topics !== undefined || (profile.topics as string[]).length > 0) values.topics = profile.topics;
  }
  if (Array.isArray(data.locked)) {
    for (const name of data.locked) {
      if ((MANAGEABLE_SETTINGS as readonly string[]).includes(name)) policy.locked.push(name as ManageableSetting);
      else policy.problems.push(`locked: ${String(name)}`);
    }
  }
  if (Array.isArray(data.customPacks) && data.customPacks.length > 0) {
    data.customPacks.forEach((entry, index) => {
      const checked = checkPackInput(entry);
      if (checked.ok) policy.customPacks.push({ ...checked.pack, kind: 'custom' });
      else policy.problems.push(`customPacks[${index}]: ${checked.message}`);
    });
  }
  return policy;
}

/** The raw content of browser.storage.managed; undefined when there is none or the browser has no managed storage. */
export async function readManagedRaw(): Promise<unknown> {
  try {
    return await browser.storage?.managed?.get(null);
  } catch {
    // Firefox without a policy and Chrome without a schema throw here: no policy.
    return undefined;
  }
}

/** Reads the policy from browser.storage.managed; empty when there is none or the browser has no managed storage. */
export async function readManagedPolicy(lang: UiLanguage = 'nl'): Promise<ManagedPolicy> {
  try {
    return await parseManagedPolicy(await readManagedRaw(), lang);
  } catch {
    return EMPTY_POLICY;
  }
}

/** Calls `onChange` whenever the policy in managed storage changes; returns the unwatch function. */
export function watchManagedPolicy(onChange: () => void): () => void {
  const events = browser.storage?.onChanged;
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  try {
    events?.addListener(listener);
  } catch {
    // No storage events for managed storage here: the user's own changes still arrive.
  }
  return () => events?.removeListener(listener);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function currentValue(settings: Settings, key: ManageableSetting): unknown {
  if (key === 'organisation' || key === 'topics' || key === 'role') return settings.profile[key];
  return settings[key];
}

function withValue(settings: Settings, key: ManageableSetting, value: unknown): Settings {
  if (key === 'organisation' || key === 'topics' || key === 'role') {
    return { ...settings, profile: { ...settings.profile, [key]: value } };
  }
  return { ...settings, [key]: value };
}

/** The effective settings: policy values over the user's, as described at the top. */
export function applyManagedPolicy(user: Settings, policy: ManagedPolicy): Settings {
  let effective = user;
  for (const key of MANAGEABLE_SETTINGS) {
    const value = (policy.values as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const locked = policy.locked.includes(key);
    if (locked || same(currentValue(user, key), currentValue(DEFAULT_SETTINGS, key))) {
      effective = withValue(effective, key, value);
    }
  }
  return effective;
}

/**
 * What to store when the user saves `next` (effective settings shown in the
 * page): locked values and untouched presets are not copied into the user's
 * own settings, so a later policy change still applies.
 */
export function userPartOf(next: Settings, previousUser: Settings, policy: ManagedPolicy): Settings {
  let user = next;
  for (const key of MANAGEABLE_SETTINGS) {
    const value = (policy.values as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (policy.locked.includes(key) || same(currentValue(next, key), value)) {
      user = withValue(user, key, currentValue(previousUser, key));
    }
  }
  return user;
}

/** True when the setting is locked by the IT department. */
export function isLocked(policy: ManagedPolicy, key: ManageableSetting): boolean {
  return policy.locked.includes(key) && (policy.values as Record<string, unknown>)[key] !== undefined;
}
