/**
 * Per-sentence language (Dutch or English): function words first (reliable on
 * short social-media sentences), then franc's trigram method with only its
 * Dutch and English profiles (see trigram-profiles.ts).
 */
import { bundledData, lazy, memberOf, wordListOf } from '../data/word-lists';
import type { Token } from './tokenizer';
import { trigramProfiles } from './trigram-profiles';

const MAX_DISTANCE = 300;

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
  const profiles = trigramProfiles();
  let nl = 0;
  let en = 0;
  ranked.forEach(([gram], rank) => {
    const n = profiles.nl.get(gram);
    const e = profiles.en.get(gram);
    nl += n === undefined ? MAX_DISTANCE : Math.abs(rank - n);
    en += e === undefined ? MAX_DISTANCE : Math.abs(rank - e);
  });
  if (nl === en) return undefined;
  return nl < en ? 'nl' : 'en';
}

// Function words per language, in ./function-words.list.json (shipped in the packed rule data,
// ../data/word-lists.ts; read on first use). Missing lists count nothing: the trigrams decide.
const functionWords = lazy(() => {
  const data = bundledData('lib/engine/text/function-words.list.json');
  return { nl: new Set(wordListOf(memberOf(data, 'nl'))), en: new Set(wordListOf(memberOf(data, 'en'))) };
});

export type TextLanguage = 'nl' | 'en';

export function functionWordScore(tokens: Token[], from = 0, to = tokens.length): { nl: number; en: number } {
  const { nl: dutch, en: english } = functionWords();
  let nl = 0;
  let en = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (dutch.has(t.norm)) nl++;
    if (english.has(t.norm)) en++;
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
