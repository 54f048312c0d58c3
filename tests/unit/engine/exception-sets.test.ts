/**
 * Named exception sets (lib/engine/packs/exception-sets.ts): a pack's `exceptionSets` and the `set:<name>`
 * entries of its rules' exceptions. Valid and invalid packs in both checks (the shape check the engine and
 * the content scripts run, validatePack's full report with file and rule), and the expansion: in place, in
 * order, the same model and findings as the copies the sets replace (rules/core.json's own-area pairs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPost } from '../../../lib/engine';
import { buildModel } from '../../../lib/engine/model';
import type { RulePack } from '../../../lib/engine/pack-types';
import { exceptionSetProblems, expandExceptionSets } from '../../../lib/engine/packs/exception-sets';
import { loadBundled } from '../../../lib/engine/packs/load';
import { checkPackShape } from '../../../lib/engine/packs/shape';
import { validatePackImpl } from '../../../lib/engine/packs/validate';
import { testPack, testRule } from '../test-packs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const withSets = (sets: Record<string, string[]>, ...rules: ReturnType<typeof testRule>[]) => ({
  ...testPack(rules),
  exceptionSets: sets,
});

describe('named exception sets: valid packs', () => {
  const pack = withSets(
    { jokes: ['grapje', '@irony:*'], guards: ['detector:post-insult-only'] },
    testRule({ id: 'a', exceptions: ['eerst', 'set:jokes', 'laatst'] }),
    testRule({ id: 'b', exceptions: ['set:guards', 'set:jokes'] }),
    testRule({ id: 'c', exceptions: ['gewoon'] }),
    testRule({ id: 'd' }),
  );

  it('expands each reference in its place, in the set order, in both checks', () => {
    const expected = [
      ['eerst', 'grapje', '@irony:*', 'laatst'],
      ['detector:post-insult-only', 'grapje', '@irony:*'],
      ['gewoon'],
      undefined,
    ];
    const shape = checkPackShape(pack);
    const full = validatePackImpl(JSON.stringify(pack), 'team.json');
    expect(shape.ok && full.ok).toBe(true);
    if (!shape.ok || !full.ok) return;
    expect(shape.value.rules?.map((rule) => rule.exceptions)).toEqual(expected);
    expect(full.pack).toEqual(shape.value);
  });

  it('leaves a pack without references as it is, and the input untouched', () => {
    const plain = testPack([testRule({ exceptions: ['grapje'] })]);
    expect(expandExceptionSets(plain)).toBe(plain);
    const before = JSON.stringify(pack);
    expandExceptionSets(pack);
    expect(JSON.stringify(pack)).toBe(before);
  });

  it('takes an unused set, and an expanded pack checks again to itself', () => {
    const unused = withSets({ spare: ['x'] }, testRule());
    expect(checkPackShape(unused).ok).toBe(true);
    const once = checkPackShape(pack);
    if (!once.ok) throw new Error(once.message);
    expect(checkPackShape(once.value)).toEqual(once);
  });

  it('the expanded rule fires and stands down as the written-out list does', () => {
    const written = testPack([testRule({ exceptions: ['grapje'] })]);
    const referenced = withSets({ jokes: ['grapje'] }, testRule({ exceptions: ['set:jokes'] }));
    for (const text of ['Wat een sukkel.', 'Grapje hoor, wat een sukkel.']) {
      const findings = (extra: RulePack) => {
        const checked = checkPackShape(extra);
        if (!checked.ok) throw new Error(checked.message);
        const result = checkPost({ text, packs: ['team'], extraPacks: [checked.value], uiLanguage: 'nl' });
        return result.findings.filter((f) => f.rule === 'team/r');
      };
      expect(findings(referenced)).toEqual(findings(written));
      expect(findings(written)).toHaveLength(text.startsWith('Grapje') ? 0 : 1);
    }
  });
});

describe('named exception sets: invalid packs', () => {
  const cases: [string, unknown, string, string][] = [
    [
      'a reference to an unknown set',
      withSets({ jokes: ['grapje'] }, testRule({ id: 'a', exceptions: ['grapje', 'set:joke'] })),
      'rules[0].exceptions[1]',
      'team.json: rules[0].exceptions[1] (rule "a"): exception set "joke" is unknown',
    ],
    [
      'a reference without any sets',
      testPack([testRule({ id: 'a', exceptions: ['set:jokes'] })]),
      'rules[0].exceptions[0]',
      'team.json: rules[0].exceptions[0] (rule "a"): exception set "jokes" is unknown',
    ],
    [
      'a reference to an inherited name',
      withSets({ jokes: ['grapje'] }, testRule({ id: 'a', exceptions: ['set:hasOwnProperty'] })),
      'rules[0].exceptions[0]',
      'team.json: rules[0].exceptions[0] (rule "a"): exception set "hasOwnProperty" is not a valid name',
    ],
    ...['constructor', 'prototype', '__proto__'].map((name): [string, unknown, string, string] => [
      `a set named ${name}`,
      {
        ...testPack([testRule({ id: 'a', exceptions: [`set:${name}`] })]),
        // Parsed, so that even __proto__ is the set's own key, as it would be in a pack file.
        exceptionSets: JSON.parse(`{"${name}":["grapje"]}`) as Record<string, string[]>,
      },
      'rules[0].exceptions[0]',
      `team.json: rules[0].exceptions[0] (rule "a"): exception set "${name}" is not a valid name`,
    ]),
    [
      'a reference in match',
      withSets({ jokes: ['grapje'] }, testRule({ id: 'a', match: ['sukkel', 'set:jokes'] })),
      'rules[0]',
      'team.json: rules[0] (rule "a"): set:jokes: sets only work in exceptions',
    ],
    [
      'a reference in requires',
      withSets({ jokes: ['grapje'] }, testRule({ id: 'a', requires: [['jij'], ['set:jokes']] })),
      'rules[0]',
      'team.json: rules[0] (rule "a"): set:jokes: sets only work in exceptions',
    ],
    [
      'a set that names another set',
      withSets({ jokes: ['grapje', 'set:more'], more: ['haha'] }, testRule({ id: 'a', exceptions: ['set:jokes'] })),
      'rules[0].exceptions[0]',
      'team.json: rules[0].exceptions[0] (rule "a"): exception set "jokes" names another set',
    ],
    [
      'an empty set',
      withSets({ jokes: [] }, testRule({ id: 'a' }), testRule({ id: 'b', exceptions: ['x', 'set:jokes'] })),
      'rules[1].exceptions[1]',
      'team.json: rules[1].exceptions[1] (rule "b"): exception set "jokes" is empty',
    ],
  ];

  it.each(cases)(
    '%s: both checks refuse it, the full report names file, rule or set, and line',
    (_name, pack, where, message) => {
      const shape = checkPackShape(pack);
      expect(shape).toMatchObject({ ok: false, path: where });
      const text = JSON.stringify(pack, null, 1);
      const full = validatePackImpl(text, 'team.json');
      expect(full.ok).toBe(false);
      if (full.ok) return;
      expect(full.errors).toHaveLength(1);
      expect(full.errors[0]).toMatchObject({ path: where, message });
      expect(full.errors[0]?.line).toBeGreaterThan(1);
      if (!shape.ok) expect(message).toContain(shape.message);
    },
  );

  it('lists every problem in the full report, each at the rule that uses the set', () => {
    const pack = withSets(
      { empty: [], nested: ['set:empty'] },
      testRule({ id: 'a', exceptions: ['set:nested', 'set:missing'] }),
      testRule({ id: 'b', exceptions: ['set:empty'] }),
    );
    expect(exceptionSetProblems(pack)).toEqual([
      { path: 'rules[0].exceptions[0]', message: 'exception set "nested" names another set' },
      { path: 'rules[0].exceptions[1]', message: 'exception set "missing" is unknown' },
      { path: 'rules[1].exceptions[0]', message: 'exception set "empty" is empty' },
    ]);
    const full = validatePackImpl(pack, 'team.json');
    expect(full.ok ? [] : full.errors.map((error) => error.message)).toEqual([
      'team.json: rules[0].exceptions[0] (rule "a"): exception set "nested" names another set',
      'team.json: rules[0].exceptions[1] (rule "a"): exception set "missing" is unknown',
      'team.json: rules[1].exceptions[0] (rule "b"): exception set "empty" is empty',
    ]);
  });

  it('a set no rule uses is not expanded, so only its shape is checked', () => {
    expect(checkPackShape(withSets({ empty: [], nested: ['set:empty'] }, testRule())).ok).toBe(true);
    expect(checkPackShape(withSets({ numbers: [1] as never }, testRule())).ok).toBe(false);
  });
});

describe("rules/core.json's shared guards", () => {
  const source = JSON.parse(readFileSync(path.join(ROOT, 'rules/core.json'), 'utf8')) as RulePack & {
    exceptionSets: Record<string, string[]>;
  };
  // 13 guards, detector:post-link since session 16, since session 18 (ownarea18) a post speaking in the
  // organisation's name (judgement guards) or a security defect in the sentence (critique guards), and since
  // session 19 (ownarea19) a laughing post (both) and a negative word that intensifies praise.
  const pairs = [
    ['own-area-critique-guards', 'own-area-critique', 'own-area-critique-context', 17],
    ['own-area-judgement-guards', 'own-area-judgement', 'own-area-judgement-near', 17],
  ] as const;

  it.each(pairs)('%s: both rules take it whole, and the loaded core pack has it written out', (name, a, b, size) => {
    const set = source.exceptionSets[name]!;
    expect(set).toHaveLength(size);
    const rules = source.rules ?? [];
    for (const id of [a, b]) expect(rules.find((rule) => rule.id === id)?.exceptions).toEqual([`set:${name}`]);
    const core = loadBundled().packs.find((pack) => pack.id === 'core')!;
    for (const id of [a, b]) expect(core.rules?.find((rule) => rule.id === id)?.exceptions).toEqual(set);
  });

  it('no rule of any loaded pack keeps a reference, and the model compiles every exception', () => {
    const { packs, lexicons, problems } = loadBundled();
    expect(problems).toEqual([]);
    for (const pack of packs)
      for (const rule of pack.rules ?? []) expect(rule.exceptions?.some((cue) => cue.startsWith('set:'))).toBeFalsy();
    expect(buildModel(packs, lexicons).errors).toEqual([]);
  });
});
