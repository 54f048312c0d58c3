/**
 * The shouting detector counts capital runs once (capitalRuns) for both its cheap gate and its
 * hits. Until session 5 the gate (mayShout) repeated the detector's own counting; that twin is kept
 * here, with the detector as it was, as the reference: the new detector must give the same hits on
 * the corpora and on random texts of capitals, lowercase words, separators and punctuation.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/engine/analysis';
import { capitalRuns, detectShouting } from '../../../lib/engine/detectors/shouting';
import shoutingPatterns from '../../../lib/engine/detectors/shouting-patterns.list.json';
import type { Hit } from '../../../lib/engine/match/term-index';
import { splitSentences } from '../../../lib/engine/text/sentences';
import { tokenize } from '../../../lib/engine/text/tokenizer';
import { corpusTexts } from './helpers';

// --- The detector as it was (session 4), the reference; its cheer list follows the detector's (session 12) --
const CHEER =
  /(?:🎉|🥳|🎊|🏆|🥇|😍|🥰|❤️|💖|🙌|🤩|\b(?:gefeliciteerd|proficiat|hoera|hoezee|joepie|jippie|ja{3,}|yes+|yay|woo+h?o*|wauw|wow|gewonnen|kampioen|jarig|bedankt|dankjewel|open\s+dag|uitnodiging|kom\s+(?:allemaal|zaterdag|zondag|langs|kijken)|doe\s+mee|save\s+the\s+date|join\s+us|congrats|congratulations|happy\s+birthday|thank\s+you|champions?|amazing|awesome|kippenvel|genoten|geweldig|fantastisch|prachtig|goosebumps|fantastic|wonderful|beautiful|incredible|wat\s+een\s+(?:avond|dag|middag|ochtend|week|weekend|feest|sfeer|opkomst|ervaring|reis|concert|show|voorstelling|start)|what\s+an?\s+(?:night|day|evening|morning|week|weekend|party|show|concert|experience|trip|start|atmosphere|turnout))\b)/iu;
const ANGER =
  /(?:🤬|😡|😠|💢|\?{2,}|\b(?:waarom|why|wtf|zat|kut\p{L}*|klote\p{L}*|fuck\p{L}*|shit|godver\p{L}*|verdomme|hou\s+op|stop|niemand|nobody|never|nooit|altijd|geen|weer|alweer|klaar|genoeg|belachelijk|schande|hoezo|idioten|sukkels)\b)/iu;
const LIST_SEPARATOR = /^[,;/&]$/u;

function letterCounts(word: string): [number, number] {
  const l = word.replace(/[^\p{L}]/gu, '');
  return [l.length, l.replace(/[^\p{Lu}]/gu, '').length];
}

function referenceMayShout(analysis: Analysis, tokenStart: number, tokenEnd: number): boolean {
  const { tokens } = analysis;
  let letters = 0;
  let upperLetters = 0;
  let runCount = 0;
  let runLetters = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') {
      const [wordLetters, wordCapitals] = letterCounts(t.text);
      letters += wordLetters;
      upperLetters += wordCapitals;
      if (t.upper) {
        runCount++;
        runLetters += wordLetters;
        if (runCount >= 3 || (runCount === 2 && runLetters >= 7)) return true;
      } else runCount = runLetters = 0;
    } else if (t.kind !== 'punct' || LIST_SEPARATOR.test(t.text)) runCount = runLetters = 0;
  }
  return letters >= 15 && upperLetters / letters > 0.7;
}

function referenceDetect(analysis: Analysis): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = analysis;
  for (const sentence of analysis.sentences) {
    if (!referenceMayShout(analysis, sentence.tokenStart, sentence.tokenEnd)) continue;
    const sentenceText = analysis.text.slice(sentence.start, sentence.end + 16);
    if (CHEER.test(sentenceText) && !ANGER.test(sentenceText)) continue;
    const angry =
      /!{2,}|\?{2,}|\?!|!\?/u.test(sentenceText) || (sentenceText.includes('!') && ANGER.test(sentenceText));
    let runStart = -1;
    let runCount = 0;
    let runLetters = 0;
    let letters = 0;
    let upperLetters = 0;
    const flush = (endIndex: number) => {
      const shortBurst = runCount === 2 && angry && runLetters >= 7;
      if ((runCount >= 3 || shortBurst) && runStart >= 0)
        hits.push({ start: tokens[runStart]!.start, end: tokens[endIndex]!.end, t0: runStart, t1: endIndex + 1 });
      runStart = -1;
      runCount = 0;
      runLetters = 0;
    };
    let lastUpper = -1;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') {
        const [wordLetters, wordCapitals] = letterCounts(t.text);
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
        flush(lastUpper);
        lastUpper = -1;
      }
    }
    if (lastUpper >= 0) flush(lastUpper);
    if (
      letters >= 15 &&
      upperLetters / letters > 0.7 &&
      !hits.some((h) => h.start >= sentence.start && h.end <= sentence.end)
    )
      hits.push({ start: sentence.start, end: sentence.end, t0: sentence.tokenStart, t1: sentence.tokenEnd });
  }
  return hits;
}
// -----------------------------------------------------------------------------------------------

/** The parts of an analysis the shouting detector reads (tokens, sentences, text). */
function analysisOf(text: string): Analysis {
  const { tokens } = tokenize(text);
  const sentences = splitSentences(text, tokens).map((s) => ({ ...s, lang: 'nl' as const }));
  return { text, tokens, sentences } as unknown as Analysis;
}

describe('the cheer and anger patterns (./shouting-patterns.list.json, session 18: moved out of the code)', () => {
  it('are the reference cheer and anger lists', () => {
    expect(shoutingPatterns).toEqual({ cheer: CHEER.source, anger: ANGER.source });
  });
});

describe('capitalRuns', () => {
  it('splits runs at lowercase words, numbers, emoji and list separators, not at other punctuation', () => {
    const text = 'NIET NORMAAL - HOU OP, RVO 12 CBS 😡 EU VS! wel GGD GHOR.';
    const { tokens } = tokenize(text);
    const caps = capitalRuns(tokens, 0, tokens.length);
    const words = caps.runs.map((r) => text.slice(tokens[r.first]!.start, tokens[r.last]!.end));
    expect(words).toEqual(['NIET NORMAAL - HOU OP', 'EU VS', 'GGD GHOR']);
    expect(caps.runs.map((r) => [r.count, r.letters])).toEqual([
      [4, 16],
      [2, 4],
      [2, 7],
    ]);
  });
});

describe('shouting with one capital-run pass', () => {
  it('gives the same hits as the detector with its separate gate, on the corpora', () => {
    const texts = corpusTexts(
      '../shared/eval/dev.jsonl',
      ...['', '-2', '-3', '-4', '-5', '-6', '-7', '-8', '-9', '-10'].map((n) => `tests/corpus/own-tune${n}.jsonl`),
    );
    let hits = 0;
    for (const text of [...texts, ...texts.map((t) => t.toUpperCase())]) {
      const analysis = analysisOf(text);
      const expected = referenceDetect(analysis);
      hits += expected.length;
      expect(detectShouting(analysis), text).toEqual(expected);
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('gives the same hits on random texts of capitals, words, separators and punctuation', () => {
    const piece = fc.constantFrom(
      'NIET',
      'NORMAAL',
      'HOU',
      'OP',
      'EU',
      'VS',
      'RIVM',
      'GEFELICITEERD',
      'WAAROM',
      'Jan',
      'de',
      'minister',
      'is',
      'stop',
      '12',
      '😡',
      '🎉',
      ',',
      '/',
      '&',
      '-',
      '!',
      '!!',
      '?!',
      '??',
      '.',
      '\n',
      'É',
      'ÉÉN',
      'CAFÉ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const analysis = analysisOf(pieces.join(' '));
        expect(detectShouting(analysis)).toEqual(referenceDetect(analysis));
      }),
      { numRuns: 3000 },
    );
  });
});
