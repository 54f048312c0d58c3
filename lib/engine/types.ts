/**
 * Public types of the rule engine. These shapes are a contract: the content
 * scripts, the popup, the command-line checker (JSONL output) and outside
 * checks rely on them. Change only by adding optional fields.
 */

/** Every finding category, in the order reports list them (the pack checks, eval and the archive use it). */
export const CATEGORIES = [
  'political-opinion',
  'own-policy-area',
  'victim-privacy',
  'confidentiality',
  'tone',
  'speaking-on-behalf',
  'job-title-disclosure',
  'political-affiliation',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** Finding severities, mildest first (the pack checks and the archive's message check use the list). */
export const SEVERITIES = ['info', 'warning', 'high'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** The four stelregels by number (lib/engine/stelregels.ts holds their texts). */
export const STELREGEL_NUMBERS = [1, 2, 3, 4] as const;

export type Stelregel = (typeof STELREGEL_NUMBERS)[number];

/** Languages of the interface, of messages and of lexicons. */
export const UI_LANGUAGES = ['nl', 'en'] as const;

export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Who is writing: drives own-policy-area closeness and speaking-on-behalf. */
export interface UserProfile {
  /** Organisation id or alias as in shared/eval/LABELS.md (e.g. "jenv", "aenm", "politie"). */
  organisation?: string;
  /** Own policy areas: pack area ids or free words, any case, Dutch or English. */
  topics?: string[];
  /** Free text; "woordvoerder" / "communicatieadviseur" speak for the organisation. */
  role?: string;
}

export interface Finding {
  category: Category;
  severity: Severity;
  stelregel: Stelregel;
  /** UTF-16 offsets into the checked text: text.slice(start, end) is the excerpt. */
  start: number;
  end: number;
  /** Rule id, "pack/rule" style, e.g. "core/tone-insult". Any rule can be switched off by id. */
  rule: string;
  /** What was found and why it matters, in the requested language. */
  message: string;
  /** What to do instead, in the requested language. */
  suggestion: string;
  /** The matched text, for display. */
  excerpt?: string;
  /** For profile audits: which page field the offsets refer to. */
  field?: string;
  /** Optional link to the guidance behind the rule. */
  link?: string;
}

export interface CheckResult {
  /** Overall risk 0–100. */
  score: number;
  findings: Finding[];
}

export interface EngineOptions {
  /** Language of messages and suggestions (default "nl"). */
  uiLanguage?: UiLanguage;
  /** Force the text language instead of detecting it per sentence. */
  textLanguage?: UiLanguage;
  /** Rule ids switched off by the user. */
  disabledRules?: string[];
  /** Pack ids to use; default: core plus the pack of the user's organisation. */
  packs?: string[];
  /** Extra (custom) packs, already validated. */
  extraPacks?: unknown[];
}

export interface CheckPostInput extends EngineOptions {
  text: string;
  profile?: UserProfile;
}

export interface ProfilePage {
  site?: 'x' | 'facebook' | 'linkedin' | 'bluesky' | 'mastodon' | string;
  name?: string;
  headline?: string;
  bio?: string;
  location?: string;
  website?: string;
  jobTitle?: string;
  employer?: string;
  pinned?: string;
}

export interface AuditProfileInput extends EngineOptions {
  page: ProfilePage;
  profile?: UserProfile;
}
