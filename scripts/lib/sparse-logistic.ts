/**
 * Sparse logistic regression by full-batch FTRL-proximal (L1 + L2), weights in whole hundredths: the
 * trainer of the backstop (scripts/train-backstop.ts) and of the veto experiment (scripts/train-veto.ts).
 * The L1 term sets most weights to exactly zero during training, so the model chooses which few features
 * carry a category instead of losing the small weights' share to a cut afterwards.
 */

export interface SparseOptions {
  l1: number;
  l2: number;
  iterations: number;
  rate: number;
  /** Features seen in fewer training rows than this get no weight. */
  minDf: number;
  /** Weight of a positive example against a negative one. */
  positiveWeight: number;
}

export interface SparseModel {
  bias: number;
  /** One weight per feature index, whole hundredths (0 for most). */
  weights: Float64Array;
}

/**
 * The backstop's settings of round 2 (docs/backstop-experiment.md), with which the veto experiment was
 * trained and measured; they are not the shipped backstop's any more. The backstop keeps its own DEFAULTS in
 * scripts/train-backstop.ts: positive lines weigh 2 there (1 here), and since session 31 it trains 600
 * iterations (150 here) with its own L1 per category.
 */
export const SPARSE_DEFAULTS: SparseOptions = {
  l1: 0.12,
  l2: 0.01,
  iterations: 150,
  rate: 0.1,
  minDf: 3,
  positiveWeight: 1,
};

export const WEIGHT_SCALE = 0.01;

/** Trains on rows of feature indices (< width) with 0/1 labels; deterministic; weights in whole hundredths. */
export function trainSparse(rows: Int32Array[], labels: Uint8Array, width: number, o: SparseOptions): SparseModel {
  return roundSparse(fitSparse(rows, labels, width, o));
}

/** The FTRL-proximal fit itself, weights unrounded (0 for the features seen in fewer than o.minDf rows). */
export function fitSparse(rows: Int32Array[], labels: Uint8Array, width: number, o: SparseOptions): SparseModel {
  const df = new Int32Array(width);
  for (const row of rows) for (let k = 0; k < row.length; k++) df[row[k]!]!++;
  const usable = rows.map((row) => row.filter((f) => df[f]! >= o.minDf));
  const w = new Float64Array(width + 1);
  const z = new Float64Array(width + 1);
  const n = new Float64Array(width + 1);
  const grad = new Float64Array(width + 1);
  let totalWeight = 0;
  for (let i = 0; i < labels.length; i++) totalWeight += labels[i] ? o.positiveWeight : 1;
  for (let it = 1; it <= o.iterations; it++) {
    grad.fill(0);
    for (let i = 0; i < usable.length; i++) {
      const row = usable[i]!;
      let s = w[width]!;
      for (let k = 0; k < row.length; k++) s += w[row[k]!]!;
      const p = 1 / (1 + Math.exp(-s));
      const y = labels[i]!;
      const g = ((p - y) * (y ? o.positiveWeight : 1)) / totalWeight;
      for (let k = 0; k < row.length; k++) grad[row[k]!]! += g;
      grad[width]! += g;
    }
    for (let f = 0; f <= width; f++) {
      if (f < width && df[f]! < o.minDf) continue;
      const g = grad[f]!;
      const sigma = (Math.sqrt(n[f]! + g * g) - Math.sqrt(n[f]!)) / o.rate;
      z[f]! += g - sigma * w[f]!;
      n[f]! += g * g;
      const l1 = f < width ? o.l1 : 0;
      const l2 = f < width ? o.l2 : 0;
      const zf = z[f]!;
      w[f] = Math.abs(zf) <= l1 ? 0 : -(zf - Math.sign(zf) * l1) / ((1e-4 + Math.sqrt(n[f]!)) / o.rate + l2);
    }
  }
  return { bias: w[width]!, weights: w.slice(0, width) };
}

/**
 * The model as stored: weights in whole hundredths (integers times WEIGHT_SCALE in the weights file:
 * fewer bytes than decimals), the bias to three decimals, no "-0". Every figure is measured with
 * exactly these weights. (int8 at max/127 per category was tried for the backstop: steps of ~0.02
 * cost one more false alarm in its check 2.)
 */
export function roundSparse(model: SparseModel): SparseModel {
  const weights = model.weights.map((x) => {
    const r = Math.round(x / WEIGHT_SCALE) * WEIGHT_SCALE;
    return r === 0 ? 0 : r;
  });
  const bias = Number(model.bias.toFixed(3));
  return { bias: bias === 0 ? 0 : bias, weights };
}

/** The model's probability for a row of feature indices (indices < 0 are unknown features). */
export function sparseProbability(model: SparseModel, row: Int32Array): number {
  let s = model.bias;
  for (let k = 0; k < row.length; k++) if (row[k]! >= 0) s += model.weights[row[k]!]!;
  return 1 / (1 + Math.exp(-s));
}
