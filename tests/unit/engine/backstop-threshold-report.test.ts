/** The trainer's multi-threshold report (scripts/lib/backstop-threshold-report.ts). */
import { describe, expect, it } from 'vitest';
import {
  formatSweep,
  parseThresholdRequest,
  raisedWithBackstop,
  type ScoredLine,
  sweepThresholds,
} from '../../../scripts/lib/backstop-threshold-report';
import { POST_CATEGORIES } from '../../../scripts/lib/post-scores';

const OWN = POST_CATEGORIES.indexOf('own-policy-area');
const POLITICAL = POST_CATEGORIES.indexOf('political-opinion');

function line(expect: string[], rules: string[] = [], full = true): ScoredLine {
  return { full, expect: new Set(expect), rules: new Set(rules) };
}

/** Probabilities per category for the lines: `own` and `political` given per line, the rest 0. */
function probs(own: number[], political: number[] = own.map(() => 0)): Float64Array[] {
  return POST_CATEGORIES.map((_, ci) =>
    Float64Array.from(ci === OWN ? own : ci === POLITICAL ? political : own.map(() => 0)),
  );
}

describe('parseThresholdRequest', () => {
  it('reads a plain list as every category, "off" as a threshold nothing reaches', () => {
    expect(parseThresholdRequest('0.5,0.6,off')).toEqual({
      categories: [],
      candidates: [0.5, 0.6, Number.POSITIVE_INFINITY],
    });
  });

  it('reads a category prefix', () => {
    expect(parseThresholdRequest('own-policy-area:0.7,off')).toEqual({
      categories: ['own-policy-area'],
      candidates: [0.7, Number.POSITIVE_INFINITY],
    });
  });

  it('refuses unknown categories and bad numbers', () => {
    expect(() => parseThresholdRequest('own-area:0.7')).toThrow(/unknown category/);
    expect(() => parseThresholdRequest('0.7,x')).toThrow(/bad threshold/);
    expect(() => parseThresholdRequest('0.7,')).toThrow(/bad threshold/);
  });
});

describe('raisedWithBackstop', () => {
  it('adds a category only where the rules raised none and the probability reaches the threshold', () => {
    const thresholds = POST_CATEGORIES.map(() => 0.6);
    const p = (ci: number) => (ci === OWN ? 0.6 : ci === POLITICAL ? 0.59 : 0);
    expect([...raisedWithBackstop(line([]), p, thresholds)]).toEqual(['own-policy-area']);
    expect([...raisedWithBackstop(line([], ['tone']), p, thresholds)].sort()).toEqual(['own-policy-area', 'tone']);
  });
});

describe('sweepThresholds', () => {
  // Four scored lines and one extra-file line that is never scored.
  const lines = [
    line(['own-policy-area']), // backstop p 0.75: right at 0.5–0.7
    line([]), // clean, p 0.65: a false alarm at 0.5 and 0.6
    line(['own-policy-area'], ['own-policy-area']), // the rules found it: never an addition
    line([], ['political-opinion']), // clean with a rule false alarm at every threshold
    line([], [], false), // not fully labelled: not scored
  ];
  const p = probs([0.75, 0.65, 0.9, 0.1, 0.99]);
  const base = POST_CATEGORIES.map(() => 0.6);

  it('scores the same probabilities at each candidate of one category', () => {
    const rows = sweepThresholds(lines, p, base, parseThresholdRequest('own-policy-area:0.5,0.7,off'));
    expect(rows.map((r) => r.counts[OWN])).toEqual([
      { tp: 2, fp: 1, fn: 0 },
      { tp: 2, fp: 0, fn: 0 },
      { tp: 1, fp: 0, fn: 1 },
    ]);
    expect(rows.map((r) => r.added[OWN])).toEqual([
      { right: 1, wrong: 1 },
      { right: 1, wrong: 0 },
      { right: 0, wrong: 0 },
    ]);
    expect(rows.map((r) => `${r.alarms}/${r.clean}`)).toEqual(['2/2', '1/2', '1/2']);
  });

  it('keeps the other categories at their base thresholds, or varies all of them', () => {
    const political = probs([0, 0, 0, 0, 0], [0.3, 0.3, 0, 0, 0]);
    const one = sweepThresholds(lines, political, base, parseThresholdRequest('own-policy-area:0.2'));
    expect(one[0]!.counts[POLITICAL]).toEqual({ tp: 0, fp: 1, fn: 0 });
    const all = sweepThresholds(lines, political, base, parseThresholdRequest('0.2'));
    expect(all[0]!.counts[POLITICAL]).toEqual({ tp: 0, fp: 3, fn: 0 });
  });

  it('formats a table with the varied category only', () => {
    const request = parseThresholdRequest('own-policy-area:0.7,off');
    const text = formatSweep('t', sweepThresholds(lines, p, base, request), request).join('\n');
    expect(text).toContain('threshold 0.70');
    expect(text).toContain('threshold  off');
    expect(text).toContain('own-policy-area      1.00/1.00/1.000 (2 0 0) added 1/0');
    expect(text).not.toContain('political-opinion');
  });
});
