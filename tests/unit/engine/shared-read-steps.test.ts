import { describe, expect, it } from 'vitest';
import { runSteps, type SharedRead, sharedReadSteps } from '../../../lib/engine/steps';

/** A shared read of `value` in `stepsEach` steps, counting the reads it starts; `failOnce` throws in the first read. */
function sharedRead(value: string, stepsEach: number, failOnce = false) {
  let kept: { value: string } | undefined;
  let reading: Iterator<unknown, string> | undefined;
  let started = 0;
  function* read(): Generator<void, string> {
    started++;
    for (let k = 0; k < stepsEach; k++) {
      if (failOnce && started === 1 && k === 1) throw new Error('broken');
      yield;
    }
    return value;
  }
  const shared: SharedRead<string> = {
    kept: () => kept,
    reading: () => (reading ??= read()),
    drop: () => {
      reading = undefined;
    },
    keep: (v) => {
      kept = { value: v };
    },
  };
  return { shared, started: () => started, inProgress: () => reading !== undefined };
}

describe('sharedReadSteps (lib/engine/steps.ts)', () => {
  it('a caller that cannot wait finishes the read in progress instead of starting again', () => {
    const read = sharedRead('data', 5);
    const warmUp = sharedReadSteps(read.shared);
    warmUp.next();
    warmUp.next();
    expect(runSteps(sharedReadSteps(read.shared))).toBe('data');
    expect(read.started()).toBe(1);
    expect(read.inProgress()).toBe(false);
    // The warm-up's own steps then find the kept result.
    expect(warmUp.next()).toEqual({ done: true, value: 'data' });
  });

  it('a throw drops the read in progress: the next call starts again', () => {
    const read = sharedRead('data', 3, true);
    expect(() => runSteps(sharedReadSteps(read.shared))).toThrow('broken');
    expect(read.inProgress()).toBe(false);
    expect(runSteps(sharedReadSteps(read.shared))).toBe('data');
    expect(read.started()).toBe(2);
  });
});
