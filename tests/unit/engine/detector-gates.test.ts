/**
 * The victim detector runs its slow patterns only when a gate (plain words every match holds,
 * same flags) occurs in the text. A gate that missed a match would silently drop a detail, so:
 * wherever a pattern matches, its gate must match too.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GATED_PATTERNS } from '../../../lib/engine/detectors/victim';
import { corpusTexts } from './helpers';

const texts = (): string[] =>
  corpusTexts('tests/corpus/own-tune.jsonl', 'tests/corpus/own-tune-4.jsonl', '../shared/eval/dev.jsonl');

const matchesAt = (re: RegExp, text: string): boolean => new RegExp(re.source, re.flags.replace('g', '')).test(text);

describe('victim detector gates', () => {
  it('hold wherever their pattern matches in the corpora', () => {
    let matched = 0;
    for (const text of texts())
      for (const { name, gate, pattern } of GATED_PATTERNS) {
        if (!matchesAt(pattern, text)) continue;
        matched++;
        expect(gate.test(text), `${name}: ${text}`).toBe(true);
      }
    expect(matched).toBeGreaterThan(20);
  });

  it('hold on random texts made of the patterns’ own words, in any case', () => {
    const words = fc.constantFrom(
      'mijn',
      'onze',
      'die',
      'een',
      'collega',
      'buurman',
      'klant',
      'vriend',
      'van',
      'me',
      'of',
      'mine',
      'junkie',
      'verdachte',
      'turkse',
      'bakker',
      'shop',
      'werkzaamheden',
      'road',
      'works',
      'hoorde',
      'heard',
      'wethouder',
      'vertellen',
      'jan',
      'modaal',
      'karen',
      'minuut',
      'stilte',
      'herdenking',
      'rust',
      'zacht',
      'we',
      'missen',
      'hem',
      'gecondoleerd',
      'thoughts',
      'are',
      'with',
      'ſure',
      'K',
    );
    const text = fc
      .array(fc.tuple(words, fc.boolean()), { maxLength: 12 })
      .map((parts) => parts.map(([w, upper]) => (upper ? w.toUpperCase() : w)).join(' '));
    fc.assert(
      fc.property(text, (t) => {
        for (const { gate, pattern } of GATED_PATTERNS) if (matchesAt(pattern, t)) expect(gate.test(t)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  // Session 19: the role-who gate held "verpleg" and "bewoner", which "verpleegkundige" and "bewoonster"
  // do not contain, so the pattern could never fire for them (victim19). Every role word of the pattern:
  it.each([
    'De verpleegkundige die gisteren dienst had, zei niets.',
    'De verpleger die dienst had, was moe.',
    'Die bewoonster die altijd zwaait, was er niet.',
    'De bewoner die klaagde, belde weer.',
    'The nurse who helped us was great.',
  ])('hold on a role word followed by who: %s', (text) => {
    for (const { name, gate, pattern } of GATED_PATTERNS)
      if (matchesAt(pattern, text)) expect(gate.test(text), `${name}: ${text}`).toBe(true);
    expect(GATED_PATTERNS.some(({ pattern }) => matchesAt(pattern, text))).toBe(true);
  });
});
