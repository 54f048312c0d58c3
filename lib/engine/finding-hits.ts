/**
 * The findings raised so far at warning or above, as hits: what the `finding:<category>` and `rule:<id>` cues
 * read, and the own-area political cue's detector too. Its own module so that a detector can read them without
 * importing the rule evaluator (evaluate.ts), which would pull it into the options page's bundle.
 */
import type { RunContext } from './evaluate';
import type { Hit } from './match/term-index';
import type { Finding } from './types';

export function findingHits(ctx: RunContext, keep: (finding: Finding) => boolean): Hit[] {
  return ctx.findings
    .filter((f) => keep(f) && f.severity !== 'info')
    .map((f) => ({ start: f.start, end: f.end, t0: -1, t1: -1 }));
}
