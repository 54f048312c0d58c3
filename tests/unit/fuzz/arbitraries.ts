/**
 * Shared fast-check generators for the fuzz tests: text that mixes words the
 * rules react to with hostile Unicode (lone surrogates, ZWJ emoji sequences,
 * right-to-left marks, combining characters, control characters), so the
 * random runs reach the engine's matching code and not only its early exits.
 */
import fc from 'fast-check';

/** Words and phrases that make rules fire (politics, policy areas, tone, confidentiality, privacy). */
const CUE_WORDS = [
  'minister',
  'kabinet',
  'ik vind',
  'belachelijk',
  'idioot',
  'stem op',
  'VVD',
  'PVV',
  'GroenLinks-PvdA',
  'asielbeleid',
  'stikstof',
  'politie',
  'slachtoffer',
  'verdachte',
  'tussen ons',
  'vertrouwelijk',
  'namens het ministerie',
  'op persoonlijke titel',
  'views are my own',
  'the government is a disgrace',
  '1234 AB',
  '06-12345678',
  'jan@minbzk.nl',
  'NL91ABNA0417164300',
  '#',
  '@',
  'https://x.com/a',
];

const HOSTILE = [
  '\u200d', // zero-width joiner
  '👩‍👩‍👧‍👦', // family: ZWJ sequence
  '🏳️‍🌈',
  '👍🏽',
  '🇳🇱',
  '\u202e', // right-to-left override
  '\u200f', // right-to-left mark
  'مرحبا بالعالم',
  'שלום',
  'e\u0301', // e + combining acute
  'Z\u0351\u0364\u0300\u0316\u033b', // "zalgo" stack of combining marks
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\u0000',
  '\r\n',
  '\t',
  '\ufeff',
  '\u2028',
  'ﬁ', // ligature (case folding changes length)
  'İ', // dotted capital I: toLowerCase() changes length
  'ß',
];

/** One piece of a draft. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CUE_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  // any UTF-16 code unit, lone surrogates included
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
      maxLength: 6,
    }),
  },
);

const separator = fc.constantFrom(' ', ' ', ' ', '. ', ', ', '\n', '!', '?', '', '  ');

/** A random draft of up to about 600 characters. */
export const draftText = fc
  .array(fc.tuple(piece, separator), { maxLength: 40 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));

export const uiLanguage = fc.constantFrom('nl' as const, 'en' as const);

export const organisation = fc.oneof(
  fc.constantFrom('', 'jenv', 'bzk', 'def', 'bz', 'fin', 'politie', 'gemeente', 'aenm', 'ocw', 'vws', 'ezk', 'lvvn'),
  fc.string({ maxLength: 10 }),
);

export const userProfile = fc.record(
  {
    organisation,
    topics: fc.array(fc.oneof(fc.constantFrom('asiel', 'politie', 'stikstof', 'belastingen'), draftText), {
      maxLength: 4,
    }),
    role: fc.oneof(fc.constantFrom('', 'woordvoerder', 'communicatieadviseur', 'beleidsmedewerker'), draftText),
  },
  { requiredKeys: [] },
);
