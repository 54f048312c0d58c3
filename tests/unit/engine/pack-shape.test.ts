/**
 * lib/engine/packs/shape.ts (the shape check without valibot, used by the engine and the content
 * scripts) against lib/engine/packs/schema.ts (valibot, used by validatePack): the same verdict,
 * the same value back, and the same first problem's path, on every built-in file, a table of
 * edge cases and random and mutated input. Random runs use a fresh seed every time (fast-check
 * prints it on a failure, to replay that case).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { RulePack } from '../../../lib/engine/pack-types';
import { exceptionSetProblems, expandExceptionSets } from '../../../lib/engine/packs/exception-sets';
import { LexiconSchema, PackRuleSchema, RulePackSchema } from '../../../lib/engine/packs/schema';
import {
  checkLexiconShape,
  checkPackShape,
  LEXICON_SHAPE,
  PACK_SHAPE,
  RULE_SHAPE,
} from '../../../lib/engine/packs/shape';
import { issuePath } from '../../../lib/engine/packs/validate';
import { mutate } from '../fuzz/mutate';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function ruleFiles(): { path: string; data: unknown }[] {
  const found: { path: string; data: unknown }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json'))
        found.push({ path: path.relative(ROOT, full), data: JSON.parse(readFileSync(full, 'utf8')) });
    }
  };
  walk(path.join(ROOT, 'rules'));
  return found;
}
const FILES = ruleFiles();
const PACKS = FILES.filter((f) => !f.path.includes('/lexicons/')).map((f) => f.data);
const LEXICONS = FILES.filter((f) => f.path.includes('/lexicons/')).map((f) => f.data);

/**
 * Both checks agree on `value`: verdict, value back (strictly: a field kept as undefined counts) and first path.
 * A pack's named exception sets are checked and expanded after the schema, as validatePack does.
 */
function expectSame(kind: 'pack' | 'lexicon', value: unknown): boolean {
  const schema = kind === 'pack' ? RulePackSchema : LexiconSchema;
  const reference = v.safeParse(schema, value, { abortEarly: true });
  const own = kind === 'pack' ? checkPackShape(value) : checkLexiconShape(value);
  if (reference.success && kind === 'pack') {
    const [problem] = exceptionSetProblems(reference.output as RulePack);
    if (problem) return !own.ok && own.path === problem.path && own.message === problem.message;
    return own.ok && isDeepStrictEqual(own.value, expandExceptionSets(reference.output as RulePack));
  }
  if (own.ok !== reference.success) return false;
  if (own.ok) return isDeepStrictEqual(own.value, reference.output);
  return !own.ok && own.path === issuePath(reference.issues![0]!) && own.message.length > 0;
}

const RULE = {
  id: 'r-1',
  category: 'tone',
  stelregel: 1,
  severity: 'warning',
  language: 'nl',
  match: ['sukkel', 're:\\bidioot\\b'],
  message: { nl: 'Let op', en: 'Mind' },
  suggestion: { nl: 'Anders', en: 'Other' },
};
const PACK = { id: 'p', kind: 'custom', name: { nl: 'P', en: 'P' }, rules: [RULE] };
const rule = (change: Record<string, unknown>) => ({ ...PACK, rules: [{ ...RULE, ...change }] });

describe('pack shape check without valibot', () => {
  it('has the same fields, in the same order, as the valibot schemas', () => {
    expect(Object.keys(RULE_SHAPE)).toEqual(Object.keys(PackRuleSchema.entries));
    expect(Object.keys(PACK_SHAPE)).toEqual(Object.keys(RulePackSchema.entries));
    expect(Object.keys(LEXICON_SHAPE)).toEqual(Object.keys(LexiconSchema.entries));
  });

  it('takes exactly the values each picklist field of the valibot schemas takes', () => {
    type Entry = { type: string; options?: readonly unknown[]; wrapped?: Entry };
    const fields: [Record<string, Entry>, (key: string, value: unknown) => unknown][] = [
      [PackRuleSchema.entries as Record<string, Entry>, (key, value) => rule({ [key]: value })],
      [RulePackSchema.entries as Record<string, Entry>, (key, value) => ({ ...PACK, [key]: value })],
    ];
    let checked = 0;
    for (const [entries, withValue] of fields)
      for (const [key, entry] of Object.entries(entries)) {
        const picklist = entry.type === 'picklist' ? entry : entry.wrapped?.type === 'picklist' ? entry.wrapped : null;
        if (!picklist) continue;
        for (const value of [...picklist.options!, 'other', 0, null]) {
          expect(expectSame('pack', withValue(key, value)), `${key}: ${String(value)}`).toBe(true);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(20);
  });

  it('agrees on every built-in pack and lexicon', () => {
    expect(PACKS.length).toBeGreaterThan(5);
    for (const pack of PACKS) expect(expectSame('pack', pack)).toBe(true);
    for (const lexicon of LEXICONS) expect(expectSame('lexicon', lexicon)).toBe(true);
    for (const pack of PACKS) expect(checkPackShape(pack).ok).toBe(true);
  });

  const cases: [string, unknown, boolean][] = [
    ['a minimal pack', PACK, true],
    ['an unknown field (dropped)', { ...PACK, notes: 'x' }, true],
    ['an optional field set to undefined (kept as undefined)', { ...PACK, organisation: undefined }, true],
    ['a required field set to undefined', { ...PACK, kind: undefined }, false],
    ['a missing id', { kind: 'custom', name: PACK.name }, false],
    ['an id with capitals', { ...PACK, id: 'Pack' }, false],
    ['an empty id', { ...PACK, id: '' }, false],
    ['an unknown kind', { ...PACK, kind: 'team' }, false],
    ['an empty name', { ...PACK, name: { nl: '', en: 'x' } }, false],
    ['a list as the pack', [PACK], false],
    ['null', null, false],
    ['a string', 'pack', false],
    ['an empty match', rule({ match: [] }), false],
    ['an empty cue', rule({ match: [''] }), false],
    ['a broken regular expression', rule({ match: ['re:(a'] }), false],
    ['a regular expression only the u flag refuses', rule({ match: ['re:\\-'] }), false],
    ['stelregel as text', rule({ stelregel: '1' }), false],
    ['stelregel 5', rule({ stelregel: 5 }), false],
    ['an empty requires group', rule({ requires: [[]] }), false],
    ['no requires groups', rule({ requires: [] }), true],
    ['quoted as text', rule({ quoted: 'yes' }), false],
    ['a window', rule({ window: 'near' }), true],
    ['examples as a list (valibot objects take lists)', rule({ examples: [] }), true],
    ['examples with a profile', rule({ examples: { profile: { topics: ['a'], extra: 1 } } }), true],
    ['aliases as a list (a record takes lists too)', { ...PACK, aliases: ['asiel'] }, true],
    ['aliases with a number', { ...PACK, aliases: { a: 1 } }, false],
    ['a lexicon extension without languages', { ...PACK, lexicons: { insults: {} } }, true],
    ['a lexicon extension with a number', { ...PACK, lexicons: { insults: { nl: [1] } } }, false],
    ['an area without terms', { ...PACK, areas: [{ id: 'a', name: PACK.name }] }, false],
    ['an area', { ...PACK, areas: [{ id: 'a', name: PACK.name, terms: { nl: ['x'], en: [] } }] }, true],
    ['sensitive without en', { ...PACK, sensitive: { nl: [] } }, false],
    ['exclusions', { ...PACK, lexiconExclusions: { insults: ['x'], constructor: [1] } }, true],
    [
      'an exception set and its reference',
      { ...rule({ exceptions: ['set:g', 'x'] }), exceptionSets: { g: ['y'] } },
      true,
    ],
    ['an exception set that is not a record of cue lists', { ...PACK, exceptionSets: { g: [1] } }, false],
    ['a reference to an unknown exception set', rule({ exceptions: ['set:g'] }), false],
    ['an empty exception set no rule uses', { ...PACK, exceptionSets: { g: [] } }, true],
    ['an empty exception set a rule uses', { ...rule({ exceptions: ['set:g'] }), exceptionSets: { g: [] } }, false],
    [
      'a __proto__ key from JSON',
      JSON.parse('{"id":"p","kind":"core","name":{"nl":"a","en":"b"},"__proto__":{}}'),
      true,
    ],
    [
      'a __proto__ key in a record from JSON',
      JSON.parse('{"id":"p","kind":"core","name":{"nl":"a","en":"b"},"aliases":{"__proto__":5,"a":"b"}}'),
      true,
    ],
  ];
  it.each(cases)('%s', (_name, value, ok) => {
    expect(checkPackShape(value).ok).toBe(ok);
    expect(expectSame('pack', value)).toBe(true);
  });

  it('names the first problem with its path', () => {
    expect(checkPackShape(rule({ match: ['ok', 're:('] }))).toEqual({
      ok: false,
      path: 'rules[0].match[1]',
      message: 'invalid regular expression',
    });
    expect(checkPackShape({ ...PACK, name: { nl: 'a' } })).toMatchObject({ ok: false, path: 'name.en' });
  });

  it('lexicons: the same verdict on a table of cases', () => {
    const lexicon = { id: 'insults', language: 'nl', description: '', terms: ['a'] };
    for (const [value, ok] of [
      [lexicon, true],
      [{ ...lexicon, description: undefined }, false],
      [{ ...lexicon, language: 'de' }, false],
      [{ ...lexicon, terms: [''] }, true],
      [{ ...lexicon, id: '' }, false],
      [{ ...lexicon, note: 'x' }, true],
    ] as const) {
      expect(checkLexiconShape(value).ok).toBe(ok);
      expect(expectSame('lexicon', value)).toBe(true);
    }
  });
});

/** Values a mutation puts in: each kind the schemas tell apart, and near misses. */
const LEAF = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    'x',
    'Re:(',
    're:(',
    're:a|b',
    're:\\-',
    'tone',
    'warning',
    'nl',
    'en',
    'any',
    'near',
    'core',
    'custom',
    'a-b',
    'A',
    0,
    1,
    4,
    5,
    Number.NaN,
    true,
    false,
    [],
    [''],
    ['x'],
    [[]],
    [['x']],
    {},
    { nl: 'a', en: 'b' },
    { nl: ['a'], en: [] },
    { nl: [] },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
const KEY = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'examples',
  'notes',
  'id',
  'nl',
  'en',
  'profile',
  'requires',
  'quoted',
  '0',
);

const MUTATION = fc.tuple(
  fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
  LEAF,
  fc.constantFrom('set', 'remove', 'add') as fc.Arbitrary<'set' | 'remove' | 'add'>,
  KEY,
);

describe('pack shape check: random and mutated input (fresh seed each run)', { timeout: 120_000 }, () => {
  it('agrees with valibot on random values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        expect(expectSame('pack', value)).toBe(true);
        expect(expectSame('lexicon', value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with valibot on mutated small packs (one to three changes)', () => {
    fc.assert(
      fc.property(fc.array(MUTATION, { minLength: 1, maxLength: 3 }), (mutations) => {
        let value: unknown = { ...PACK, areas: [{ id: 'a', name: PACK.name, terms: { nl: ['x'], en: [] } }] };
        for (const [choices, leaf, how, key] of mutations) value = mutate(value, choices, leaf, how, key, false);
        expect(expectSame('pack', value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with valibot on mutated built-in packs and lexicons', () => {
    const small = PACKS.filter((pack) => JSON.stringify(pack).length < 200_000);
    fc.assert(
      fc.property(fc.nat(), MUTATION, fc.boolean(), (which, [choices, leaf, how, key], lexicon) => {
        const seeds = lexicon ? LEXICONS : small;
        const value = mutate(seeds[which % seeds.length], choices, leaf, how, key, false);
        expect(expectSame(lexicon ? 'lexicon' : 'pack', value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
