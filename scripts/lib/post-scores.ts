/**
 * Counting right and wrong findings per post category, shared by the experiments that score post lines
 * (scripts/train-veto.ts, scripts/prune-false-alarms.ts): the same F1 and macro-F1 as their docs report.
 */
import { CATEGORIES, type Category } from '../../lib/engine/types';

/** The six categories a post can raise (the profile-only ones come after them in CATEGORIES). */
export const POST_CATEGORIES: readonly Category[] = CATEGORIES.slice(0, CATEGORIES.indexOf('job-title-disclosure'));

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function emptyCounts(): Counts[] {
  return POST_CATEGORIES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
}

/** Adds one line: which categories were raised at warning/high, which were expected. */
export function countLine(counts: Counts[], raised: ReadonlySet<string>, expected: ReadonlySet<string>): void {
  POST_CATEGORIES.forEach((c, ci) => {
    const n = counts[ci]!;
    if (raised.has(c) && expected.has(c)) n.tp++;
    else if (raised.has(c)) n.fp++;
    else if (expected.has(c)) n.fn++;
  });
}

export function f1(c: Counts): number {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Macro-F1 over the six post categories (a category without any finding or expectation counts 0). */
export function macro(counts: Counts[]): number {
  return counts.reduce((sum, c) => sum + (Number.isNaN(f1(c)) ? 0 : f1(c)), 0) / counts.length;
}
