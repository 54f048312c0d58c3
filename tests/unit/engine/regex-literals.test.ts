import { describe, expect, it } from 'vitest';
import { getModel } from '../../../lib/engine/engine';
import { LiteralTable, requiredLiterals, satisfied } from '../../../lib/engine/match/regex-literals';
import { TermIndex } from '../../../lib/engine/match/term-index';
import { corpusTexts } from './helpers';

describe('requiredLiterals', () => {
  it.each([
    ['\\bwij\\s+als\\b', [['wij'], ['als']]],
    ['\\b(?:ons|onze)\\s+ministerie\\b', [['ministerie'], ['ons', 'onze']]],
    ['tussen ons', [['tussen ons']]],
    ['(?<![\\p{L}\\p{N}])(?:kut|kanker)', [['kanker', 'kut']]],
    ['\\d+-jarige?', [['-jarig']]],
    ['ab(?=cd)e', [['abe']]],
  ])('%s → %j', (source, expected) => {
    const got = requiredLiterals(source).map((f) => [...f].sort());
    expect(got).toEqual(expected.map((f) => [...f].sort()));
  });

  it.each(['\\p{L}+\\d{2,}', '(?:het\\s+)?\\w+', '(a)\\1', 'x*y?', '[^a]bc|d'])(
    'asks nothing it cannot prove: %s',
    (source) => {
      const needs = requiredLiterals(source);
      for (const factor of needs) for (const literal of factor) expect(literal.length).toBeGreaterThan(0);
      if (source === '(a)\\1' || source === '\\p{L}+\\d{2,}' || source === '(?:het\\s+)?\\w+')
        expect(needs).toEqual([]);
    },
  );

  it('is sound for every regex term of the bundled packs on the tuning corpus', () => {
    const index = getModel().index as unknown as {
      alternativesBySet: Map<string, { source: string }[]>;
    };
    const table = new LiteralTable();
    const texts = corpusTexts()
      .slice(0, 200)
      .map((t) => t.toLowerCase());
    const alternatives = [...index.alternativesBySet.values()].flat();
    const needs = alternatives.map((a) => table.intern(requiredLiterals(a.source)));
    const presences = texts.map((t) => table.presence(t));
    alternatives.forEach((alt, k) => {
      const re = new RegExp(alt.source, 'u');
      texts.forEach((text, n) => {
        if (re.test(text)) expect(satisfied(needs[k]!, presences[n]!), `${alt.source} in ${text}`).toBe(true);
      });
    });
  }, 120_000);
});

describe('LiteralTable', () => {
  it('finds literals anywhere, including one-character and non-ASCII ones', () => {
    const table = new LiteralTable();
    const [[a, b, c, d, e]] = table.intern([['ons', 'onze', '€', 'café', 'zz']]) as [number[]];
    const present = table.presence('de café van ons en onze gemeente kost 5 €');
    expect([a, b, c, d, e].map((id) => present[id!])).toEqual([1, 1, 1, 1, 0]);
    expect(table.presence('o')[a!]).toBe(0);
  });

  it('reads one-character ASCII literals at every position, the last one and a one-character text included', () => {
    const table = new LiteralTable();
    const [[dot, bang, pair]] = table.intern([['.', '!', 'ab']]) as [number[]];
    const at = (text: string) => [dot, bang, pair].map((id) => table.presence(text)[id!]);
    expect(at('')).toEqual([0, 0, 0]);
    expect(at('!')).toEqual([0, 1, 0]);
    expect(at('x.')).toEqual([1, 0, 0]);
    expect(at('.x!')).toEqual([1, 1, 0]);
    expect(at('😀ab!')).toEqual([0, 1, 1]);
    expect(at(`${'x'.repeat(100_000)}.`)).toEqual([1, 0, 0]);
  });
});

describe('satisfied', () => {
  it('checks every factor, or those from `from` on (the caller already knows the first holds)', () => {
    const table = new LiteralTable();
    const needs = table.intern([['minister', 'premier'], ['zegt'], ['dat', 'die']]);
    const present = table.presence('de premier zegt dat');
    expect(satisfied(needs, present)).toBe(true);
    expect(satisfied(needs, present, 1)).toBe(true);
    const withoutFirst = table.presence('hij zegt dat');
    expect(satisfied(needs, withoutFirst)).toBe(false);
    // From the second factor on only "zegt" and "dat"/"die" count.
    expect(satisfied(needs, withoutFirst, 1)).toBe(true);
    expect(satisfied(needs, table.presence('de premier zegt'), 1)).toBe(false);
    expect(satisfied([], present, 1)).toBe(true);
  });
});

describe('TermIndex regex sets', () => {
  // The gated run (only alternatives whose literals occur) must equal the set's one big regex.
  const terms = [
    're:\\b(?:wij|we)\\s+als\\s+(?:gemeente|ministerie)\\b',
    're:(?<![\\p{L}\\p{N}])tussen\\s+ons\\b',
    're:\\bons\\b',
    're:\\bons\\s+ministerie\\b',
    're:(?<![\\p{L}\\p{N}])ministerie',
    're:\\bgemeente\\w*',
    're:\\d{4} ?[a-z]{2}',
  ];
  const index = new TermIndex([{ id: 's', terms }]);
  const full = new RegExp((index as unknown as { regexBySet: Map<string, RegExp> }).regexBySet.get('s')!.source, 'gu');
  const fullHits = (text: string) => [...text.matchAll(full)].map((m) => [m.index, m.index! + m[0].length]);
  it.each([
    'Wij als gemeente en ons ministerie: tussen ons gezegd, 1234 ab.',
    'ons ministerie gemeentehuis ons',
    'niets te zien hier',
    'we als ministerie, wij als gemeente; ministerieel',
    'de gemeentes en gemeentehuizen', // one live alternative: its own fast loop
    'Gemeente',
    '',
    ...corpusTexts().slice(0, 80),
  ])('same hits: %s', (text) => {
    const lower = text.toLowerCase();
    const got = index.regexHits('s', text, lower).map((h) => [h.start, h.end]);
    expect(got).toEqual(fullHits(lower));
  });
});
