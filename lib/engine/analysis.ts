/** One pass over a text: tokens, sentences with their language, quoted spans, term hits and PII. */
import { formFor } from './match/latin-letters';
import type { Hit, RegexScratch } from './match/term-index';
import type { Model } from './model';
import { type PiiHits, recognisePii } from './pii/recognisers';
import { lexiconSetId } from './set-ids';
import { detectLanguage, detectTextLanguage, type TextLanguage } from './text/language';
import { type Sentence, splitSentences } from './text/sentences';
import { type Token, tokenize } from './text/tokenizer';

export interface Analysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  urlSpans: Array<[number, number]>;
  /** Quoted passages: [start, end, words]. One- or two-word quotes are scare quotes, not reported speech. */
  quotes: Array<[number, number, number]>;
  /** Word and phrase hits of the token scan, by set id. */
  hits: Map<string, Hit[]>;
  /** Each asked set's final hits: the scan's plus its regex terms' (run lazily, see setHits). */
  regexDone: Map<string, Hit[]>;
  /** Lowercased text for the regex sets (computed on first use). */
  lowerText?: string;
  /** State of the index's regex sets for this text (which literals occur), shared by all sets. */
  regexScratch: RegexScratch;
  model: Model;
  pii: PiiHits;
  textLanguage: TextLanguage;
}

const QUOTE_RE = /(?<![\p{L}\p{N}])(["“„«‘'])([^"“”„«»‘’'\n]{1,300}?)(["”»’'])(?![\p{L}\p{N}])/gu;

function findQuotes(text: string): Array<[number, number, number]> {
  const spans: Array<[number, number, number]> = [];
  const quoteRe = formFor(text, QUOTE_RE);
  quoteRe.lastIndex = 0;
  for (let m = quoteRe.exec(text); m; m = quoteRe.exec(text)) {
    const inner = m[2] ?? '';
    // "'s nachts", "'t" are elisions, not quotes.
    if (m[1] === "'" && /^[st]\s/.test(inner)) {
      quoteRe.lastIndex = m.index + 2;
      continue;
    }
    const words = inner.trim().split(/\s+/).filter(Boolean).length;
    spans.push([m.index, m.index + m[0].length, words]);
  }
  return spans;
}

export function analyse(text: string, model: Model, forcedLanguage?: TextLanguage): Analysis {
  const { tokens, urlSpans } = tokenize(text);
  const textLanguage = forcedLanguage ?? detectTextLanguage(text, tokens);
  const sentences: Sentence[] = splitSentences(text, tokens).map((s) => ({
    ...s,
    lang: forcedLanguage ?? detectLanguage(text.slice(s.start, s.end), tokens, s.tokenStart, s.tokenEnd, textLanguage),
  }));
  const hits = new Map<string, Hit[]>();
  model.index.scan(text, tokens, 0, tokens.length, 0, text.length, hits, false);
  return {
    text,
    tokens,
    sentences,
    urlSpans,
    quotes: findQuotes(text),
    hits,
    regexDone: new Map(),
    regexScratch: {},
    model,
    pii: recognisePii(text, tokens),
    textLanguage,
  };
}

/** Hits of a term set: word and phrase hits from the scan, regex hits computed on first use. */
/** A lexicon's hits in either language ("lex:<id>:nl" and "lex:<id>:en"): party names, places, politicians wherever they stand. */
export function lexiconHits(analysis: Analysis, lexicon: string): Hit[] {
  return [...setHits(analysis, lexiconSetId(lexicon, 'nl')), ...setHits(analysis, lexiconSetId(lexicon, 'en'))];
}

export function setHits(analysis: Analysis, id: string): Hit[] {
  const done = analysis.regexDone.get(id);
  if (done) return done;
  analysis.lowerText ??= analysis.text.toLowerCase();
  const extra = analysis.model.index.regexHits(id, analysis.text, analysis.lowerText, analysis.regexScratch);
  const scanned = analysis.hits.get(id);
  // The list is final from here on: callers read it and never change it.
  const hits = extra.length === 0 ? (scanned ?? []) : scanned ? [...scanned, ...extra] : extra;
  analysis.regexDone.set(id, hits);
  return hits;
}

/**
 * Whether setHits(analysis, id) may return any hit, answered without running a regex: false only
 * when it certainly returns none (no scanned hit, and no regex term whose literals occur).
 */
export function setMayHit(analysis: Analysis, id: string): boolean {
  const done = analysis.regexDone.get(id);
  if (done) return done.length > 0;
  if ((analysis.hits.get(id)?.length ?? 0) > 0) return true;
  analysis.lowerText ??= analysis.text.toLowerCase();
  return analysis.model.index.mayHaveRegexHits(id, analysis.text, analysis.lowerText, analysis.regexScratch);
}

export function sentenceAt(analysis: Analysis, offset: number): number {
  const { sentences } = analysis;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid]!.end) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo);
}

export function inUrl(analysis: Analysis, hit: Hit): boolean {
  const spans = analysis.urlSpans;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (hit.start >= span[0] && hit.end <= span[1]) return true;
  }
  return false;
}

/** Inside reported speech (a quote of three or more words). */
export function inQuote(analysis: Analysis, hit: Hit): boolean {
  const quotes = analysis.quotes;
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i]!;
    if (quote[2] >= 3 && hit.start > quote[0] && hit.end < quote[1]) return true;
  }
  return false;
}

const NEGATIONS = new Set([
  'geen',
  'niet',
  'nooit',
  'niets',
  'niks',
  'no',
  'not',
  'never',
  "n't",
  'zonder',
  'without',
  'nor',
  'noch',
]);

/** A negation word among the two tokens before the hit, in the same sentence. */
export function negated(analysis: Analysis, hit: Hit): boolean {
  if (hit.t0 < 0) return false;
  const sentence = analysis.sentences[sentenceAt(analysis, hit.start)];
  const floor = sentence ? sentence.tokenStart : 0;
  for (let k = hit.t0 - 1; k >= Math.max(floor, hit.t0 - 2); k--) {
    const token = analysis.tokens[k]!;
    if (NEGATIONS.has(token.norm) || token.norm.endsWith("n't")) return true;
  }
  return false;
}
