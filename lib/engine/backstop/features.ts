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

/** Text features of tokens [from, to): words, word pairs (not across punctuation), pieces inside words. */
export function textFeatures(tokens: readonly Token[], from: number, to: number, out: Set<string>): void {
  let previous = '';
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    if (token.kind === 'punct') {
      if (token.text === '!' || token.text === '?') out.add(`w:${token.text}`);
      previous = '';
      continue;
    }
    if (token.kind === 'emoji') {
      out.add(`w:${token.text}`);
      previous = '';
      continue;
    }
    const word = token.kind === 'number' ? '#num' : fold(token.text);
    out.add(`w:${word}`);
    if (previous) out.add(`b:${previous}_${word}`);
    previous = word;
    if (token.kind !== 'word' || word.length < 4) continue;
    const padded = `<${word}>`;
    for (let n = 4; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
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
