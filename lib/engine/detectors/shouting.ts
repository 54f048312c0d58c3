/**
 * Shouting: three or more words in capitals in a row, or a sentence written mostly in capitals.
 * Capitals of joy ("GEFELICITEERD!!! 🎉", "WE ZIJN VRIJ!!!", "WAT EEN AVOND!!!") are enthusiasm, not shouting
 * (LABELS.md: tone is not enthusiasm), so a sentence with a cheer and no sign of anger is skipped.
 */
import type { Analysis } from '../analysis';
import { bundledData, lazy, patternsOf } from '../data/word-lists';
import type { Hit } from '../match/term-index';
import type { Token } from '../text/tokenizer';

// Cheers (celebration emoji and words of joy, congratulation or thanks, Dutch and English) and anger (angry emoji,
// swearing or a complaint, which keep capitals counted as shouting): the patterns `cheer` and `anger` of
// ./shouting-patterns.list.json (shipped in the packed rule data, ../data/word-lists.ts), compiled with the flags iu on
// the first check. WHY there: LZMA stores the long word lists in a third of their bytes as code (session 18). When
// either is missing or broken the detector reports nothing (fails open: without the cheers every joyful capital
// would count as shouting).
const tonePatterns = lazy(() =>
  patternsOf(bundledData('lib/engine/detectors/shouting-patterns.list.json'), { cheer: 'iu', anger: 'iu' }),
);

function cheerful(text: string, { cheer, anger }: { cheer: RegExp; anger: RegExp }): boolean {
  return cheer.test(text) && !anger.test(text);
}

/**
 * A short burst ("NIET NORMAAL!!", "HOU NOU EENS OP!") is shouting too, but two capital words
 * are often just acronyms ("RIVM GGD"), so two words count only with exclamation marks that
 * sound angry: "!!", "??", "?!", or one "!" next to an anger cue.
 */
function angryExclamation(text: string, anger: RegExp): boolean {
  return /!{2,}|\?{2,}|\?!|!\?/u.test(text) || (text.includes('!') && anger.test(text));
}
/** Punctuation that separates list items, so capitals on either side are separate runs. */
const LIST_SEPARATOR = /^[,;/&]$/u;
/** Letters a two-word burst must have at least, so that "EU VS!!" stays an acronym pair. */
const SHORT_BURST_LETTERS = 7;

/** Letters and capitals of a word, counted once per spelling (words repeat a lot). */
const letterCounts = new Map<string, [number, number]>();

function countLetters(word: string): [number, number] {
  let counts = letterCounts.get(word);
  if (!counts) {
    const l = word.replace(/[^\p{L}]/gu, '');
    counts = [l.length, l.replace(/[^\p{Lu}]/gu, '').length];
    if (letterCounts.size > 20000) letterCounts.clear();
    letterCounts.set(word, counts);
  }
  return counts;
}

/** A run of capital words: only punctuation (no list separator) between them. Token indexes inclusive. */
export interface CapitalRun {
  first: number;
  last: number;
  /** Capital words in the run. */
  count: number;
  /** Letters of those words. */
  letters: number;
}

/** What a sentence's capitals add up to, counted in one pass (see capitalRuns). */
export interface Capitals {
  /** Letters of the sentence's words, and how many of them are capitals. */
  letters: number;
  upperLetters: number;
  /** Runs of two or more capital words, in text order (a single capital word is never shouting). */
  runs: CapitalRun[];
}

const NO_RUNS: CapitalRun[] = [];

/**
 * The capital-word runs and letter counts of tokens [tokenStart, tokenEnd). A word not in capitals,
 * or any token other than punctuation (a number, emoji, tag), or a list separator ends a run:
 * "RVO, CBS, RIVM" is a list of acronyms, not three shouted words.
 */
export function capitalRuns(tokens: readonly Token[], tokenStart: number, tokenEnd: number): Capitals {
  let letters = 0;
  let upperLetters = 0;
  let runs = NO_RUNS;
  let first = -1;
  let last = -1;
  let count = 0;
  let runLetters = 0;
  const close = () => {
    if (count >= 2) {
      if (runs === NO_RUNS) runs = [];
      runs.push({ first, last, count, letters: runLetters });
    }
    first = -1;
    count = 0;
    runLetters = 0;
  };
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      const [wordLetters, wordCapitals] = countLetters(t.text);
      letters += wordLetters;
      upperLetters += wordCapitals;
      if (t.upper) {
        if (first < 0) first = i;
        count++;
        runLetters += wordLetters;
        last = i;
      } else if (first >= 0) close();
    } else if (first >= 0 && (t.kind !== 'punct' || LIST_SEPARATOR.test(t.text))) close();
  }
  if (first >= 0) close();
  return { letters, upperLetters, runs };
}

/** Fifteen letters or more, over 70% of them capitals: a sentence written in capitals. */
function mostlyCapitals(caps: Capitals): boolean {
  return caps.letters >= 15 && caps.upperLetters / caps.letters > 0.7;
}

/** A run long enough to be shouting: three words, or two with enough letters for a short burst. */
function shoutingRun(run: CapitalRun, angry: boolean): boolean {
  return run.count >= 3 || (run.count === 2 && angry && run.letters >= SHORT_BURST_LETTERS);
}

/**
 * Whether the sentence's capitals could make a hit at all, whatever its cheers and anger (anger only
 * decides two-word bursts): most sentences have neither a long enough run nor mostly capitals, and
 * then their cheer and anger patterns need not run.
 */
function mayShout(caps: Capitals): boolean {
  return caps.runs.some((run) => shoutingRun(run, true)) || mostlyCapitals(caps);
}

export function detectShouting(analysis: Analysis): Hit[] {
  const hits: Hit[] = [];
  const tone = tonePatterns();
  if (!tone) return hits;
  const { tokens } = analysis;
  for (const sentence of analysis.sentences) {
    const caps = capitalRuns(tokens, sentence.tokenStart, sentence.tokenEnd);
    if (!mayShout(caps)) continue;
    // Emoji after the final "!!!" are split off as their own sentence: read a little past the end.
    const sentenceText = analysis.text.slice(sentence.start, sentence.end + 16);
    if (cheerful(sentenceText, tone)) continue;
    const angry = angryExclamation(sentenceText, tone.anger);
    for (const run of caps.runs) {
      if (shoutingRun(run, angry))
        hits.push({ start: tokens[run.first]!.start, end: tokens[run.last]!.end, t0: run.first, t1: run.last + 1 });
    }
    if (mostlyCapitals(caps) && !hits.some((h) => h.start >= sentence.start && h.end <= sentence.end)) {
      hits.push({ start: sentence.start, end: sentence.end, t0: sentence.tokenStart, t1: sentence.tokenEnd });
    }
  }
  return hits;
}
