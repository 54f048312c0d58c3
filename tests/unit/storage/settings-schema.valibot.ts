/**
 * REFERENCE ONLY (tests): the valibot schema of the settings as lib/storage/schema.ts had it
 * until 29 Nov 2026, when a hand-written check replaced it to keep valibot out of the content
 * scripts. tests/unit/storage/settings-check.test.ts proves the two report the same; a new
 * setting goes into both.
 */
import * as v from 'valibot';
import { resolveOrganisation } from '../../../lib/engine/organisations';
import { t, type UiLanguage } from '../../../lib/i18n';
// The origin predicate is shared: the two checks differ in how they walk the settings, not in it.
import { isInstanceOrigin } from '../../../lib/storage/schema';
import { DEFAULT_SETTINGS, type Settings, SITE_IDS } from '../../../lib/storage/settings';

export interface SettingsIssue {
  /** Dotted path of the offending value, e.g. "sites.x" or "profile.topics.2". */
  path: string;
  message: string;
}

const MAX_LIST = 500;
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max, 'ui_error_too_long'));

/** An organisation id from LABELS.md, an alias, or empty (not chosen yet). */
const organisationSchema = v.pipe(
  v.string(),
  v.check(
    (id) => id.trim() === '' || resolveOrganisation(id).organisation !== undefined,
    'ui_error_unknown_organisation',
  ),
);

/**
 * valibot's object schemas take arrays too (to them an array is an object), so
 * `[]` would pass as settings filled with defaults. Settings, the profile and
 * the sites are never arrays (nor null or a single value): say so plainly.
 */
function objectNotArray<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.pipe(
    v.custom<v.InferInput<TSchema>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      'ui_error_not_object_value',
    ),
    schema,
  );
}

export const profileSchema = v.object({
  organisation: v.optional(organisationSchema, ''),
  topics: v.optional(v.pipe(v.array(shortText(80)), v.maxLength(50, 'ui_error_too_many')), []),
  role: v.optional(shortText(80), ''),
});

const sitesSchema = objectNotArray(
  v.strictObject(
    Object.fromEntries(SITE_IDS.map((id) => [id, v.optional(v.boolean(), true)])) as Record<
      (typeof SITE_IDS)[number],
      v.OptionalSchema<v.BooleanSchema<undefined>, true>
    >,
    'ui_error_unknown_key',
  ),
);

/** Every field optional: missing fields take their default (older files, partial imports). */
export const settingsFieldsSchema = v.strictObject(
  {
    profile: v.optional(objectNotArray(profileSchema), DEFAULT_SETTINGS.profile),
    uiLanguage: v.optional(v.picklist(['nl', 'en']), DEFAULT_SETTINGS.uiLanguage),
    enabledPacks: v.optional(v.pipe(v.array(shortText(100)), v.maxLength(MAX_LIST, 'ui_error_too_many')), []),
    disabledRules: v.optional(v.pipe(v.array(shortText(200)), v.maxLength(MAX_LIST, 'ui_error_too_many')), []),
    bannerThreshold: v.optional(v.picklist(['warning', 'high']), DEFAULT_SETTINGS.bannerThreshold),
    sites: v.optional(sitesSchema, DEFAULT_SETTINGS.sites),
    mastodonInstances: v.optional(
      v.pipe(v.array(v.pipe(v.string(), v.check(isInstanceOrigin, 'ui_error_instance_origin'))), v.maxLength(100)),
      [],
    ),
    likeGuard: v.optional(v.boolean(), DEFAULT_SETTINGS.likeGuard),
    archiveConsent: v.optional(v.boolean(), DEFAULT_SETTINGS.archiveConsent),
    archiveRetentionDays: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(1, 'ui_error_retention'), v.maxValue(3650, 'ui_error_retention')),
      DEFAULT_SETTINGS.archiveRetentionDays,
    ),
    setupDone: v.optional(v.boolean(), DEFAULT_SETTINGS.setupDone),
  },
  'ui_error_unknown_key',
);

/** The settings as a whole: an object with the fields above, never an array. */
export const settingsSchema = objectNotArray(settingsFieldsSchema);

/**
 * Turns a valibot issue into a path and a sentence in the UI language. `prefix` names the
 * setting when one field was validated on its own (the managed policy), so the path stays whole.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, lang: UiLanguage, prefix = ''): SettingsIssue {
  const inner = v.getDotPath(issue) ?? '';
  const path = prefix && inner ? `${prefix}.${inner}` : prefix || inner;
  const where = path || t('ui_error_root', lang);
  if (issue.message.startsWith('ui_error_')) {
    // Unknown keys report the key itself as the path's last part.
    const key = issue.type === 'strict_object' ? String(issue.input ?? '') : '';
    return { path, message: t(issue.message, lang, where, key) };
  }
  return { path, message: t('ui_error_expected', lang, where, issue.expected ?? '?', issue.received) };
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/** Validates untrusted settings data, filling missing fields with defaults. Never throws. */
export function validateSettings(data: unknown, lang: UiLanguage = 'nl'): SettingsValidation {
  const result = v.safeParse(settingsSchema, data);
  if (result.success) return { ok: true, settings: result.output as Settings };
  return { ok: false, issues: result.issues.map((issue) => describeIssue(issue, lang)) };
}
