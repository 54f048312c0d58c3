/**
 * Features of the statistical backstop (docs/backstop-experiment.md): what a small linear model reads from a post.
 * Text features generalise over phrasings no rule lists (lowercased words and word pairs, 4- and 5-letter
 * pieces inside words for inflections and compounds: "wanbeleid", "sukkelachtig"); engine signals carry
 * what only the engine knows (the user's profile: own topic, own organisation, role; which lexicons,
 * recognisers and detectors hit; the rules' own findings). Pure and deterministic: same input, same list.
 */
import { setHits } from '../analysis';
import type { RunContext } from '../evaluate';
import { fold } from '../text/normalize';
import type { Token } from '../text/tokenizer';

const SPOKESPERSON = /woordvoer|communicatieadvis|spokes|press officer/;

/** Distinct feature names of a checked post, in a fixed order. */
export function backstopFeatures(ctx: RunContext): string[] {
  const out = new Set<string>();
  textFeatures(ctx.analysis.tokens, 0, ctx.analysis.tokens.length, out);
  engineFeatures(ctx, out);
  return [...out];
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
    known = { names, pairs: undefined };
    if (cache.size >= WORD_CACHE_SIZE) cache.clear();
    cache.set(word, known);
  }
  return known;
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

/** Text features of tokens [from, to): words, word pairs (not across punctuation), pieces inside words. */
export function textFeatures(tokens: readonly Token[], from: number, to: number, out: Set<string>): void {
  let previous: WordFeatures | undefined;
  let previousWord = '';
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    if (token.kind === 'punct') {
      if (token.text === '!') out.add('w:!');
      else if (token.text === '?') out.add('w:?');
      previous = undefined;
      continue;
    }
    if (token.kind === 'emoji') {
      out.add(wordFeatures(token.text, false).names[0]!);
      previous = undefined;
      continue;
    }
    const word = token.kind === 'number' ? '#num' : fold(token.text);
    const own = wordFeatures(word, token.kind === 'word' && word.length >= 4);
    const names = own.names;
    // In the order features were always listed: the word, the pair ending in it, then its pieces.
    out.add(names[0]!);
    if (previous) out.add(pairFeature(previous, previousWord, word));
    for (let k = 1; k < names.length; k++) out.add(names[k]!);
    // An empty spelling starts no pair (as an empty previous word never did).
    previous = word ? own : undefined;
    previousWord = word;
  }
}

function engineFeatures(ctx: RunContext, out: Set<string>): void {
  const { analysis } = ctx;
  for (const [id, hits] of analysis.hits) if (hits.length > 0) out.add(`s:${id}`);
  for (const [id, hits] of analysis.regexDone) if (hits.length > 0) out.add(`s:${id}`);
  for (const [kind, hits] of analysis.pii) if (hits.length > 0) out.add(`p:${kind}`);
  for (const [name, hits] of ctx.detectorCache) if (hits.length > 0) out.add(`d:${name}`);
  const ownTopic = ctx.ownTopicHits.length > 0 || ctx.ownTopicSets.some((id) => setHits(analysis, id).length > 0);
  const ownOrg = ctx.ownOrgSets.some((id) => setHits(analysis, id).length > 0);
  const anyArea = setHits(analysis, 'area:*').length > 0;
  out.add(ownTopic ? 'g:own-topic' : ownOrg ? 'g:own-org' : anyArea ? 'g:elsewhere' : 'g:no-area');
  if (SPOKESPERSON.test(ctx.role.toLowerCase())) out.add('g:spokesperson');
  if (analysis.textLanguage === 'en') out.add('g:english');
  for (const finding of ctx.findings) {
    out.add(`f:${finding.category}:${finding.severity}`);
    if (finding.severity !== 'info') out.add(`f:${finding.category}`);
    out.add(`r:${finding.rule}`);
    // Closeness only matters together with what was said: an opinion on one's own topic weighs more.
    if (ownTopic) out.add(`f:${finding.category}&own-topic`);
  }
  const length = analysis.text.length;
  out.add(length < 140 ? 'g:short' : length < 400 ? 'g:medium' : 'g:long');
}
