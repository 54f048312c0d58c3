import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardedHits, stretchHits } from '../../../lib/engine/pii/recognisers';

// The recognisers' patterns as they were written (one regex each): the fast paths must find the same hits.
type Hit = { start: number; end: number };

function reference(text: string, re: RegExp, group = 0): Hit[] {
  const hits: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const part = m[group] ?? m[0];
    const start = m.index + (group ? m[0].indexOf(part) : 0);
    hits.push({ start, end: start + part.length });
  }
  return hits;
}

const plain = (hits: Hit[]) => hits.map(({ start, end }) => ({ start, end }));

/** [full pattern, guard (sticky lookbehind), body] as recognisers.ts splits them. */
const GUARDED: Array<[RegExp, RegExp, RegExp]> = [
  [/(?<=\p{L}\s?)\((\d{1,3})\)/gu, /(?<=\p{L}\s?)/uy, /\((\d{1,3})\)/gu],
  [/(?<=[\p{L}.], )(\d{1,2})(?=[,)])/gu, /(?<=[\p{L}.], )/uy, /(\d{1,2})(?=[,)])/gu],
  [
    /(?<=\p{L}\s?)\((\d{1,2})(?:\s*(?:,|en|and|&)\s*\d{1,2})+\)/gu,
    /(?<=\p{L}\s?)/uy,
    /\((\d{1,2})(?:\s*(?:,|en|and|&)\s*\d{1,2})+\)/gu,
  ],
  [/(?<=\p{L} ?)\((\d{1,3}),/gu, /(?<=\p{L} ?)/uy, /\((\d{1,3}),/gu],
  [/(?<=[\p{L}.], )(\d{1,2})(?=[.!?;](?:\s|$)|$)/gmu, /(?<=[\p{L}.], )/uy, /(\d{1,2})(?=[.!?;](?:\s|$)|$)/gmu],
  [
    /(?<=, )(?:only|just|barely|pas|net|nog maar|amper) (\d{1,2})(?=[,.;)])/g,
    /(?<=, )/y,
    /(?:only|just|barely|pas|net|nog maar|amper) (\d{1,2})(?=[,.;)])/g,
  ],
];

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

const piece = fc.constantFrom(
  '(',
  ')',
  ',',
  ', ',
  ' ',
  '\n',
  '\u00a0',
  '.',
  '@',
  'a',
  'Ruud',
  'é',
  'e\u0301',
  '\u0301',
  '😀',
  '👩🏽‍⚕️',
  '\uD83D',
  '1',
  '23',
  '456',
  ' en ',
  'pas ',
  'only ',
  'ede.nl',
  '_',
  '%',
  '-',
);

describe('PII fast paths', () => {
  it.each([
    'Collega Ruud (52) zit thuis, Piet, 34, ook. De kinderen (3 en 6) en Mo (4, 7).',
    'Jan (45), Ans (12, uit Ede), the lad, only 19, came in; pas 8) (9) x(10)',
    '',
    '(12)',
    'é (1) 😀(2) e\u0301(3) \uD83D(4)',
  ])('guard + body finds what the whole pattern finds: %s', (text) => {
    for (const [full, guard, body] of GUARDED) {
      expect(plain(guardedHits(text, guard, body, undefined, 0))).toEqual(reference(text, full));
      expect(plain(guardedHits(text, guard, body, undefined, 1))).toEqual(reference(text, full, 1));
    }
  });

  it('guard + body agrees with the whole pattern on random text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const [full, guard, body] of GUARDED)
          expect(plain(guardedHits(text, guard, body, undefined, 1))).toEqual(reference(text, full, 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('e-mail addresses from the stretches around "@" are those of a whole-text run', () => {
    const texts = [
      'Mail j.jansen@minbzk.nl of a@b.cd\u00a0en x@y.nl@z.com, @mention en é@ë.nl 😀@x.io',
      '',
      '@',
      'a@b',
      `${'x'.repeat(100_000)}@ede.nl`,
    ];
    for (const text of texts) expect(plain(stretchHits(text, EMAIL, '@'))).toEqual(reference(text, EMAIL));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(plain(stretchHits(text, EMAIL, '@'))).toEqual(reference(text, EMAIL));
      }),
      { numRuns: 2000 },
    );
  });
});
