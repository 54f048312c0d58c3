/**
 * Shipped (docs/backstop-experiment.md). The backstop's weights (./weights.list.json, written by
 * scripts/train-backstop.ts) and the sum a linear model makes of them. The file (about 25,000
 * weights since session 11, ~85 KB packed) is too large for the content scripts' 300 KB budget, so
 * it rides in the delivered rule data with the organisation packs (../data/delivered.ts); under
 * Node and in tests it is read from disk like the other word lists. A missing or malformed file
 * reads as "no model": the backstop then raises nothing and the rules work on (fail open).
 *
 * File shape (lists of strings, so the packed layout stores one entry per line):
 *   { "bias": ["<category> <bias>", ...], "threshold": ["<category> <probability>", ...],
 *     "scale": ["<category> <scale>", ...] (optional: weights are integers times the scale),
 *     "veto": ["<category> <probability>", ...] (optional: ./veto.ts demotes the rules' findings of the
 *       category to info when the model's probability for it stays below this),
 *     "<category>": ["<weight> <feature>", ...], ... }
 * A category without a threshold line is never raised (left to the rules).
 */
import { ruleDataGeneration } from '../data/delivered';
import { bundledData, memberOf, wordListOf } from '../data/word-lists';
import { runSteps, sharedReadSteps } from '../steps';
import { CATEGORIES, type Category } from '../types';

/** The post categories (the first six of CATEGORIES); profile audits stay with the rules. */
export const BACKSTOP_CATEGORIES: readonly Category[] = CATEGORIES.slice(0, CATEGORIES.indexOf('job-title-disclosure'));

export type BackstopCategory = Category;

export const WEIGHTS_PATH = 'lib/engine/backstop/weights.list.json';

export interface BackstopWeights {
  bias: Float64Array;
  threshold: Float64Array;
  /** Below this probability the rules' findings of the category are demoted (./veto.ts); 0: never. */
  veto: Float64Array;
  /**
   * Feature → its row: row k holds one weight per category (BACKSTOP_CATEGORIES order) at
   * rows[k * n .. (k + 1) * n), n = bias.length. One array for all rows, not a small array per
   * feature: some 25,000 features are read once per page, and scoring adds rows by number
   * (./weighted-sums.ts).
   */
  index: Map<string, number>;
  /** Row k's feature. */
  names: string[];
  rows: Float64Array;
}

/** Splits "<head> <rest>" at the first space. */
function split(entry: string): [string, string] {
  const space = entry.indexOf(' ');
  return space < 0 ? [entry, ''] : [entry.slice(0, space), entry.slice(space + 1)];
}

/** The weights of a parsed file, or undefined when it is missing or malformed. */
export function parseWeights(data: unknown): BackstopWeights | undefined {
  return runSteps(parseWeightSteps(data));
}

/**
 * Weight lines read per step of parseWeightSteps: about 0.3 ms warm, a few ms on cold code (the
 * whole file, ~24,500 lines, took 11-30 ms warm and up to ~100 ms cold in one step on the page).
 */
export const WEIGHT_LINES_PER_STEP = 1000;

/**
 * parseWeights in steps of `linesPerStep` weight lines, for the engine's warm-up (../engine.ts);
 * the same result to the byte (tests/unit/engine/backstop-parse-steps.test.ts).
 */
export function* parseWeightSteps(
  data: unknown,
  linesPerStep = WEIGHT_LINES_PER_STEP,
): Generator<void, BackstopWeights | undefined> {
  const n = BACKSTOP_CATEGORIES.length;
  const bias = new Float64Array(n);
  const threshold = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const veto = new Float64Array(n);
  const index = new Map<string, number>();
  const names: string[] = [];
  /**
   * Room for a row per weight line (at most one new feature each), cut to the features read at the
   * end: no array that grows and is copied again in one long last step.
   */
  let lines = 0;
  for (const category of BACKSTOP_CATEGORIES) lines += wordListOf(memberOf(data, category)).length;
  const rows = new Float64Array(lines * n);
  // Optional int8 quantisation: "<category> <scale>" lines; that category's weights are integers times it.
  const scale = new Float64Array(n).fill(1);
  const column = (name: string) => BACKSTOP_CATEGORIES.indexOf(name as BackstopCategory);
  for (const [key, target] of [
    ['bias', bias],
    ['threshold', threshold],
    ['scale', scale],
    ['veto', veto],
  ] as const) {
    for (const entry of wordListOf(memberOf(data, key))) {
      const [name, value] = split(entry);
      const c = column(name);
      const number = Number(value);
      if (c < 0 || !Number.isFinite(number)) return undefined;
      target[c] = number;
    }
  }
  let any = false;
  /** Lines from..to of category c's list. A plain function, not the generator's body: V8 optimises its loop on cold code. */
  const readLines = (entries: readonly string[], c: number, from: number, to: number) => {
    for (let line = from; line < to; line++) {
      const [value, feature] = split(entries[line]!);
      const number = Number(value) * scale[c]!;
      if (!feature || !Number.isFinite(number)) continue;
      let k = index.get(feature);
      if (k === undefined) {
        k = names.length;
        index.set(feature, k);
        names.push(feature);
      }
      rows[k * n + c] = number;
      any = true;
    }
  };
  for (let c = 0; c < n; c++) {
    const entries = wordListOf(memberOf(data, BACKSTOP_CATEGORIES[c]!));
    for (let from = 0; from < entries.length; from += linesPerStep) {
      if (from > 0) yield;
      readLines(entries, c, from, Math.min(from + linesPerStep, entries.length));
    }
  }
  return any ? { bias, threshold, veto, index, names, rows: rows.slice(0, names.length * n) } : undefined;
}

/** The weights as last read, and for which rule data generation (../data/delivered.ts). */
let read: { generation: number; weights: BackstopWeights | undefined } | undefined;
/** The read in progress (the warm-up's steps): a check that comes first finishes it instead of starting again. */
let reading: { generation: number; steps: Generator<void, BackstopWeights | undefined> } | undefined;

/**
 * The shipped weights, or undefined. In the extension they arrive with the delivered rule data
 * (../data/delivered.ts), so they are read again when a delivery is accepted: until then the content
 * script has none and the backstop raises nothing (fail open). Under Node they are read from disk.
 */
export function bundledWeights(): BackstopWeights | undefined {
  // The common case, once read: no generator per check.
  if (read?.generation === ruleDataGeneration()) return read.weights;
  return runSteps(bundledWeightSteps());
}

/** The same in steps (about 1 ms each): the engine's warm-up reads the weights with these. */
export function* bundledWeightSteps(): Generator<void, BackstopWeights | undefined> {
  return yield* sharedReadSteps<BackstopWeights | undefined>({
    kept: () => (read?.generation === ruleDataGeneration() ? { value: read.weights } : undefined),
    // A delivery accepted meanwhile makes a new generation: its weights are read from the start.
    reading: () => {
      const generation = ruleDataGeneration();
      if (reading?.generation !== generation)
        reading = { generation, steps: parseWeightSteps(bundledData(WEIGHTS_PATH)) };
      return reading.steps;
    },
    drop: () => {
      reading = undefined;
    },
    keep: (weights) => {
      read = { generation: ruleDataGeneration(), weights };
    },
  });
}

/** A feature's weights, one per category, or undefined when the model has none for it. */
export function weightRow(model: BackstopWeights, feature: string): Float64Array | undefined {
  const k = model.index.get(feature);
  const n = model.bias.length;
  return k === undefined ? undefined : model.rows.subarray(k * n, (k + 1) * n);
}

/** Each category's probability for a post's features. */
export function probabilities(model: BackstopWeights, features: readonly string[]): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const feature of features) {
    const row = weightRow(model, feature);
    if (row) for (let c = 0; c < z.length; c++) z[c]! += row[c]!;
  }
  return logistic(z);
}

/** Each category's probability from its linear sum (bias plus weights), in place. */
export function logistic(z: Float64Array): Float64Array {
  for (let c = 0; c < z.length; c++) z[c] = 1 / (1 + Math.exp(-z[c]!));
  return z;
}
