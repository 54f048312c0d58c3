import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLinks } from '../../../lib/engine/text/tokenizer';

// The pattern as the tokenizer used to run it over the whole text: findLinks must find the same spans.
const WORD_CHARS = String.raw`[\p{L}\p{N}-]`;
const URL = String.raw`(?:https?:\/\/|www\.)[^\s]+|\b${WORD_CHARS}+(?:\.${WORD_CHARS}+)*\.(?:nl|com|org|net|eu|gov|io|be|de|uk|info)\b(?:\/[^\s]*)?`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`;
const WHOLE_TEXT = new RegExp(`${EMAIL}|${URL}`, 'gu');

function reference(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  WHOLE_TEXT.lastIndex = 0;
  for (let m = WHOLE_TEXT.exec(text); m; m = WHOLE_TEXT.exec(text)) {
    const trimmed = m[0].replace(/[.,;:!?)]+$/, '');
    spans.push([m.index, m.index + trimmed.length]);
    WHOLE_TEXT.lastIndex = m.index + Math.max(1, trimmed.length);
  }
  return spans;
}

const links = (text: string) => {
  const spans: Array<[number, number]> = [];
  findLinks(text, spans);
  return spans;
};

describe('findLinks', () => {
  it.each([
    'Lees meer op rijksoverheid.nl. Of mail naar info@ede.nl!',
    'https://x.nl/a?b=c, www.politie.nl) en http://localhost:8080 of mailto:a.b@c.de.',
    'Geen link hier. Alleen zinnen: met dubbele punten… en www. los',
    'e-mail jan.de.vries@gemeente-ede.nl\u00a0en\u2003zie ede.nl/afval.\nKlaar',
    '',
    '.',
    'a.nl',
  ])('same spans as one run over the whole text: %s', (text) => {
    expect(links(text)).toEqual(reference(text));
  });

  it('agrees with the whole-text run on random link-like text', () => {
    const piece = fc.constantFrom(
      'www.',
      'https://',
      'http:',
      '.nl',
      '.com',
      '.',
      ':',
      '/',
      '@',
      ' ',
      '\n',
      '\u00a0',
      '\u2003',
      ')',
      ',',
      '!',
      'a',
      'ede',
      'é',
      '-',
      '1',
      '😀',
      '_',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(links(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
