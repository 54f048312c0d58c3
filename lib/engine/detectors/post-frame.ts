/**
 * Post-wide frames, for exceptions that must see the whole post.
 *
 * A rule's `exceptions` look only at the matched sentence, but what a post IS is often said in
 * another sentence: one person's case told first ("Gedetineerde R. zit op dag 9...") and a policy
 * word in the next ("Advocaat belt elke dag"), or an insult at people in the last sentence
 * ("...wat een stelletje holbewoners. Ruim je rotzooi op, varkens."). Every corpus author labels
 * such posts victim-privacy or tone, never own-policy-area (tests/corpus/README.md: "Individual case
 * details alone are not own-policy-area"). These detectors answer for the whole post and return an
 * empty hit at the start of every sentence when the frame holds, so the exception cue
 * "detector:<name>" excludes every sentence of that post.
 *
 * They read the findings raised so far: rules that use findings run after all others (model.ts), and
 * the detector cache keeps the first answer, so they belong in exceptions of such late rules only.
 */
import type { RunContext } from '../evaluate';
import type { Hit } from '../match/term-index';

function everySentence(ctx: RunContext): Hit[] {
  return ctx.analysis.sentences.map((s) => ({ start: s.start, end: s.start, t0: -1, t1: -1 }));
}

function raised(ctx: RunContext, category: string): boolean {
  return ctx.findings.some((f) => f.category === category && f.severity !== 'info');
}

/** The post tells about one identifiable person in a case or incident (a victim-privacy finding anywhere). */
export function detectPostCaseDetail(ctx: RunContext): Hit[] {
  return raised(ctx, 'victim-privacy') ? everySentence(ctx) : [];
}

/**
 * The post insults or mocks people (a tone finding anywhere) and judges no politician, party or
 * policy (no political-opinion finding): a rant at tourists, callers or litterers, not a view on
 * the author's policy area.
 */
export function detectPostInsultOnly(ctx: RunContext): Hit[] {
  return raised(ctx, 'tone') && !raised(ctx, 'political-opinion') ? everySentence(ctx) : [];
}
