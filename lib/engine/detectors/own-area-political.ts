/**
 * The political findings `core/own-area-opinion` may borrow as its opinion cue.
 *
 * A political finding says someone judges a politician, party or policy. It says something about the
 * user's own area only when what it judges is a subject of that area. When the finding sits on a word that
 * is at once a political actor and the user's own topic (the premier or the council of ministers for
 * Algemene Zaken, the mayor for a town hall), the post judges a person or body in politics: political
 * opinion, not an opinion on a policy subject (LABELS.md). Every other political finding still counts,
 * so "Dit kabinet maakt van het klimaat een puinhoop" keeps its cue.
 *
 * Reads the findings raised so far, like the post-frame detectors: only for late rules.
 */
import type { RunContext } from '../evaluate';
import { findingHits } from '../finding-hits';
import type { Hit } from '../match/term-index';
import { overlaps, ownTopicHits, politicalActors } from '../own-topic-hits';

export function detectOwnAreaPoliticalCue(ctx: RunContext): Hit[] {
  const ownTopic = ownTopicHits(ctx);
  const ownActors = politicalActors(ctx).filter((actor) => ownTopic.some((own) => overlaps(own, actor)));
  // The political findings so far, as the `finding:political-opinion` cue reads them.
  return findingHits(ctx, (f) => f.category === 'political-opinion').filter(
    (finding) => !ownActors.some((actor) => overlaps(finding, actor)),
  );
}
