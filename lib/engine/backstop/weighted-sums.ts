/**
 * The backstop's linear sums read straight from a check's features, without listing their names first.
 * Scoring used to collect the weighted feature names of a post in a Set of strings, then look each
 * one up again in the weights map: a string hash per feature, twice, for a few hundred features per
 * check (about a twelfth of a 280-character check's CPU time). Here a model's weighted features are
 * numbered (their rows, as model.ts reads them), each word keeps its features' numbers for that model, and a check adds the rows of
 * the numbers it meets for the first time: the same features in the same order as the Set held them,
 * so the same sums to the last bit.
 */
import type { RunContext } from '../evaluate';
import { kindSetId } from '../set-ids';
import type { Token } from '../text/tokenizer';
import {
  engineFeatures,
  type FeatureSink,
  PAIR_CACHE_SIZE,
  pairFeature,
  readTextFeatures,
  type WordFeatures,
} from './features';
import type { BackstopWeights } from './model';

/** A model's rows (model.ts: feature k's weights at rows[k * width ..]) and the scoring marks kept with them. */
interface FeatureTable {
  index: Map<string, number>;
  names: string[];
  rows: Float64Array;
  /** Categories per row. */
  width: number;
  /** stamps[k] === stamp: feature k was already added in the current sum (no Set per sum). */
  stamps: Uint32Array;
  stamp: number;
  /**
   * Numbers of engine signals (`<kind>:<name>`, -1: no weight) by kind, then name. A check meets a few
   * hundred (every set, recogniser and detector that hit); looking each up here, in a map of the names
   * met so far, replaced making its id and looking that up among all ~25,000 weighted names, which cost
   * ~2% of a 3,000-character check (CPU profile).
   */
  signals: Map<string, Map<string, number>>;
}

/** A word's features as one model numbers them (-1: no weight), kept on the word (WordFeatures.scored). */
export interface ScoredWord {
  table: FeatureTable;
  word: number;
  /** Numbers of its weighted pieces, in the word's order. */
  pieces: number[];
  /** Number of `b:<word>_<next>` by the next word's spelling, made on first use. */
  pairs: Map<string, number> | undefined;
}

const tables = new WeakMap<BackstopWeights, FeatureTable>();
/** Engine signal names remembered per kind (see FeatureTable.signals). */
const SIGNAL_CACHE_SIZE = 4096;

function tableOf(model: BackstopWeights): FeatureTable {
  let table = tables.get(model);
  if (!table) {
    const { index, names, rows } = model;
    table = {
      index,
      names,
      rows,
      width: model.bias.length,
      stamps: new Uint32Array(names.length),
      stamp: 0,
      signals: new Map(),
    };
    tables.set(model, table);
  }
  return table;
}

function numberOf(table: FeatureTable, name: string): number {
  return table.index.get(name) ?? -1;
}

/** The word's numbers for this model, worked out once per spelling and model. */
function scoredWord(own: WordFeatures, table: FeatureTable): ScoredWord {
  let scored = own.scored;
  if (scored?.table !== table) {
    const pieces: number[] = [];
    for (let k = 1; k < own.names.length; k++) {
      const number = numberOf(table, own.names[k]!);
      if (number >= 0) pieces.push(number);
    }
    scored = { table, word: numberOf(table, own.names[0]!), pieces, pairs: undefined };
    own.scored = scored;
  }
  return scored;
}

/**
 * Adds each weighted feature's row once (the first time it is met) to `sums`, and remembers the
 * order it met them in (the names a Set of weighted features would have listed).
 */
class WeightedSums implements FeatureSink {
  readonly order: number[] = [];

  constructor(
    private readonly table: FeatureTable,
    readonly sums: Float64Array,
  ) {
    // A fresh stamp marks nothing added yet; after 2^32 sums the stamps start over.
    if (table.stamp === 0xffffffff) {
      table.stamps.fill(0);
      table.stamp = 0;
    }
    table.stamp++;
  }

  private add(k: number): void {
    const table = this.table;
    if (k < 0 || table.stamps[k] === table.stamp) return;
    table.stamps[k] = table.stamp;
    this.order.push(k);
    const { rows, width } = table;
    const sums = this.sums;
    for (let c = 0, at = k * width; c < width; c++, at++) sums[c]! += rows[at]!;
  }

  word(own: WordFeatures): void {
    this.add(scoredWord(own, this.table).word);
  }

  pair(previous: WordFeatures, previousWord: string, word: string): void {
    const scored = scoredWord(previous, this.table);
    let pairs = scored.pairs;
    if (!pairs) {
      pairs = new Map();
      scored.pairs = pairs;
    }
    let k = pairs.get(word);
    if (k === undefined) {
      k = numberOf(this.table, pairFeature(previous, previousWord, word));
      if (pairs.size >= PAIR_CACHE_SIZE) pairs.clear();
      pairs.set(word, k);
    }
    this.add(k);
  }

  pieces(own: WordFeatures): void {
    const pieces = scoredWord(own, this.table).pieces;
    for (let i = 0; i < pieces.length; i++) this.add(pieces[i]!);
  }

  signal(kind: string, name: string): void {
    const table = this.table;
    let byName = table.signals.get(kind);
    if (!byName) {
      byName = new Map();
      table.signals.set(kind, byName);
    }
    let k = byName.get(name);
    if (k === undefined) {
      k = numberOf(table, kindSetId(kind, name));
      // Names come from the model's sets, recognisers and detectors: custom packs may add more.
      if (byName.size >= SIGNAL_CACHE_SIZE) byName.clear();
      byName.set(name, k);
    }
    this.add(k);
  }

  name(name: string): void {
    this.add(numberOf(this.table, name));
  }
}

/** A post's sums: the model's bias plus the weights of every weighted feature (text and engine signals). */
export interface PostSums {
  /** Per category, the linear sum before the logistic function. */
  z: Float64Array;
  /** The weighted feature names in the order they were met (backstopFeatures(ctx) without the names the model has no weight for). */
  names: () => string[];
}

export function postSums(ctx: RunContext, model: BackstopWeights): PostSums {
  const table = tableOf(model);
  const sink = new WeightedSums(table, Float64Array.from(model.bias));
  readTextFeatures(ctx.analysis.tokens, 0, ctx.analysis.tokens.length, sink);
  engineFeatures(ctx, sink);
  const { order } = sink;
  return { z: sink.sums, names: () => order.map((k) => table.names[k]!) };
}

/** Per category, the sum of the weights of the text features of tokens [from, to) (each feature once). */
export function textSums(model: BackstopWeights, tokens: readonly Token[], from: number, to: number): Float64Array {
  const sink = new WeightedSums(tableOf(model), new Float64Array(model.bias.length));
  readTextFeatures(tokens, from, to, sink);
  return sink.sums;
}
