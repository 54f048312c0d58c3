/**
 * The model warm-up runs in short slices and always finishes, also when the
 * page is never idle (the bug that stalled an earlier attempt: idle callbacks
 * that fire on their timeout report 0 ms left).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineWarmUp } from '../../../lib/content/engine-warmup';

/** A build of `count` steps, each busy for about `ms` milliseconds. */
function* steps(count: number, ms = 0.5): Generator<void, void> {
  for (let i = 0; i < count; i++) {
    const until = performance.now() + ms;
    while (performance.now() < until) {
      // busy
    }
    yield;
  }
}

const ready = (warm: EngineWarmUp) => new Promise<void>((resolve) => warm.whenReady(resolve));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('engine warm-up', () => {
  it('builds in several short tasks, not in the caller', async () => {
    const warm = new EngineWarmUp(() => steps(60));
    warm.start([]);
    warm.hurry();
    expect(warm.ready).toBe(false);
    await ready(warm);
    expect(warm.ready).toBe(true);
  });

  it('keeps going when idle callbacks only ever fire on their timeout', async () => {
    let callbacks = 0;
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) => {
      callbacks++;
      return setTimeout(() => run({ didTimeout: true, timeRemaining: () => 0 }), 0);
    });
    const warm = new EngineWarmUp(() => steps(200, 0.2));
    warm.start([]);
    await ready(warm);
    // 200 steps of 0.2 ms fit in a handful of 8 ms slices; one step per callback would take 200.
    expect(callbacks).toBeLessThan(40);
  });

  it('finishNow completes the build at once and tells the waiters', () => {
    const warm = new EngineWarmUp(() => steps(30));
    warm.start([]);
    const waiter = vi.fn();
    warm.whenReady(waiter);
    warm.finishNow();
    expect(warm.ready).toBe(true);
    expect(waiter).toHaveBeenCalledTimes(1);
  });

  it('a failing build leaves nobody waiting (the check builds or fails open itself)', async () => {
    const warm = new EngineWarmUp(function* () {
      yield;
      throw new Error('broken pack');
    });
    warm.start([]);
    warm.hurry();
    await ready(warm);
    expect(warm.ready).toBe(true);
  });

  it('starts again only when the custom packs change', () => {
    const make = vi.fn(() => steps(1));
    const warm = new EngineWarmUp(make);
    warm.start([]);
    warm.start([]);
    expect(make).toHaveBeenCalledTimes(1);
    warm.start([{ id: 'custom' }]);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('starts again when the rule data changes (the organisation packs arrived), with the same custom packs', async () => {
    let ruleData = 0;
    const make = vi.fn(() => steps(3));
    const warm = new EngineWarmUp(make, () => ruleData);
    warm.start([]);
    warm.hurry();
    await ready(warm);
    warm.start([]);
    expect(make).toHaveBeenCalledTimes(1);
    ruleData = 1;
    warm.start([]);
    expect(make).toHaveBeenCalledTimes(2);
    expect(warm.ready).toBe(false);
    await ready(warm);
    expect(warm.ready).toBe(true);
  });

  it('an injected engine needs no warm-up', () => {
    expect(new EngineWarmUp(null).ready).toBe(true);
  });
});
