/**
 * The hand-written settings check (lib/storage/schema.ts, no valibot: it runs in every content
 * script) against the valibot schema it replaced (./settings-schema.valibot.ts): the same verdict,
 * the same settings back, and the same issues (path and message, in order), in both languages;
 * and for one managed setting the same value or the same first message. On tables of edge cases
 * and on random, generated and mutated input; random runs use a fresh seed every time (fast-check
 * prints it on a failure, to replay that case).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../lib/i18n';
import { validateManagedSetting, validateSettings } from '../../../lib/storage/schema';
import { DEFAULT_SETTINGS, MANAGEABLE_SETTINGS, type ManageableSetting } from '../../../lib/storage/settings';
import { mutate } from '../fuzz/mutate';
import {
  describeIssue,
  profileSchema,
  validateSettings as referenceValidateSettings,
  settingsFieldsSchema,
} from './settings-schema.valibot';

/** The managed field check as lib/storage/managed.ts had it with valibot. */
function referenceManaged(key: ManageableSetting, data: unknown, lang: UiLanguage) {
  const entries = { ...settingsFieldsSchema.entries, ...profileSchema.entries } as Record<string, v.GenericSchema>;
  const result = v.safeParse(entries[key]!, data);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, message: describeIssue(result.issues[0]!, lang, key).message };
}

function same(data: unknown): boolean {
  for (const lang of ['nl', 'en'] as const) {
    if (!isDeepStrictEqual(validateSettings(data, lang), referenceValidateSettings(data, lang))) return false;
  }
  return true;
}

function sameManaged(key: ManageableSetting, data: unknown): boolean {
  if (data === undefined) return true; // the policy reader skips undefined values
  for (const lang of ['nl', 'en'] as const) {
    if (!isDeepStrictEqual(validateManagedSetting(key, data, lang), referenceManaged(key, data, lang))) return false;
  }
  return true;
}

const long = (n: number) => 'x'.repeat(n);
const many = (n: number, item: unknown = 'a') => Array.from({ length: n }, () => item);

/** Values for any field: right and wrong types, limits and near misses. */
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'nl',
  'en',
  'fr',
  'warning',
  'high',
  'info',
  'minbzk',
  'aenm',
  'AenM',
  'nasa',
  ' ',
  'https://mastodon.social',
  'https://x.nl:8443',
  'http://x.nl',
  'https://x.nl/',
  'https://*.nl',
  long(80),
  long(81),
  long(100),
  long(101),
  long(200),
  long(201),
  0,
  1,
  1.5,
  365,
  3650,
  3651,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  true,
  false,
  [],
  ['a'],
  [1],
  ['a', 2, long(81)],
  [long(81)],
  [long(101)],
  [long(201)],
  many(50),
  many(51),
  many(51, long(81)),
  many(51, 3),
  many(100, 'https://a.nl'),
  many(101, 'https://a.nl'),
  many(101, 'http://a.nl'),
  many(500),
  many(501),
  many(501, 7),
  ['https://mastodon.social', 'ftp://x'],
  {},
  { x: false },
  { x: 'yes', bogus: true },
  { organisation: 'minbzk', topics: ['wonen'], role: 'adviseur', extra: 1 },
  { organisation: 'nasa', topics: many(51, long(81)), role: 5 },
  Object.create(null),
  new Date(0),
];

const FIELD_NAMES = [...Object.keys(DEFAULT_SETTINGS), 'bogus', 'bannerTreshold', '__proto__', 'constructor', '0'];

/** A settings-like object: each field missing or drawn from VALUES (right and wrong alike). */
const SETTINGS_LIKE = fc
  .array(fc.tuple(fc.constantFrom(...FIELD_NAMES), fc.constantFrom(...VALUES)), { maxLength: 8 })
  .map((entries) => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of entries)
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  });

const FULL = {
  ...DEFAULT_SETTINGS,
  profile: { organisation: 'minbzk', topics: ['wonen', 'digitale overheid'], role: 'woordvoerder' },
  enabledPacks: ['core', 'minbzk'],
  disabledRules: ['core/tone-swearing'],
  mastodonInstances: ['https://mastodon.social'],
};

describe('hand-written settings check = the valibot schema it replaced', () => {
  const cases: [string, unknown][] = [
    ['the defaults', DEFAULT_SETTINGS],
    ['full settings', FULL],
    ['an empty object', {}],
    ['an array', []],
    ['null', null],
    ['a number', 7],
    ['a string', 'settings'],
    ['unknown keys (only the first is named)', { a: 1, b: 2, likeGuard: 'no' }],
    ['a number-like unknown key first', { zz: 1, 3: true }],
    ['a __proto__ key from JSON', JSON.parse('{"__proto__": {"likeGuard": false}, "likeGuard": true}')],
    ['a null-prototype object', Object.assign(Object.create(null), { uiLanguage: 'en' })],
    ['undefined fields take the default', { uiLanguage: undefined, sites: undefined }],
    ['null fields do not', { uiLanguage: null, sites: null, profile: null }],
    ['retention 0, 1.5, 3651, NaN, Infinity', { archiveRetentionDays: 0 }],
    ['retention 1.5', { archiveRetentionDays: 1.5 }],
    ['retention -Infinity', { archiveRetentionDays: Number.NEGATIVE_INFINITY }],
    ['retention Infinity', { archiveRetentionDays: Number.POSITIVE_INFINITY }],
    ['retention NaN', { archiveRetentionDays: Number.NaN }],
    ['retention as text', { archiveRetentionDays: '30' }],
    ['51 topics of which one too long', { profile: { topics: [...many(50), long(81)] } }],
    ['51 topics of which one a number', { profile: { topics: [...many(50), 5] } }],
    ['101 origins', { mastodonInstances: many(101, 'https://a.nl') }],
    ['101 origins of which one wrong', { mastodonInstances: [...many(100, 'https://a.nl'), 'http://a.nl'] }],
    ['a date as the profile', { profile: new Date(0) }],
    ['sites with an unknown site', { sites: { x: false, myspace: true } }],
    ['sites as a list', { sites: [true] }],
    ['an organisation alias', { profile: { organisation: 'aenm' } }],
    ['an unknown organisation', { profile: { organisation: 'nasa', extra: true } }],
  ];
  it.each(cases)('%s', (_name, data) => {
    expect(validateSettings(data, 'en')).toStrictEqual(referenceValidateSettings(data, 'en'));
    expect(validateSettings(data, 'nl')).toStrictEqual(referenceValidateSettings(data, 'nl'));
  });

  it('each managed setting: every value of the table', () => {
    for (const key of MANAGEABLE_SETTINGS)
      for (const [i, value] of VALUES.entries()) expect(sameManaged(key, value), `${key} = VALUES[${i}]`).toBe(true);
  });

  it('random values (fresh seed)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (data) => {
        expect(same(data)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('generated settings-like objects, fields right and wrong (fresh seed)', () => {
    fc.assert(
      fc.property(SETTINGS_LIKE, (data) => {
        expect(same(data)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('mutated full settings, one to three changes (fresh seed)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
            fc.oneof(fc.constantFrom(...VALUES), fc.jsonValue({ maxDepth: 2 })),
            fc.constantFrom('set', 'remove', 'add') as fc.Arbitrary<'set' | 'remove' | 'add'>,
            fc.constantFrom(...FIELD_NAMES, 'x', 'organisation', 'role'),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        (mutations) => {
          let data: unknown = FULL;
          for (const [choices, value, how, key] of mutations) data = mutate(data, choices, value, how, key, true);
          expect(same(data)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('managed settings with random values (fresh seed)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MANAGEABLE_SETTINGS),
        fc.oneof(fc.constantFrom(...VALUES), fc.anything(), fc.jsonValue()),
        (key, value) => {
          expect(sameManaged(key, value)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
