/**
 * Trigram profiles of Dutch and English, taken from franc-min (MIT, Titus Wormer;
 * data from the UDHR), most frequent first. Only these two are bundled: the full
 * franc-min data is 170 KB minified, which would blow the content-script budget.
 * They are in ./trigram-profiles.list.json and ship in the packed rule data
 * (../data/word-lists.ts), read on the first trigram guess. A missing profile is
 * empty: every guess is then undecided and the sentence falls back (./language.ts).
 */
import { bundledData, lazy, memberOf, wordListOf } from '../data/word-lists';

export type TrigramProfile = ReadonlyMap<string, number>;

function profile(data: unknown, lang: string): TrigramProfile {
  return new Map(wordListOf(memberOf(data, lang)).map((gram, rank) => [gram, rank] as const));
}

/** Each language's trigrams with their rank. */
export const trigramProfiles = lazy(() => {
  const data = bundledData('lib/engine/text/trigram-profiles.list.json');
  return { nl: profile(data, 'nl'), en: profile(data, 'en') };
});
