/**
 * The Latin forms of u-flag regexes (lib/engine/match/latin-letters.ts): the classes hold exactly the
 * letters and digits up to U+024F, the rewrite keeps everything else, and in a text whose letters and
 * digits are all Latin the rewritten regex finds the same matches as the original.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formFor,
  LATIN_DIGITS,
  LATIN_LAST,
  LATIN_LETTERS,
  latinForm,
  latinLetterSource,
  onlyLatinLetters,
} from '../../../lib/engine/match/latin-letters';
import { TermIndex } from '../../../lib/engine/match/term-index';

const allMatches = (source: string, text: string) =>
  [...text.matchAll(new RegExp(source, 'gu'))].map((m) => [m.index, m[0].length]);

describe('Latin classes', () => {
  it.each([
    ['L', LATIN_LETTERS],
    ['N', LATIN_DIGITS],
  ])('\\p{%s} and the Latin class agree on every code point up to U+024F and beyond', (name, body) => {
    const property = new RegExp(`^\\p{${name}}$`, 'u');
    const latin = new RegExp(`^[${body}]$`, 'u');
    for (let c = 0; c <= 0x2ff; c++) {
      const ch = String.fromCodePoint(c);
      expect(latin.test(ch), `U+${c.toString(16)}`).toBe(c <= LATIN_LAST && property.test(ch));
    }
  });
});

describe('onlyLatinLetters', () => {
  it('accepts Dutch and English text with emoji, punctuation and symbols', () => {
    expect(onlyLatinLetters('Café “de Zwaan” 😀 — €12,50 ½ ß Œ ŉ …')).toBe(true);
    expect(onlyLatinLetters('')).toBe(true);
  });

  it('rejects a letter or digit beyond U+024F, inside or outside the BMP', () => {
    for (const text of ['abc ω', 'Москва', '𝐛𝐨𝐥𝐝', 'x ٣', 'ʃ', '①', 'a\u0345'])
      expect(onlyLatinLetters(text), text).toBe(false);
  });
});

describe('latinLetterSource', () => {
  it('rewrites \\p{L} and \\p{N} inside and outside classes, and \\P{..} outside them', () => {
    expect(latinLetterSource('\\b\\p{L}+')).toBe(`\\b[${LATIN_LETTERS}]+`);
    expect(latinLetterSource('[\\p{L}\\d_]')).toBe(`[${LATIN_LETTERS}\\d_]`);
    expect(latinLetterSource('(?<![\\p{L}\\p{N}])x')).toBe(`(?<![${LATIN_LETTERS}${LATIN_DIGITS}])x`);
    expect(latinLetterSource('\\P{L}')).toBe(`[^${LATIN_LETTERS}]`);
  });

  it('matches what the property matches on every BMP and astral sample character of a Latin text, in and out of classes', () => {
    // Run once over all 0x110000 code points, negations included (session 13): no difference under the u flag,
    // nor for L and N under i+u (with U+0345 counted as not Latin; Lu and Ll differ there and stay as they are).
    const sample = [
      ...Array.from({ length: 0xd800 }, (_, c) => c),
      ...Array.from({ length: 0x2000 }, (_, k) => 0xe000 + k * 8),
    ];
    sample.push(0x1d41b, 0x1f600, 0x10000, 0x10ffff);
    const differ: string[] = [];
    for (const [name, flags] of [
      ['L', 'u'],
      ['N', 'u'],
      ['Lu', 'u'],
      ['Ll', 'u'],
      ['L', 'iu'],
      ['N', 'iu'],
    ] as const) {
      const sources = [`^\\p{${name}}$`, `^\\P{${name}}$`, `^[x\\p{${name}}]$`, `^[^x\\p{${name}}]$`];
      const pairs = sources.map(
        (source) => [new RegExp(source, flags), new RegExp(latinLetterSource(source, flags === 'iu'), flags)] as const,
      );
      for (const c of sample) {
        const ch = String.fromCodePoint(c);
        if (!onlyLatinLetters(ch)) continue;
        for (const [original, latin] of pairs)
          if (latin.test(ch) !== original.test(ch)) differ.push(`${latin.source} U+${c.toString(16)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('leaves sources without those properties, escaped backslashes and other properties as they are', () => {
    for (const source of ['\\bde\\s+man', '\\\\p{L}', '\\p{Lo}\\p{M}', '\\p{Extended_Pictographic}', '[\\P{L}x]'])
      expect(latinLetterSource(source)).toBe(source);
  });

  it('finds the same matches as the original on random Latin texts', () => {
    const sources = [
      '\\b\\p{L}+\\s+[1-9]\\s*,\\s*\\p{L}+\\s+0\\b',
      '(?<![\\p{L}\\p{N}])\\p{L}{3,}er\\s+(?:kan|wordt)\\b',
      '(?:\\p{L}+\\s+){0,2}?dagen',
      '[^\\p{L}\\s]+',
      '\\P{L}\\p{N}+',
      '\\b\\p{Lu}\\p{Ll}+ \\p{Lu}\\.(?=[\\s,)]|$)',
    ];
    const piece = fc.constantFrom(
      'de',
      ' ',
      'x',
      '😀',
      'é',
      'ß',
      '3',
      '½',
      ',',
      '0',
      'kan',
      'wordt',
      'dagen',
      '\n',
      'er',
      'Jan',
      'V.',
      'Ÿ',
      'ǅ',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const source of sources) expect(allMatches(latinLetterSource(source), t)).toEqual(allMatches(source, t));
      }),
    );
  });
});

describe('TermIndex with the Latin forms', () => {
  it('finds the same hits in a Latin text and in one with other letters', () => {
    const index = new TermIndex([
      { id: 's', terms: ['re:\\p{L}+\\s+[1-9]\\s*,\\s*\\p{L}+\\s+0\\b', 're:de\\s+\\p{L}+'] },
    ]);
    const hits = (text: string) => index.regexHits('s', text, text.toLowerCase()).map((h) => [h.start, h.end]);
    const combined = (text: string) => index.regexHits('s', text).map((h) => [h.start, h.end]);
    for (const text of ['Ajax 2, PSV 0 en de man', 'Ajax 2, ЦСКА 0 en de man', 'de 𝐛𝐨𝐥𝐝 de straat']) {
      expect(hits(text), text).toEqual(combined(text));
      expect(hits(text).length, text).toBeGreaterThan(0);
    }
  });
});

describe('latinForm and formFor', () => {
  it('rewrite only u-flag regexes without the i flag, once per regex, keeping the flags', () => {
    const re = /\p{L}+/gu;
    expect(latinForm(re).source).toBe(`[${LATIN_LETTERS}]+`);
    expect(latinForm(re).flags).toBe('gu');
    expect(latinForm(re)).toBe(latinForm(re));
    for (const same of [/\p{Lu}\p{L}+/giu, /p{L}/g, /\bde\b/gu]) expect(latinForm(same)).toBe(same);
    expect(latinForm(/\b\p{L}+/giu).source).toBe(`\\b[${LATIN_LETTERS}]+`);
  });

  it('give the Latin form only for a Latin text', () => {
    const re = /\p{L}+/gu;
    expect(formFor('Café de Zwaan', re)).toBe(latinForm(re));
    expect(formFor('Café Москва', re)).toBe(re);
    expect(formFor('café de zwaan', re)).toBe(latinForm(re));
    expect(formFor('Café Москва', re)).toBe(re);
  });
});
