/**
 * The backstop trainer's multi-threshold report (scripts/train-backstop.ts --report-thresholds=…):
 * the models are trained once per fold, and the same out-of-fold probabilities are scored at several
 * thresholds, so choosing a threshold costs one training instead of one per candidate
 * (docs/backstop-experiment.md, session 12).
 *
 * The backstop adds a category only where the rules raised no warning/high finding of it and the
 * probability reaches the threshold; it never removes one (lib/engine/backstop/detector.ts). "off" is a
 * threshold no probability reaches.
 */
import { type Counts, countLine, emptyCounts, f1, macro, POST_CATEGORIES } from './post-scores';

/** One scored post line: its labels and the categories the rules raised at warning or above. */
export interface ScoredLine {
  /** Labelled for every category (not an extra-* file): only these are scored. */
  full: boolean;
  expect: ReadonlySet<string>;
  rules: ReadonlySet<string>;
}

/** What --report-thresholds asks: the candidates, and which categories they replace (all when empty). */
export interface ThresholdRequest {
  categories: string[];
  candidates: number[];
}

/**
 * "0.5,0.6,off" (every category at once) or "own-policy-area:0.5,0.6,off" (that category; the others
 * keep their thresholds). "off" reads as +Infinity.
 */
export function parseThresholdRequest(spec: string): ThresholdRequest {
  const colon = spec.indexOf(':');
  const categories = colon < 0 ? [] : spec.slice(0, colon).split('+');
  for (const c of categories)
    if (!POST_CATEGORIES.includes(c as (typeof POST_CATEGORIES)[number]))
      throw new Error(`--report-thresholds: unknown category "${c}"`);
  const candidates = spec
    .slice(colon + 1)
    .split(',')
    .map((t) => {
      const value = t.trim() === 'off' ? Number.POSITIVE_INFINITY : Number(t);
      if (Number.isNaN(value) || t.trim() === '') throw new Error(`--report-thresholds: bad threshold "${t}"`);
      return value;
    });
  return { categories, candidates };
}

/** The categories raised on a line: the rules' plus those the backstop adds at these thresholds. */
export function raisedWithBackstop(
  line: ScoredLine,
  probability: (categoryIndex: number) => number,
  thresholds: readonly number[],
): Set<string> {
  const raised = new Set(line.rules);
  POST_CATEGORIES.forEach((c, ci) => {
    if (!line.rules.has(c) && probability(ci) >= thresholds[ci]!) raised.add(c);
  });
  return raised;
}

export interface SweepRow {
  /** The candidate threshold (+Infinity: the varied categories' additions off). */
  threshold: number;
  /** Per post category (POST_CATEGORIES order), rules plus backstop. */
  counts: Counts[];
  /** Per post category, the backstop's additions: right (expected) and wrong. */
  added: Array<{ right: number; wrong: number }>;
  /** Clean lines (no expected category) with any warning/high category raised, and the clean lines. */
  alarms: number;
  clean: number;
}

/**
 * Scores the lines once per candidate. `probs[ci][i]` is line i's out-of-fold probability for category
 * ci; `base` the thresholds of the categories the request does not vary.
 */
export function sweepThresholds(
  lines: readonly ScoredLine[],
  probs: readonly Float64Array[],
  base: readonly number[],
  request: ThresholdRequest,
): SweepRow[] {
  const varied = (c: string) => request.categories.length === 0 || request.categories.includes(c);
  return request.candidates.map((threshold) => {
    const thresholds = POST_CATEGORIES.map((c, ci) => (varied(c) ? threshold : base[ci]!));
    const counts = emptyCounts();
    const added = POST_CATEGORIES.map(() => ({ right: 0, wrong: 0 }));
    let alarms = 0;
    let clean = 0;
    lines.forEach((line, i) => {
      if (!line.full) return;
      const raised = raisedWithBackstop(line, (ci) => probs[ci]![i]!, thresholds);
      countLine(counts, raised, line.expect);
      POST_CATEGORIES.forEach((c, ci) => {
        if (!raised.has(c) || line.rules.has(c)) return;
        if (line.expect.has(c)) added[ci]!.right++;
        else added[ci]!.wrong++;
      });
      if (line.expect.size === 0) {
        clean++;
        if (raised.size > 0) alarms++;
      }
    });
    return { threshold, counts, added, alarms, clean };
  });
}

function two(n: number): string {
  return Number.isNaN(n) ? '  - ' : n.toFixed(2);
}

function label(threshold: number): string {
  return Number.isFinite(threshold) ? threshold.toFixed(2) : 'off';
}

/** One category's figures in a row: "P/R/F1 (tp fp fn) +right/-wrong". */
export function categoryCell(row: SweepRow, ci: number): string {
  const c = row.counts[ci]!;
  const a = row.added[ci]!;
  return `${two(c.tp / (c.tp + c.fp))}/${two(c.tp / (c.tp + c.fn))}/${f1(c).toFixed(3)} (${c.tp} ${c.fp} ${c.fn}) added ${a.right}/${a.wrong}`;
}

/** The categories a request varies (every post category when it names none), with their index. */
function variedCategories(request: ThresholdRequest): Array<readonly [string, number]> {
  return POST_CATEGORIES.map((c, ci) => [c, ci] as const).filter(
    ([c]) => request.categories.length === 0 || request.categories.includes(c),
  );
}

/** The printed table: per candidate, every category (or only the varied ones), macro-F1 and alarms. */
export function formatSweep(title: string, rows: readonly SweepRow[], request: ThresholdRequest): string[] {
  const shown = variedCategories(request);
  const out = [`\n== ${title}: thresholds ${request.categories.join('+') || 'of every category'}`];
  for (const row of rows) {
    out.push(
      `threshold ${label(row.threshold).padStart(4)}  macro-F1 ${macro(row.counts).toFixed(3)}  false alarms ${row.alarms}/${row.clean}`,
    );
    for (const [c, ci] of shown) out.push(`  ${c.padEnd(20)} ${categoryCell(row, ci)}`);
  }
  return out;
}

/** One line per fold and candidate for the varied categories: "fold t tp fp fn added right/wrong alarms". */
export function formatSweepFold(fold: string, rows: readonly SweepRow[], request: ThresholdRequest): string[] {
  return rows.map((row) => {
    const cells = variedCategories(request).map(([c, ci]) => `${c} ${categoryCell(row, ci)}`);
    return `${fold.padEnd(14)} ${label(row.threshold).padStart(4)}  ${cells.join('  ')}  alarms ${row.alarms}/${row.clean}`;
  });
}
