import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWithRegexOnly } from '../../../lib/engine/text/tokenizer';
import { corpusTexts } from './helpers';

// The ASCII fast path must give exactly the tokens of one TOKEN_RE run (offsets, kinds, forms).
const same = (text: string): void => {
  expect(tokenize(text)).toEqual(tokenizeWithRegexOnly(text));
};

describe('tokenizer ASCII fast path', () => {
  it.each([
    '',
    ' ',
    'a',
    '#',
    '@',
    '#a',
    '@x-',
    "z'n PVV'ers GL-PvdA - 's nachts a-'b x'-y a--b ab' -a",
    'café́ e\u0301 naïeve coöperatie ﬁets İstanbul',
    '😀 👩‍👩‍👧‍👦 🇳🇱 👍🏽 1️⃣ #️⃣ ©®‼ x😀y',
    'lone \uD83D surrogate \uDC00 and a\uD83D\uDE00b',
    'tab\tnew\nline\u00a0nbsp\u2003em\u3000ideo\ufeffbom',
    '#hashtag @mention #é @\u0301 #😀 a#b c@d.nl www.ede.nl/x?y=1, info@ede.nl.',
    'rock’n’roll PVV‐fractie ’s avonds it’s',
    '3.5 12-ABC-3 1234 AB 06-12345678 (45) 16-jarige NL91ABNA0417164300',
    '_under_score_ ~tilde~ `tick` \\back\\ {brace} [x] |pipe| ^caret^',
  ])('same tokens as TOKEN_RE: %j', (text) => same(text));

  it('same tokens on the tuning corpus and on 100k characters', () => {
    const texts = corpusTexts();
    for (const text of texts) same(text);
    same(texts.join('\n').repeat(3).slice(0, 100_000));
    same('a'.repeat(100_000));
    same(`${'ab-'.repeat(30_000)}é`);
  });

  it('same tokens on random mixed text', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      "'",
      '’',
      '-',
      '‐',
      '#',
      '@',
      '.',
      ':',
      '/',
      ' ',
      '\n',
      '\u00a0',
      'é',
      'e\u0301',
      '\u0301',
      '😀',
      '👍🏽',
      '\u200D',
      '\uFE0F',
      '\u20E3',
      '🇳',
      '\uD83D',
      '\uDC00',
      'www.',
      '.nl',
      'ß',
      '½',
      '٣',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: 5000 },
    );
  });
});
