/**
 * Features of the statistical backstop (docs/backstop-experiment.md): what a small linear model reads from a post.
 * Text features generalise over phrasings no rule lists (lowercased words and word pairs, 4- and 5-letter
 * pieces inside words for inflections and compounds: "wanbeleid", "sukkelachtig"); engine signals carry
 * what only the engine knows (the user's profile: own topic, own organisation, role; which lexicons,
 * recognisers and detectors hit; the rules' own findings). Pure and deterministic: same input, same list.
 */
import { setHits } from '../analysis';
import type { RunContext } from '../evaluate';
import { kindSetId } from '../set-ids';
import type { Token } from '../text/tokenizer';
import type { ScoredWord } from './weighted-sums';

const SPOKESPERSON = /woordvoer|communicatieadvis|spokes|press officer/;

/**
 * Where features go as they are read: names into a Set (backstopFeatures, training) or a model's sums
 * (./weighted-sums.ts, scoring). Called per token in a fixed order (word, the pair ending in it, its
 * pieces), so both see the features in the order they were always listed.
 */
export interface FeatureSink {
  /** The word's own feature (`w:<word>`, for an emoji its text). */
  word(own: WordFeatures): void;
  /** `b:<previous>_<word>`: the pair ending in this word. */
  pair(previous: WordFeatures, previousWord: string, word: string): void;
  /** The word's 4- and 5-letter pieces (own.names after the first). */
  pieces(own: WordFeatures): void;
  /** An engine signal `<kind>:<name>` (kindSetId: "s" a term set, "p" a recogniser, "d" a detector that hit). */
  signal(kind: string, name: string): void;
  /** Any other feature, by name. */
  name(name: string): void;
}

/**
 * Collects feature names in a Set (training, the veto experiment, tests). Scoring does not list names:
 * ./weighted-sums.ts sums the weighted ones as they are read.
 */
class NameSink implements FeatureSink {
  constructor(private readonly out: Set<string>) {}

  word(own: WordFeatures): void {
    this.name(own.names[0]!);
  }

  pair(previous: WordFeatures, previousWord: string, word: string): void {
    this.name(pairFeature(previous, previousWord, word));
  }

  pieces(own: WordFeatures): void {
    const names = own.names;
    for (let k = 1; k < names.length; k++) this.name(names[k]!);
  }

  signal(kind: string, name: string): void {
    this.name(kindSetId(kind, name));
  }

  name(name: string): void {
    this.out.add(name);
  }
}

/** Distinct feature names of a checked post, in a fixed order. */
export function backstopFeatures(ctx: RunContext): string[] {
  const out = new Set<string>();
  const sink = new NameSink(out);
  readTextFeatures(ctx.analysis.tokens, 0, ctx.analysis.tokens.length, sink);
  engineFeatures(ctx, sink);
  return [...out];
}

/**
 * A word's own feature names, made once per spelling and reused by every check: `w:<word>` first,
 * then (for a word token of four or more letters) its 4- and 5-letter pieces in text order. Building
 * these strings afresh (hundreds per check) and hashing them in the Set and the weights map was a
 * tenth of a 280-character check and most of its garbage.
 */
export interface WordFeatures {
  names: string[];
  /** `b:<this>_<next>` by the next word's spelling, made on first use (see pairFeature). */
  pairs: Map<string, string> | undefined;
  /** The word's features as numbered by the last model that scored it (./weighted-sums.ts). */
  scored: ScoredWord | undefined;
}

/** Distinct spellings remembered (a long session meets many): cleared when full, as fold's cache is. */
const WORD_CACHE_SIZE = 20000;
/** Following words remembered per word ("de" is followed by hundreds). */
export const PAIR_CACHE_SIZE = 256;
const wordCache = new Map<string, WordFeatures>();
const pieceWords = new Map<string, WordFeatures>();

/** The feature names of a folded word (see WordFeatures); `pieces`: with the letter pieces. */
export function wordFeatures(word: string, pieces: boolean): WordFeatures {
  const cache = pieces ? pieceWords : wordCache;
  let known = cache.get(word);
  if (!known) {
    const names = [`w:${word}`];
    if (pieces) {
      const padded = `<${word}>`;
      for (let n = 4; n <= 5; n++)
        for (let i = 0; i + n <= padded.length; i++) names.push(`c:${padded.slice(i, i + n)}`);
    }
    known = { names, pairs: undefined, scored: undefined };
    if (cache.size >= WORD_CACHE_SIZE) cache.clear();
    cache.set(word, known);
  }
  return known;
}

/** `b:<previous>_<word>`, the same string object each time the pair recurs. */
export function pairFeature(previous: WordFeatures, previousWord: string, word: string): string {
  let pairs = previous.pairs;
  if (!pairs) {
    pairs = new Map();
    previous.pairs = pairs;
  }
  let name = pairs.get(word);
  if (name === undefined) {
    name = `b:${previousWord}_${word}`;
    if (pairs.size >= PAIR_CACHE_SIZE) pairs.clear();
    pairs.set(word, name);
  }
  return name;
}

/** Text features of tokens [from, to): words, word pairs (not across punctuation), pieces inside words. */
export function textFeatures(tokens: readonly Token[], from: number, to: number, out: Set<string>): void {
  readTextFeatures(tokens, from, to, new NameSink(out));
}

/** The text features of tokens [from, to), handed to `sink` in the order they were always listed. */
export function readTextFeatures(tokens: readonly Token[], from: number, to: number, sink: FeatureSink): void {
  let previous: WordFeatures | undefined;
  let previousWord = '';
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    if (token.kind === 'punct') {
      if (token.text === '!') sink.name('w:!');
      else if (token.text === '?') sink.name('w:?');
      previous = undefined;
      continue;
    }
    if (token.kind === 'emoji') {
      sink.word(wordFeatures(token.text, false));
      previous = undefined;
      continue;
    }
    // A word, tag or mention token's norm is fold(text) (tokenizer.ts), the same string object for every
    // token of that spelling: no fold of a fresh slice, and the caches below find it without rehashing.
    const word = token.kind === 'number' ? '#num' : token.norm;
    const own = wordFeatures(word, token.kind === 'word' && word.length >= 4);
    // In the order features were always listed: the word, the pair ending in it, then its pieces.
    sink.word(own);
    if (previous) sink.pair(previous, previousWord, word);
    sink.pieces(own);
    // An empty spelling starts no pair (as an empty previous word never did).
    previous = word ? own : undefined;
    previousWord = word;
  }
}

/** The engine's signals (profile, lexicons, recognisers, detectors, findings so far), handed to `sink` by name. */
export function engineFeatures(ctx: RunContext, sink: FeatureSink): void {
  const { analysis } = ctx;
  // forEach, not for...of: no [key, value] pair made per entry (a few hundred per check).
  const signal = (kind: string) => (hits: readonly unknown[], name: string) => {
    if (hits.length > 0) sink.signal(kind, name);
  };
  analysis.hits.forEach(signal('s'));
  analysis.regexDone.forEach(signal('s'));
  analysis.pii.forEach(signal('p'));
  ctx.detectorCache.forEach(signal('d'));
  const ownTopic = ctx.ownTopicHits.length > 0 || ctx.ownTopicSets.some((id) => setHits(analysis, id).length > 0);
  const ownOrg = ctx.ownOrgSets.some((id) => setHits(analysis, id).length > 0);
  const anyArea = setHits(analysis, 'area:*').length > 0;
  sink.name(ownTopic ? 'g:own-topic' : ownOrg ? 'g:own-org' : anyArea ? 'g:elsewhere' : 'g:no-area');
  if (SPOKESPERSON.test(ctx.role.toLowerCase())) sink.name('g:spokesperson');
  if (analysis.textLanguage === 'en') sink.name('g:english');
  for (const finding of ctx.findings) {
    sink.name(`f:${finding.category}:${finding.severity}`);
    if (finding.severity !== 'info') sink.name(`f:${finding.category}`);
    sink.name(`r:${finding.rule}`);
    // Closeness only matters together with what was said: an opinion on one's own topic weighs more.
    if (ownTopic) sink.name(`f:${finding.category}&own-topic`);
  }
  const length = analysis.text.length;
  sink.name(length < 140 ? 'g:short' : length < 400 ? 'g:medium' : 'g:long');
}
