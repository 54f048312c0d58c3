/**
 * Validation of settings coming from anywhere untrusted: extension storage
 * (may be corrupted or from an older/newer version), an imported JSON file,
 * or an IT department's managed policy. One check, errors with a path and a
 * message in the UI language, so the user sees exactly what is wrong.
 *
 * Hand-written, without valibot: every content script reads the settings, and valibot with
 * the schemas cost each of them about 13 KB. It reports exactly what the valibot schema it
 * replaced reported (the same verdict, settings, issues, paths and messages, in the same
 * order): tests/unit/storage/settings-schema.valibot.ts keeps that schema, and
 * tests/unit/storage/settings-check.test.ts compares both on tables and on random and mutated
 * input. A new setting goes into FIELDS below (and into that reference, for the comparison).
 */
import { resolveOrganisation } from '../engine/organisations';
import { UI_LANGUAGES } from '../engine/types';
import { t, type UiLanguage } from '../i18n';
import { DEFAULT_SETTINGS, type ManageableSetting, type Settings, SITE_IDS } from './settings';

export interface SettingsIssue {
  /** Dotted path of the offending value, e.g. "sites.x" or "profile.topics.2". */
  path: string;
  message: string;
}

/** One problem before it is put into words: a `ui_error_*` message key, or what was expected and received. */
interface Problem {
  path: (string | number)[];
  key?: string;
  expected?: string | null;
  received?: string;
  /** The unknown key itself (named in ui_error_unknown_key). */
  unknownKey?: string;
}

type Path = (string | number)[];
/** A field's check: its value as stored (a copy for lists and objects) and whether its type was right. */
type Check = (value: unknown, path: Path, problems: Problem[]) => { value: unknown; typed: boolean };

/** How a received value is named in a message ("5", "\"fr\"", "Array", "null"). */
function describeValue(input: unknown): string {
  const type = typeof input;
  if (type === 'string') return `"${input}"`;
  if (type === 'number' || type === 'bigint' || type === 'boolean') return `${input}`;
  if (type === 'object' || type === 'function') {
    const prototype = input ? (Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null) : null;
    return input ? (prototype?.constructor?.name ?? 'null') : 'null';
  }
  return type;
}

/** A value of the wrong type (the check stops there for this value). */
function wrongType(path: Path, problems: Problem[], expected: string, value: unknown) {
  problems.push({ path, expected, received: describeValue(value) });
  return { value, typed: false };
}

const typeCheck =
  (expected: string, test: (value: unknown) => boolean): Check =>
  (value, path, problems) =>
    test(value) ? { value, typed: true } : wrongType(path, problems, expected, value);

const boolean = typeCheck('boolean', (value) => typeof value === 'boolean');
const string = typeCheck('string', (value) => typeof value === 'string');

const oneOf = (options: readonly string[]) =>
  typeCheck(`(${options.map((o) => `"${o}"`).join(' | ')})`, (value) => options.includes(value as string));

/** A string, then `test` on it (a message key when it fails). */
const stringThat =
  (test: (value: string) => boolean, key: string): Check =>
  (value, path, problems) => {
    const checked = string(value, path, problems);
    if (checked.typed && !test(value as string)) problems.push({ path, key });
    return checked;
  };

const shortText = (max: number) => stringThat((value) => value.length <= max, 'ui_error_too_long');

/** A list of `item`, at most `max` long (checked only when every item had the right type). */
const listOf =
  (item: Check, max: number, key?: string): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value)) return wrongType(path, problems, 'Array', value);
    let typed = true;
    // A plain loop, not map(): a list may carry its own "constructor" key (map would use it).
    const out: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      const checked = item(value[i], [...path, i], problems);
      typed &&= checked.typed;
      out.push(checked.value);
    }
    if (typed && out.length > max)
      problems.push(key ? { path, key } : { path, expected: `<=${max}`, received: `${out.length}` });
    return { value: out, typed };
  };

/**
 * An object (never a list, null or a single value) with these fields, each with its default
 * when missing or undefined, in this order. `strict`: any other key is a problem (the first
 * one only, as a typo is usually one); otherwise other keys are dropped.
 */
const objectOf =
  (fields: Record<string, [Check, unknown]>, strict: boolean): Check =>
  (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ path, key: 'ui_error_not_object_value' });
      return { value, typed: false };
    }
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let typed = true;
    for (const [key, [check, fallback]] of Object.entries(fields)) {
      const checked = check(input[key] === undefined ? fallback : input[key], [...path, key], problems);
      typed &&= checked.typed;
      out[key] = checked.value;
    }
    if (strict)
      for (const key in input)
        if (!Object.hasOwn(fields, key)) {
          problems.push({ path: [...path, key], key: 'ui_error_unknown_key', unknownKey: key });
          break;
        }
    return { value: out, typed };
  };

/** "https://host[:port]" exactly: what a host permission is requested for. */
export function isInstanceOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.origin === value && !url.hostname.includes('*');
  } catch {
    return false;
  }
}

const retentionDays: Check = (value, path, problems) => {
  if (typeof value !== 'number' || Number.isNaN(value)) return wrongType(path, problems, 'number', value);
  if (!Number.isInteger(value)) problems.push({ path, expected: null, received: describeValue(value) });
  if (!(value >= 1)) problems.push({ path, key: 'ui_error_retention' });
  if (!(value <= 3650)) problems.push({ path, key: 'ui_error_retention' });
  return { value, typed: true };
};

const PROFILE_FIELDS: Record<'organisation' | 'topics' | 'role', [Check, unknown]> = {
  /** An organisation id from LABELS.md, an alias, or empty (not chosen yet). */
  organisation: [
    stringThat(
      (id) => id.trim() === '' || resolveOrganisation(id).organisation !== undefined,
      'ui_error_unknown_organisation',
    ),
    '',
  ],
  topics: [listOf(shortText(80), 50, 'ui_error_too_many'), []],
  role: [shortText(80), ''],
};

const SITES = objectOf(Object.fromEntries(SITE_IDS.map((id) => [id, [boolean, true]])), true);

/** Every field with its default: missing fields take it (older files, partial imports). */
const FIELDS: Record<keyof Settings, [Check, unknown]> = {
  profile: [objectOf(PROFILE_FIELDS, false), DEFAULT_SETTINGS.profile],
  uiLanguage: [oneOf(UI_LANGUAGES), DEFAULT_SETTINGS.uiLanguage],
  enabledPacks: [listOf(shortText(100), 500, 'ui_error_too_many'), []],
  disabledRules: [listOf(shortText(200), 500, 'ui_error_too_many'), []],
  bannerThreshold: [oneOf(['warning', 'high']), DEFAULT_SETTINGS.bannerThreshold],
  sites: [SITES, DEFAULT_SETTINGS.sites],
  mastodonInstances: [listOf(stringThat(isInstanceOrigin, 'ui_error_instance_origin'), 100), []],
  likeGuard: [boolean, DEFAULT_SETTINGS.likeGuard],
  archiveConsent: [boolean, DEFAULT_SETTINGS.archiveConsent],
  archiveRetentionDays: [retentionDays, DEFAULT_SETTINGS.archiveRetentionDays],
  setupDone: [boolean, DEFAULT_SETTINGS.setupDone],
};

const SETTINGS = objectOf(FIELDS, true);

/**
 * A problem as a path and a sentence in the UI language. `prefix` names the setting when one
 * field was checked on its own (the managed policy), so the path stays whole.
 */
function describeProblem(problem: Problem, lang: UiLanguage, prefix = ''): SettingsIssue {
  const inner = problem.path.join('.');
  const path = prefix && inner ? `${prefix}.${inner}` : prefix || inner;
  const where = path || t('ui_error_root', lang);
  if (problem.key) return { path, message: t(problem.key, lang, where, problem.unknownKey ?? '') };
  return { path, message: t('ui_error_expected', lang, where, problem.expected ?? '?', problem.received ?? '') };
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/** Validates untrusted settings data, filling missing fields with defaults. Never throws. */
export function validateSettings(data: unknown, lang: UiLanguage = 'nl'): SettingsValidation {
  const problems: Problem[] = [];
  const { value } = SETTINGS(data, [], problems);
  if (problems.length === 0) return { ok: true, settings: value as Settings };
  return { ok: false, issues: problems.map((problem) => describeProblem(problem, lang)) };
}

/**
 * One setting an IT department presets (lib/storage/managed.ts), checked as the same field of
 * the settings: its value as stored, or the first problem in words, its path starting with `key`.
 */
export function validateManagedSetting(
  key: ManageableSetting,
  data: unknown,
  lang: UiLanguage,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const [check] =
    key in PROFILE_FIELDS ? PROFILE_FIELDS[key as keyof typeof PROFILE_FIELDS] : FIELDS[key as keyof Settings];
  const problems: Problem[] = [];
  const { value } = check(data, [], problems);
  return problems[0] ? { ok: false, message: describeProblem(problems[0], lang, key).message } : { ok: true, value };
}
