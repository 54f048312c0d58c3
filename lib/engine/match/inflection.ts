/**
 * Candidate base forms of a folded word, so that a lexicon lists base forms only
 * (TERM SYNTAX in pack-types.ts). Over-generation is harmless: candidates are only
 * looked up in the term index.
 */
const DUTCH_SUFFIXES = [
  "'s",
  's',
  'en',
  'n',
  'e',
  'er',
  'ere',
  'ers',
  'ste',
  'st',
  'je',
  'tje',
  'pje',
  'jes',
  'tjes',
  'pjes',
  't',
  'de',
  'te',
  'd',
  'ten',
  'den',
  'tjie',
];
const ENGLISH_SUFFIXES = ["'s", 's', 'es', 'ed', 'd', 'ing', 'er', 'est', 'ers'];
const VOWELS = 'aeiou';

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWELS.includes(ch);
}

function addDutchStem(out: Set<string>, base: string): void {
  if (base.length < 2) return;
  out.add(base);
  const last = base[base.length - 1];
  const prev = base[base.length - 2];
  // katt → kat, domm → dom
  if (isConsonant(last) && last === prev) out.add(base.slice(0, -1));
  // rad → raad, hel → heel (open syllable lost its double vowel)
  const before = base[base.length - 3];
  if (isConsonant(last) && prev && VOWELS.includes(prev) && !VOWELS.includes(before ?? 'x') && prev !== 'i') {
    out.add(`${base.slice(0, -1)}${prev}${last}`);
  }
  // liev → lief, huiz → huis
  if (last === 'v') out.add(`${base.slice(0, -1)}f`);
  if (last === 'z') out.add(`${base.slice(0, -1)}s`);
}

export function dutchCandidates(word: string, out: Set<string>): void {
  out.add(word);
  if (word.length < 4) return;
  for (const suffix of DUTCH_SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) addDutchStem(out, word.slice(0, -suffix.length));
  }
}

export function englishCandidates(word: string, out: Set<string>): void {
  out.add(word);
  if (word.length < 4) return;
  for (const suffix of ENGLISH_SUFFIXES) {
    if (word.length - suffix.length < 3 || !word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    out.add(base);
    if (suffix === 'ing' || suffix === 'ed' || suffix === 'er' || suffix === 'est') {
      out.add(`${base}e`);
      const last = base[base.length - 1];
      if (isConsonant(last) && last === base[base.length - 2]) out.add(base.slice(0, -1));
    }
  }
  if (word.endsWith('ies') && word.length > 4) out.add(`${word.slice(0, -3)}y`);
  if (word.endsWith('ied') && word.length > 4) out.add(`${word.slice(0, -3)}y`);
}

/** All candidate base forms, Dutch and English rules together. */
export function candidates(word: string): string[] {
  const out = new Set<string>();
  dutchCandidates(word, out);
  englishCandidates(word, out);
  return [...out];
}

/** Whether `word` is `base` or one of its regular inflections. */
export function inflects(word: string, base: string): boolean {
  if (word === base) return true;
  if (!word.startsWith(base.slice(0, Math.max(1, base.length - 2)))) return false;
  return candidates(word).includes(base);
}
