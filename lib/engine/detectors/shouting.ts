/**
 * Shouting: three or more words in capitals in a row, or a sentence written mostly in capitals.
 * Capitals of joy ("GEFELICITEERD!!! 🎉", "WE ZIJN VRIJ!!!") are enthusiasm, not shouting
 * (LABELS.md: tone is not enthusiasm), so a sentence with a cheer and no sign of anger is skipped.
 */
import type { Analysis } from '../analysis';
import type { Hit } from '../match/term-index';

/** Cheers: celebration emoji and words of joy, congratulation or thanks (Dutch and English). */
const CHEER =
  /(?:🎉|🥳|🎊|🏆|🥇|😍|🥰|❤️|💖|🙌|🤩|\b(?:gefeliciteerd|proficiat|hoera|hoezee|joepie|jippie|ja{3,}|yes+|yay|woo+h?o*|wauw|wow|gewonnen|kampioen|jarig|bedankt|dankjewel|open\s+dag|uitnodiging|kom\s+(?:allemaal|zaterdag|zondag|langs|kijken)|doe\s+mee|save\s+the\s+date|join\s+us|congrats|congratulations|happy\s+birthday|thank\s+you|champions?|amazing|awesome)\b)/iu;
/** Anger: angry emoji, swearing or a complaint, which keep capitals counted as shouting. */
const ANGER =
  /(?:🤬|😡|😠|💢|\?{2,}|\b(?:waarom|why|wtf|zat|kut\p{L}*|klote\p{L}*|fuck\p{L}*|shit|godver\p{L}*|verdomme|hou\s+op|stop|niemand|nobody|never|nooit|altijd|geen|weer|alweer|klaar|genoeg|belachelijk|schande|hoezo|idioten|sukkels)\b)/iu;

function cheerful(text: string): boolean {
  return CHEER.test(text) && !ANGER.test(text);
}

/**
 * A short burst ("NIET NORMAAL!!", "HOU NOU EENS OP!") is shouting too, but two capital words
 * are often just acronyms ("RIVM GGD"), so two words count only with exclamation marks that
 * sound angry: "!!", "??", "?!", or one "!" next to an anger cue.
 */
function angryExclamation(text: string): boolean {
  return /!{2,}|\?{2,}|\?!|!\?/u.test(text) || (text.includes('!') && ANGER.test(text));
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

/**
 * Whether the sentence's words could make a hit at all, whatever its cheers and anger: a run of
 * two or more capital words that are long enough for a short burst, or mostly capital letters.
 * Most sentences have neither, and then their cheer and anger patterns need not run.
 */
function mayShout(analysis: Analysis, tokenStart: number, tokenEnd: number): boolean {
  const { tokens } = analysis;
  let letters = 0;
  let upperLetters = 0;
  let runCount = 0;
  let runLetters = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      const [wordLetters, wordCapitals] = countLetters(t.text);
      letters += wordLetters;
      upperLetters += wordCapitals;
      if (t.upper) {
        runCount++;
        runLetters += wordLetters;
        if (runCount >= 3 || (runCount === 2 && runLetters >= SHORT_BURST_LETTERS)) return true;
      } else runCount = runLetters = 0;
    } else if (t.kind !== 'punct' || LIST_SEPARATOR.test(t.text)) runCount = runLetters = 0;
  }
  return letters >= 15 && upperLetters / letters > 0.7;
}

export function detectShouting(analysis: Analysis): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = analysis;
  for (const sentence of analysis.sentences) {
    if (!mayShout(analysis, sentence.tokenStart, sentence.tokenEnd)) continue;
    // Emoji after the final "!!!" are split off as their own sentence: read a little past the end.
    const sentenceText = analysis.text.slice(sentence.start, sentence.end + 16);
    if (cheerful(sentenceText)) continue;
    const angry = angryExclamation(sentenceText);
    let runStart = -1;
    let runCount = 0;
    let runLetters = 0;
    let letters = 0;
    let upperLetters = 0;
    const flush = (endIndex: number) => {
      const shortBurst = runCount === 2 && angry && runLetters >= SHORT_BURST_LETTERS;
      if ((runCount >= 3 || shortBurst) && runStart >= 0) {
        hits.push({ start: tokens[runStart]!.start, end: tokens[endIndex]!.end, t0: runStart, t1: endIndex + 1 });
      }
      runStart = -1;
      runCount = 0;
      runLetters = 0;
    };
    let lastUpper = -1;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') {
        const [wordLetters, wordCapitals] = countLetters(t.text);
        letters += wordLetters;
        upperLetters += wordCapitals;
        if (t.upper) {
          if (runStart < 0) runStart = i;
          runCount++;
          runLetters += wordLetters;
          lastUpper = i;
        } else if (lastUpper >= 0) {
          flush(lastUpper);
          lastUpper = -1;
        }
      } else if ((t.kind !== 'punct' || LIST_SEPARATOR.test(t.text)) && lastUpper >= 0) {
        // A comma ends a run: "RVO, CBS, RIVM" is a list of acronyms, not three shouted words.
        flush(lastUpper);
        lastUpper = -1;
      }
    }
    if (lastUpper >= 0) flush(lastUpper);
    if (
      letters >= 15 &&
      upperLetters / letters > 0.7 &&
      !hits.some((h) => h.start >= sentence.start && h.end <= sentence.end)
    ) {
      hits.push({ start: sentence.start, end: sentence.end, t0: sentence.tokenStart, t1: sentence.tokenEnd });
    }
  }
  return hits;
}
