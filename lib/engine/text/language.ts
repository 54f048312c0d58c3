/**
 * Per-sentence language (Dutch or English): function words first (reliable on
 * short social-media sentences), then franc's trigram method with only its
 * Dutch and English profiles (see trigram-profiles.ts).
 */
import type { Token } from './tokenizer';
import { TRIGRAMS } from './trigram-profiles';

const MAX_DISTANCE = 300;
const PROFILES = {
  nl: new Map(TRIGRAMS.nl.split('|').map((t, i) => [t, i] as const)),
  en: new Map(TRIGRAMS.en.split('|').map((t, i) => [t, i] as const)),
};

/** franc's distance: rank difference of the text's trigrams against each profile. */
export function trigramLanguage(text: string): TextLanguage | undefined {
  const clean = ` ${text
    .toLowerCase()
    .replace(/[\u0021-\u0040\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()} `;
  if (clean.length < 12) return undefined;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const gram = clean.slice(i, i + 3);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).slice(0, MAX_DISTANCE);
  let nl = 0;
  let en = 0;
  ranked.forEach(([gram], rank) => {
    const n = PROFILES.nl.get(gram);
    const e = PROFILES.en.get(gram);
    nl += n === undefined ? MAX_DISTANCE : Math.abs(rank - n);
    en += e === undefined ? MAX_DISTANCE : Math.abs(rank - e);
  });
  if (nl === en) return undefined;
  return nl < en ? 'nl' : 'en';
}

const DUTCH = new Set(
  "de het een en van ik je jij we wij ze zij hij is zijn was waren niet geen wel dat die dit deze met voor op aan bij uit naar om te ook maar nog al als dan wat wie hoe waar er heb hebt heeft hebben wordt worden zou zullen kan kun kunnen moet moeten mag mijn m'n jullie ons onze hun haar hem men nu toch gewoon even echt heel weer zo zoals omdat want door over tot tussen vandaag morgen gisteren alle iedereen niks niets iets geen veel meer daar hier mee zich z'n wordt gaat gaan doet doen".split(
    ' ',
  ),
);
const ENGLISH = new Set(
  "the a an and of i you we they he she it is are was were not no that this these those with for on at by from to also but still as than what who how where there have has had will would can could must may my your our their his her him me us them now just really very again so because about until today tomorrow yesterday all everyone nothing something more here into its it's i'm don't can't won't let's be been being do does did get got going".split(
    ' ',
  ),
);

export type TextLanguage = 'nl' | 'en';

export function functionWordScore(tokens: Token[], from = 0, to = tokens.length): { nl: number; en: number } {
  let nl = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (DUTCH.has(t.norm)) nl++;
    if (ENGLISH.has(t.norm)) en++;
  }
  return { nl, en };
}

export function detectLanguage(
  sentenceText: string,
  tokens: Token[],
  from: number,
  to: number,
  fallback: TextLanguage,
): TextLanguage {
  const { nl, en } = functionWordScore(tokens, from, to);
  if (nl >= en + 2 || (nl > 0 && en === 0)) return 'nl';
  if (en >= nl + 2 || (en > 0 && nl === 0)) return 'en';
  if (sentenceText.length >= 25) {
    const guess = trigramLanguage(sentenceText);
    if (guess) return guess;
  }
  if (nl > en) return 'nl';
  if (en > nl) return 'en';
  return fallback;
}

/** Language of a whole text, used as the fallback for undecided sentences. */
export function detectTextLanguage(text: string, tokens: Token[]): TextLanguage {
  const { nl, en } = functionWordScore(tokens);
  if (nl > en * 1.5) return 'nl';
  if (en > nl * 1.5) return 'en';
  return trigramLanguage(text.slice(0, 2000)) ?? 'nl';
}
