/**
 * The user's own-topic hits in a post (the `own-topic` cue). Its own module so that a detector can read them
 * without importing the rule evaluator (evaluate.ts): the options page bundles the detectors for pack checks,
 * and a value import of the evaluator pulled ~15 kB more engine code into it.
 */
import { setHits as analysisSetHits, lexiconHits } from './analysis';
import type { RunContext } from './evaluate';
import type { Hit } from './match/term-index';

/**
 * Own-topic hits that are not part of a party's name: a topic word "groen" is the first part of "groenbeheer" and
 * "groenvoorziening", but "GroenLinks" is a party (political-opinion's business), not the user's policy area.
 */
function outsidePartyNames(ctx: RunContext, hits: Hit[]): Hit[] {
  if (hits.length === 0) return hits;
  const parties = lexiconHits(ctx.analysis, 'parties');
  if (parties.length === 0) return hits;
  return hits.filter((h) => !parties.some((p) => p.start < h.end && h.start < p.end));
}

/** Hits of the user's free topic words and of their topic areas' sets, outside party names. */
export function ownTopicHits(ctx: RunContext): Hit[] {
  return outsidePartyNames(ctx, [
    ...ctx.ownTopicHits,
    ...ctx.ownTopicSets.flatMap((id) => analysisSetHits(ctx.analysis, id)),
  ]);
}

export const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

/** The lexicons the political rules anchor a judgement of a person or body on. */
export const politicalActors = (ctx: RunContext): Hit[] =>
  ['politicians', 'political-actors', 'parties'].flatMap((id) => lexiconHits(ctx.analysis, id));

/**
 * Own-topic hits that are no political actor (`detector:own-topic-subject`): for Algemene Zaken the premier and the
 * council of ministers are own topics, but "De premier liegt" judges a politician (political opinion, LABELS.md), not
 * a policy subject. The same filter as own-area-political.ts applies to the political findings it borrows.
 */
export function ownTopicSubjects(ctx: RunContext): Hit[] {
  const actors = politicalActors(ctx);
  return ownTopicHits(ctx).filter((own) => !actors.some((actor) => overlaps(own, actor)));
}
