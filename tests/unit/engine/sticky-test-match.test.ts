/**
 * lowerHits asks a sticky regex alternative with test() (no match array) and takes [p, lastIndex] as
 * the match; only between a surrogate pair's halves does it ask exec where the match starts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betweenSurrogates, TermIndex } from '../../../lib/engine/match/term-index';

const gated = (index: TermIndex, text: string) =>
  index.regexHits('s', text, text.toLowerCase()).map((h) => [h.start, h.end]);
const combined = (index: TermIndex, text: string) => index.regexHits('s', text).map((h) => [h.start, h.end]);

describe('betweenSurrogates', () => {
  it('is true only between the halves of a pair', () => {
    const text = 'a😀b';
    expect([0, 1, 2, 3, 4].map((p) => betweenSurrogates(text, p))).toEqual([false, false, true, false, false]);
    expect(betweenSurrogates('\udc00x', 0)).toBe(false); // a lone low half at the start
    expect(betweenSurrogates('x\udc00', 1)).toBe(false); // after a letter, not a high half
  });
});

describe('sticky matches found with test()', () => {
  it.each([
    ['re:de\\s+\\p{L}+', 'de man, onder de brug, de 😀 de x'],
    ['re:😀+\\s*boos', '😀😀 boos, x😀boos'],
    ['re:(?:ab|abc)d?', 'abcd ab abd'],
    ['re:\\bde\\b', 'de'],
  ])('%s over %j: the combined regex hits', (term, text) => {
    const index = new TermIndex([{ id: 's', terms: [term] }]);
    expect(gated(index, text)).toEqual(combined(index, text));
    expect(gated(index, text).length).toBeGreaterThan(0);
  });

  it('on random texts of leads, emoji and letters', () => {
    const piece = fc.constantFrom('de', ' ', 'x', '😀', 'é', 'ab', 'abc', 'd', '\n', 'boos');
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    const index = new TermIndex([{ id: 's', terms: ['re:de\\s+\\p{L}+', 're:😀+\\s*boos', 're:(?:ab|abc)d?'] }]);
    fc.assert(
      fc.property(text, (t) => {
        expect(gated(index, t)).toEqual(combined(index, t));
      }),
    );
  });
});
