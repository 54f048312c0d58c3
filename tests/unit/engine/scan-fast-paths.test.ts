/**
 * Session 8's fast paths in the term index and the sentence splitter, each against the plain way:
 * - a sticky try of a regex alternative that starts with \b or a word-start guard is skipped where two
 *   code units show the guard fails (an ASCII letter or digit before it);
 * - the phrases a token may start are looked up once per following spelling (phrasesAfter's cache);
 * - line breaks between tokens are found by one indexOf per break instead of a slice and a regex per token.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../lib/engine/match/term-index';
import { TermIndex } from '../../../lib/engine/match/term-index';
import { splitSentences } from '../../../lib/engine/text/sentences';
import { tokenize } from '../../../lib/engine/text/tokenizer';
import { corpusTexts } from './helpers';

const gated = (index: TermIndex, text: string) =>
  index.regexHits('s', text, text.toLowerCase()).map((h) => [h.start, h.end]);
const combined = (index: TermIndex, text: string) => index.regexHits('s', text).map((h) => [h.start, h.end]);

// Letters and digits of every kind right before and after the leads: ASCII, accented, astral, underscore.
const glue = fc.constantFrom('', '', ' ', 'x', 'é', 'İ', '𝒜', '7', '_', '-', '😀', '\n', 'ß', 'Z');
const lead = fc.constantFrom('de', 'het', 'é', '7', 'ab', 'wij', 'de ', 'ab1');
const guardedText = fc.array(fc.tuple(glue, lead), { maxLength: 25 }).map((parts) => parts.flat().join(''));

describe('sticky tries skipped inside words', () => {
  it.each([
    ['re:\\bde\\s+x', 'onderde x, de x, éde x, _de x, 7de x'],
    ['re:(?<![\\p{L}\\p{N}])de\\s+x', 'onderde x, de x, éde x, _de x, 7de x, 𝒜de x'],
    ['re:\\bé\\w*', 'xé é aé'],
    ['re:\\b\\p{L}{2,}wijf', 'rotwijf xrotwijf éwijf'],
  ])('%s over %j: the combined regex hits', (term, text) => {
    const index = new TermIndex([{ id: 's', terms: [term] }]);
    expect(gated(index, text)).toEqual(combined(index, text));
    expect(gated(index, text).length).toBeGreaterThan(0);
  });

  it('on random guarded terms over texts with letters glued to the leads', () => {
    const term = fc
      .tuple(
        fc.constantFrom('\\b', '(?<![\\p{L}\\p{N}])', '\\b\\p{L}*', '(?<![\\p{L}\\p{N}])\\p{L}{1,2}'),
        lead,
        fc.constantFrom('', '\\b', '\\s+\\p{L}+', '\\w', '(?:de|x)?', '|de'),
      )
      .map(([g, l, tail]) => `re:${g}${l}${tail}`);
    fc.assert(
      fc.property(
        fc.array(term, { minLength: 1, maxLength: 6 }),
        fc.array(guardedText, { maxLength: 4 }),
        (terms, texts) => {
          const index = new TermIndex([{ id: 's', terms }]);
          for (const text of texts) expect(gated(index, text)).toEqual(combined(index, text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Every hit the scan finds, per set, as [start, end] (regexes off: phrases and words only). */
function scanned(index: TermIndex, text: string): Record<string, number[][]> {
  const { tokens } = tokenize(text);
  const out = new Map<string, Hit[]>();
  index.scan(text, tokens, 0, tokens.length, 0, text.length, out, false);
  return Object.fromEntries([...out].map(([set, hits]) => [set, hits.map((h) => [h.start, h.end])]));
}

describe('phrases looked up once per following spelling', () => {
  const word = fc.constantFrom('de', 'het', 'minister', 'ministers', 'zegt', 'zei', 'gaat', 'ga', "'s", 'nachts');
  const phrase = fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join(' '));
  const text = fc
    .array(fc.oneof(word, fc.constantFrom(' ', ' ', '. ', "'", '😀', '\n')), { maxLength: 30 })
    .map((parts) => parts.join(' '));

  it('a reused index (its caches filled by other texts) finds what a fresh one finds', () => {
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 8 }),
        fc.array(text, { minLength: 1, maxLength: 6 }),
        (terms, texts) => {
          const sets = [
            { id: 'a', terms },
            { id: 'b', terms: terms.slice(0, 2) },
          ];
          const reused = new TermIndex(sets);
          for (const t of [...texts, ...texts.reverse()])
            expect(scanned(reused, t)).toEqual(scanned(new TermIndex(sets), t));
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** The splitter as it was: a slice and a regex test between every two tokens. */
function referenceBreaks(text: string): number[] {
  const { tokens } = tokenize(text);
  const out: number[] = [];
  for (let i = 0; i + 1 < tokens.length; i++)
    if (/\n/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) out.push(i);
  return out;
}

describe('sentences end at line breaks', () => {
  const text = fc
    .array(fc.constantFrom('a', 'Wij', ' ', '\n', '\n\n', ' \n ', '.', '!', 'x.y', '😀', 'Dr.', 'V.', '…'), {
      maxLength: 40,
    })
    .map((parts) => parts.join(''));

  it('split where a line break lies between two tokens, as before', () => {
    const check = (t: string) => {
      const { tokens } = tokenize(t);
      const sentences = splitSentences(t, tokens);
      // Every reference break ends a sentence after that token; every other end is at . ! ? or …
      const breaks = referenceBreaks(t);
      for (const i of breaks) expect(sentences.some((s) => s.tokenEnd === i + 1)).toBe(true);
      for (const s of sentences.slice(0, -1))
        if (!breaks.includes(s.tokenEnd - 1)) expect(tokens[s.tokenEnd - 1]!.text).toMatch(/[.!?…]/);
      // Sentences tile the tokens.
      let next = 0;
      for (const s of sentences) {
        expect(s.tokenStart).toBe(next);
        next = s.tokenEnd;
      }
      expect(next).toBe(tokens.length);
    };
    for (const t of corpusTexts().slice(0, 200)) check(t);
    fc.assert(fc.property(text, check), { numRuns: 500 });
  });
});
