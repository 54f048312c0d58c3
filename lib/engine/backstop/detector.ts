/**
 * Registered in ../detectors/index.ts (docs/backstop-experiment.md); rules core/backstop-<category> in
 * rules/core.json; weights in ./weights.list.json, written by scripts/train-backstop.ts.
 *
 * The backstop's detectors, "detector:backstop-<category>": a hit (the sentence that weighs most)
 * when the linear model's probability for the category reaches its threshold. The rules
 * core/backstop-<category> raise it only where no rule found the category (their exception is
 * "finding:<category>"), so the backstop adds warnings and never removes one.
 *
 * The detectors read the findings raised so far (engine signals), so they run with the rules that
 * use findings, and the first one asked computes every category's answer once for the check.
 */
import type { RunContext } from '../evaluate';
import type { Hit } from '../match/term-index';
import { backstopFeatures } from './features';
import { BACKSTOP_CATEGORIES, type BackstopWeights, bundledWeights, logistic } from './model';
import { postSums, textSums } from './weighted-sums';

interface Answer {
  /** The features read (see featuresOfCheck), listed on demand: scoring itself needs no names. */
  features: () => string[];
  hits: Hit[][];
  /** Per category, whether the model's probability stayed below its veto line (./veto.ts). */
  vetoed: boolean[];
}

const answers = new WeakMap<RunContext, Answer>();
let featuresOnly = false;

/**
 * For scripts/train-backstop.ts: compute the features but raise nothing, so the data a model is
 * trained on never depends on the weights shipped before it (the training reproduces byte for byte).
 */
export function collectFeaturesOnly(on: boolean): void {
  featuresOnly = on;
}

/**
 * The features the backstop read in this check (undefined when it was not asked): all of them with
 * collectFeaturesOnly(true), else only those the shipped weights know.
 */
export function featuresOfCheck(ctx: RunContext): string[] | undefined {
  return answers.get(ctx)?.features();
}

function answer(ctx: RunContext): Answer {
  let known = answers.get(ctx);
  if (known) return known;
  const model = featuresOnly ? undefined : bundledWeights();
  const hits: Hit[][] = BACKSTOP_CATEGORIES.map(() => []);
  if (!model) {
    // Training reads every feature by name.
    const features = backstopFeatures(ctx);
    known = { features: () => features, hits, vetoed: [] };
  } else {
    // Scoring reads only the weighted features (the others add nothing to a sum), summed as they are met.
    const sums = postSums(ctx, model);
    const p = logistic(sums.z);
    for (let c = 0; c < hits.length; c++)
      if (p[c]! >= model.threshold[c]!) hits[c] = [weightiestSentence(ctx, model, c)];
    known = { features: sums.names, hits, vetoed: BACKSTOP_CATEGORIES.map((_, c) => p[c]! < model.veto[c]!) };
  }
  answers.set(ctx, known);
  return known;
}

/** The sentence whose words add most to the category (the first on a tie): where the finding points. */
function weightiestSentence(ctx: RunContext, model: BackstopWeights, c: number): Hit {
  const { sentences, tokens } = ctx.analysis;
  let best = sentences[0]!;
  let bestSum = Number.NEGATIVE_INFINITY;
  for (const sentence of sentences) {
    const sum = textSums(model, tokens, sentence.tokenStart, sentence.tokenEnd)[c]!;
    if (sum > bestSum) {
      bestSum = sum;
      best = sentence;
    }
  }
  return { start: best.start, end: best.end, t0: -1, t1: -1 };
}

/**
 * Whether the model, at its moment among the rules, found the category unlikely enough to demote the rules'
 * findings of it (./veto.ts). False when the backstop was not asked in this check (switched off, no weights).
 */
export function backstopVetoes(ctx: RunContext, category: string): boolean {
  const c = BACKSTOP_CATEGORIES.indexOf(category as (typeof BACKSTOP_CATEGORIES)[number]);
  return answers.get(ctx)?.vetoed[c] === true;
}

export const BACKSTOP_DETECTORS: Record<string, (ctx: RunContext) => Hit[]> = Object.fromEntries(
  BACKSTOP_CATEGORIES.map((category, c) => [`backstop-${category}`, (ctx: RunContext) => answer(ctx).hits[c]!]),
);
