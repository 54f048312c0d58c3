/**
 * User settings: the shape and its defaults. Stored in extension storage
 * (local area) under "local:settings" (versioned, see ./items.ts). The options
 * page edits them; content scripts read them and react to changes live.
 */
import type { RulePack } from '../engine/pack-types';
import type { EngineOptions, Severity, UiLanguage, UserProfile } from '../engine/types';

export const SITE_IDS = ['x', 'facebook', 'linkedin', 'bluesky', 'mastodon'] as const;
export type SiteId = (typeof SITE_IDS)[number];

export interface Settings {
  profile: UserProfile;
  uiLanguage: UiLanguage;
  /** Pack ids switched on. Empty: core plus the organisation's pack. */
  enabledPacks: string[];
  /** Rule ids switched off. */
  disabledRules: string[];
  /** Lowest severity that holds a post with the pre-post banner. */
  bannerThreshold: Exclude<Severity, 'info'>;
  /** Per-site on/off. */
  sites: Record<SiteId, boolean>;
  /** Mastodon instance origins the user added, e.g. "https://mastodon.social". */
  mastodonInstances: string[];
  likeGuard: boolean;
  /** Archive of posted drafts: only after explicit consent. */
  archiveConsent: boolean;
  archiveRetentionDays: number;
  setupDone: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  profile: { organisation: '', topics: [], role: '' },
  uiLanguage: 'nl',
  enabledPacks: [],
  disabledRules: [],
  bannerThreshold: 'warning',
  sites: { x: true, facebook: true, linkedin: true, bluesky: true, mastodon: true },
  mastodonInstances: [],
  likeGuard: true,
  archiveConsent: false,
  archiveRetentionDays: 365,
  setupDone: false,
};

/** The engine options every in-page check runs with; language and switched-off rules are always set. */
export type CheckOptions = EngineOptions & { profile: UserProfile; uiLanguage: UiLanguage; disabledRules: string[] };

/**
 * The engine options of a check (draft, like guard, profile audit) from the settings and the custom packs
 * (the user's enabled ones plus the IT department's, see loadExtraPacks): one mapping, so a pack's rules
 * apply in all three. An empty pack list leaves the choice of built-in packs to the engine.
 */
export function checkOptions(
  settings: Pick<Settings, 'profile' | 'uiLanguage' | 'disabledRules' | 'enabledPacks'>,
  extraPacks: RulePack[] = [],
): CheckOptions {
  return {
    profile: settings.profile,
    uiLanguage: settings.uiLanguage,
    disabledRules: settings.disabledRules,
    packs: settings.enabledPacks.length > 0 ? settings.enabledPacks : undefined,
    extraPacks: extraPacks.length > 0 ? extraPacks : undefined,
  };
}

/** Settings an IT department can preset and lock through managed storage. */
export const MANAGEABLE_SETTINGS = [
  'organisation',
  'topics',
  'role',
  'uiLanguage',
  'enabledPacks',
  'disabledRules',
  'bannerThreshold',
  'sites',
  'likeGuard',
] as const;
export type ManageableSetting = (typeof MANAGEABLE_SETTINGS)[number];
