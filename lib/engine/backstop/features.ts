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
import { fold } from '../text/normalize';
import type { Token } from '../text/tokenizer';

const SPOKESPERSON = /woordvoer|communicatieadvis|spokes|press officer/;

/**
 * Names a model has a weight for: given to the feature functions, they list only those. A feature
 * without a weight adds nothing to a model's sum, so scoring needs only the weighted ones (a few
 * thousand names, most of a text's hundreds of features are not among them: a far smaller Set).
 */
export type WeightedNames = ReadonlyMap<string, unknown>;

/** Distinct feature names of a checked post, in a fixed order (only those in `only`, when given). */
export function backstopFeatures(ctx: RunContext, only?: WeightedNames): string[] {
  const out = new Set<string>();
  textFeatures(ctx.analysis.tokens, 0, ctx.analysis.tokens.length, out, only);
  engineFeatures(ctx, out, only);
  return [...out];
}

function addFeature(out: Set<string>, name: string, only: WeightedNames | undefined): void {
  if (only === undefined || only.has(name)) out.add(name);
}

/**
 * A word's own feature names, made once per spelling and reused by every check: `w:<word>` first,
 * then (for a word token of four or more letters) its 4- and 5-letter pieces in text order. Building
 * these strings afresh (hundreds per check) and hashing them in the Set and the weights map was a
 * tenth of a 280-character check and most of its garbage.
 */
interface WordFeatures {
  names: string[];
  /** `b:<this>_<next>` by the next word's spelling, made on first use (see pairFeature). */
  pairs: Map<string, string> | undefined;
  /** `names` as a model reads them (see weightedNames), for the last model asked. */
  weighted: WeightedWord | undefined;
}

/** A word's names that a model has a weight for, in the same order: the word's own, then its pieces. */
interface WeightedWord {
  model: WeightedNames;
  word: string | undefined;
  pieces: string[];
}

/** Distinct spellings remembered (a long session meets many): cleared when full, as fold's cache is. */
const WORD_CACHE_SIZE = 20000;
/** Following words remembered per word ("de" is followed by hundreds). */
const PAIR_CACHE_SIZE = 256;
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
    known = { names, pairs: undefined, weighted: undefined };
    if (cache.size >= WORD_CACHE_SIZE) cache.clear();
    cache.set(word, known);
  }
  return known;
}

/**
 * The word's names that `only` has a weight for, worked out once per spelling and model: a text's
 * words are mostly common ones, so each check looked up the same dozen pieces of the same words in
 * the weights map again (a twelfth of a 280-character check's CPU time).
 */
function weightedNames(own: WordFeatures, only: WeightedNames): WeightedWord {
  let weighted = own.weighted;
  if (weighted?.model !== only) {
    const [word, ...pieces] = own.names;
    weighted = {
      model: only,
      word: only.has(word!) ? word : undefined,
      pieces: pieces.filter((name) => only.has(name)),
    };
    own.weighted = weighted;
  }
  return weighted;
}

/** `b:<previous>_<word>`, the same string object each time the pair recurs. */
function pairFeature(previous: WordFeatures, previousWord: string, word: string): string {
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

/** Text features of tokens [from, to): words, word pairs (not across punctuation), pieces inside words (see backstopFeatures for `only`). */
export function textFeatures(
  tokens: readonly Token[],
  from: number,
  to: number,
  out: Set<string>,
  only?: WeightedNames,
): void {
  let previous: WordFeatures | undefined;
  let previousWord = '';
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    if (token.kind === 'punct') {
      if (token.text === '!') addFeature(out, 'w:!', only);
      else if (token.text === '?') addFeature(out, 'w:?', only);
      previous = undefined;
      continue;
    }
    if (token.kind === 'emoji') {
      addFeature(out, wordFeatures(token.text, false).names[0]!, only);
      previous = undefined;
      continue;
    }
    const word = token.kind === 'number' ? '#num' : fold(token.text);
    const own = wordFeatures(word, token.kind === 'word' && word.length >= 4);
    // In the order features were always listed: the word, the pair ending in it, then its pieces.
    if (only === undefined) {
      const names = own.names;
      out.add(names[0]!);
      if (previous) out.add(pairFeature(previous, previousWord, word));
      for (let k = 1; k < names.length; k++) out.add(names[k]!);
    } else {
      const weighted = weightedNames(own, only);
      if (weighted.word !== undefined) out.add(weighted.word);
      if (previous) addFeature(out, pairFeature(previous, previousWord, word), only);
      for (const name of weighted.pieces) out.add(name);
    }
    // An empty spelling starts no pair (as an empty previous word never did).
    previous = word ? own : undefined;
    previousWord = word;
  }
}

function engineFeatures(ctx: RunContext, out: Set<string>, only: WeightedNames | undefined): void {
  const { analysis } = ctx;
  // forEach, not for...of: no [key, value] pair made per entry (a few hundred per check).
  const signal = (kind: string) => (hits: readonly unknown[], name: string) => {
    if (hits.length > 0) addFeature(out, kindSetId(kind, name), only);
  };
  analysis.hits.forEach(signal('s'));
  analysis.regexDone.forEach(signal('s'));
  analysis.pii.forEach(signal('p'));
  ctx.detectorCache.forEach(signal('d'));
  const ownTopic = ctx.ownTopicHits.length > 0 || ctx.ownTopicSets.some((id) => setHits(analysis, id).length > 0);
  const ownOrg = ctx.ownOrgSets.some((id) => setHits(analysis, id).length > 0);
  const anyArea = setHits(analysis, 'area:*').length > 0;
  addFeature(out, ownTopic ? 'g:own-topic' : ownOrg ? 'g:own-org' : anyArea ? 'g:elsewhere' : 'g:no-area', only);
  if (SPOKESPERSON.test(ctx.role.toLowerCase())) addFeature(out, 'g:spokesperson', only);
  if (analysis.textLanguage === 'en') addFeature(out, 'g:english', only);
  for (const finding of ctx.findings) {
    addFeature(out, `f:${finding.category}:${finding.severity}`, only);
    if (finding.severity !== 'info') addFeature(out, `f:${finding.category}`, only);
    addFeature(out, `r:${finding.rule}`, only);
    // Closeness only matters together with what was said: an opinion on one's own topic weighs more.
    if (ownTopic) addFeature(out, `f:${finding.category}&own-topic`, only);
  }
  const length = analysis.text.length;
  addFeature(out, length < 140 ? 'g:short' : length < 400 ? 'g:medium' : 'g:long', only);
}
