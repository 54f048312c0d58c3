/**
 * The backstop's ~25,000 weights are read in steps (parseWeightSteps in lib/engine/backstop/model.ts)
 * by the engine's warm-up, so a page gets no 11-100 ms task for them: the same result to the byte as
 * the one-step read they replace, at any step size, and a check that needs the weights before the
 * warm-up read them finishes the read in progress instead of starting another.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  BACKSTOP_CATEGORIES,
  type BackstopCategory,
  type BackstopWeights,
  parseWeightSteps,
  parseWeights,
  WEIGHT_LINES_PER_STEP,
  WEIGHTS_PATH,
} from '../../../lib/engine/backstop/model';
import { bundledData, memberOf, wordListOf } from '../../../lib/engine/data/word-lists';
import { runSteps } from '../../../lib/engine/steps';

/**
 * The one-step parse as it was before the steps (main at 4fb0add), kept here unchanged as the
 * reference the stepped read must equal.
 */
function oneStepParse(data: unknown): BackstopWeights | undefined {
  const split = (entry: string): [string, string] => {
    const space = entry.indexOf(' ');
    return space < 0 ? [entry, ''] : [entry.slice(0, space), entry.slice(space + 1)];
  };
  const n = BACKSTOP_CATEGORIES.length;
  const bias = new Float64Array(n);
  const threshold = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const veto = new Float64Array(n);
  const index = new Map<string, number>();
  const names: string[] = [];
  const rows: number[] = [];
  const column = (name: string) => BACKSTOP_CATEGORIES.indexOf(name as BackstopCategory);
  for (const [key, target] of [
    ['bias', bias],
    ['threshold', threshold],
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
  const scale = new Float64Array(n).fill(1);
  for (const entry of wordListOf(memberOf(data, 'scale'))) {
    const [name, value] = split(entry);
    const c = column(name);
    const number = Number(value);
    if (c < 0 || !Number.isFinite(number)) return undefined;
    scale[c] = number;
  }
  let any = false;
  BACKSTOP_CATEGORIES.forEach((category, c) => {
    for (const entry of wordListOf(memberOf(data, category))) {
      const [value, feature] = split(entry);
      const number = Number(value) * scale[c]!;
      if (!feature || !Number.isFinite(number)) continue;
      let k = index.get(feature);
      if (k === undefined) {
        k = names.length;
        index.set(feature, k);
        names.push(feature);
        for (let other = 0; other < n; other++) rows.push(0);
      }
      rows[k * n + c] = number;
      any = true;
    }
  });
  return any ? { bias, threshold, veto, index, names, rows: Float64Array.from(rows) } : undefined;
}

const bytes = (a: Float64Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Equal to the byte: every array's bytes (so -0 and 0 differ), the names and the index in their order. */
function expectSameWeights(actual: BackstopWeights | undefined, expected: BackstopWeights | undefined): void {
  if (expected === undefined) {
    expect(actual).toBeUndefined();
    return;
  }
  expect(actual).toBeDefined();
  expect(Object.keys(actual!).sort()).toEqual(Object.keys(expected).sort());
  for (const key of ['bias', 'threshold', 'veto', 'rows'] as const) {
    expect(actual![key].length, key).toBe(expected[key].length);
    expect(bytes(actual![key]).equals(bytes(expected[key])), key).toBe(true);
  }
  expect(actual!.names).toEqual(expected.names);
  expect([...actual!.index]).toEqual([...expected.index]);
}

/** Runs the stepped read to its end; how many times it yielded and what it returned. */
function stepped(data: unknown, linesPerStep?: number): { yields: number; weights: BackstopWeights | undefined } {
  const steps = parseWeightSteps(data, linesPerStep);
  for (let yields = 0; ; yields++) {
    const step = steps.next();
    if (step.done) return { yields, weights: step.value };
  }
}

const SHIPPED = bundledData(WEIGHTS_PATH);

describe('parseWeightSteps', () => {
  it('reads the shipped weights in steps of about a thousand lines, to the byte what the one-step read gave', () => {
    const reference = oneStepParse(SHIPPED);
    expect(reference!.names.length).toBeGreaterThan(10000);
    const lines = BACKSTOP_CATEGORIES.reduce((sum, c) => sum + wordListOf(memberOf(SHIPPED, c)).length, 0);
    const { yields, weights } = stepped(SHIPPED);
    // A step per WEIGHT_LINES_PER_STEP lines of each category's list.
    expect(yields).toBeGreaterThanOrEqual(Math.floor(lines / WEIGHT_LINES_PER_STEP) - BACKSTOP_CATEGORIES.length);
    expectSameWeights(weights, reference);
    expectSameWeights(parseWeights(SHIPPED), reference);
    for (const linesPerStep of [1, 7, 999, 1_000_000])
      expectSameWeights(stepped(SHIPPED, linesPerStep).weights, reference);
  });

  const valid = {
    bias: BACKSTOP_CATEGORIES.map((c) => `${c} -2`),
    threshold: ['political-opinion 0.6', 'tone 0.75'],
  };
  const files: [string, unknown][] = [
    [
      'features shared by categories, repeated in one (the last weight wins), bad lines skipped, -0 kept',
      {
        ...valid,
        scale: ['tone 0.01', 'political-opinion 0.5'],
        tone: ['300 w:sukkel', '-1 w:grapje', '7 w:sukkel', 'x w:a', '3', 'NaN w:b', 'Infinity w:c', '-0 w:nul'],
        'political-opinion': ['2 w:grapje', '1 b:wat_een', '4 w:kabinet'],
        confidentiality: Array.from({ length: 25 }, (_, k) => `${k - 12} c:w${k % 9}`),
      },
    ],
    [
      'a category list that is not all strings reads as empty',
      { ...valid, tone: ['1 w:a', 2], 'own-policy-area': ['1 w:b'] },
    ],
    ['no weights: no model', { ...valid, tone: [] }],
    ['missing', undefined],
    ['not an object', ['1 w:a']],
    ['a bad bias', { ...valid, bias: ['tone x'], tone: ['1 w:a'] }],
    ['an unknown category in the thresholds', { ...valid, threshold: ['nope 0.5'], tone: ['1 w:a'] }],
    ['a bad scale', { ...valid, scale: ['tone -'], tone: ['1 w:a'] }],
  ];
  it.each(files)('reads what the one-step read gave at every step size: %s', (_, data) => {
    const reference = oneStepParse(data);
    expectSameWeights(parseWeights(data), reference);
    for (const linesPerStep of [1, 2, 3, 1000])
      expectSameWeights(runSteps(parseWeightSteps(data, linesPerStep)), reference);
  });
});

type Model = typeof import('../../../lib/engine/backstop/model');

describe('the shipped weights read in steps', () => {
  it('a check that needs them during the read finishes that read; the steps then end with the same weights', async () => {
    vi.resetModules();
    const model: Model = await import('../../../lib/engine/backstop/model');
    const steps = model.bundledWeightSteps();
    for (let k = 0; k < 5; k++) expect(steps.next().done).toBe(false);
    const weights = model.bundledWeights();
    expectSameWeights(weights, oneStepParse(SHIPPED));
    expect(steps.next()).toEqual({ done: true, value: weights });
    expect(model.bundledWeights()).toBe(weights);
    expect(model.bundledWeightSteps().next()).toEqual({ done: true, value: weights });
  });

  it('a delivery accepted during the read starts it again on the new rule data', async () => {
    vi.resetModules();
    let generation = 0;
    vi.doMock('../../../lib/engine/data/delivered', async (actual) => ({
      ...(await actual<typeof import('../../../lib/engine/data/delivered')>()),
      ruleDataGeneration: () => generation,
    }));
    try {
      const model: Model = await import('../../../lib/engine/backstop/model');
      const { yields } = stepped(SHIPPED);
      const steps = model.bundledWeightSteps();
      for (let k = 0; k < 5; k++) expect(steps.next().done).toBe(false);
      generation = 1;
      let after = 0;
      let step = steps.next();
      for (; !step.done; step = steps.next()) after++;
      expect(after).toBe(yields); // read again from the first line, not resumed
      expectSameWeights(step.value, oneStepParse(SHIPPED));
      expect(model.bundledWeights()).toBe(step.value);
    } finally {
      vi.doUnmock('../../../lib/engine/data/delivered');
    }
  });

  it('the engine warm-up reads them in its own steps, one per step of the parse', async () => {
    vi.resetModules();
    let yielded = 0;
    vi.doMock('../../../lib/engine/backstop/model', async (actual) => {
      const real = await actual<Model>();
      return {
        ...real,
        // What the warm-up (lib/engine/engine.ts) drives, counted on the way through.
        *bundledWeightSteps() {
          const steps = real.bundledWeightSteps();
          for (;;) {
            const step = steps.next();
            if (step.done) return step.value;
            yielded++;
            yield;
          }
        },
      };
    });
    try {
      const engine = await import('../../../lib/engine');
      const model: Model = await import('../../../lib/engine/backstop/model');
      const warmUp = engine.warmUpEngine();
      while (!warmUp.next().done) {
        // the whole warm-up
      }
      expect(yielded).toBe(stepped(SHIPPED).yields);
      expectSameWeights(model.bundledWeights(), oneStepParse(SHIPPED));
    } finally {
      vi.doUnmock('../../../lib/engine/backstop/model');
    }
  }, 60_000);
});
