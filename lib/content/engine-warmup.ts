/**
 * Builds the engine's model ahead of the first check, a few milliseconds at a
 * time, instead of in one long task (250–650 ms) on the first keystroke.
 *
 * Starts in idle time when the content script starts and hurries (plain
 * short tasks) once the user is in a composer. Typing checks wait for it;
 * posting never waits: finishNow() completes the rest at once.
 *
 * Why an earlier attempt stalled (typing checks waited for minutes, the
 * two-composer e2e tests saw no indicator): it ran only in idle callbacks and
 * honoured their deadline. While the user types the page is never idle, so the
 * callbacks fired on their timeout, where timeRemaining() is 0 — one model step
 * per callback, every half second or more, for a build of some 350 steps.
 */
import { idleTask, nextTask, SLICE_MS } from './time-slices';

export type WarmUpSteps = (extraPacks: readonly unknown[]) => Iterator<unknown>;

export class EngineWarmUp {
  private readonly makeSteps: WarmUpSteps | null;
  /** The engine's rule data generation (organisation packs delivered at run time make a new one). */
  private readonly ruleData: () => number;
  private steps: Iterator<unknown> | null = null;
  /** Which rule data and custom packs the model is (being) built for, as the engine keys its model cache. */
  private packsKey: string | null = null;
  private done: boolean;
  private urgent = false;
  /** Only the latest scheduled slice continues the build (hurrying replaces a pending idle slice). */
  private chain = 0;
  private waiters: (() => void)[] = [];

  /** `makeSteps` null: nothing to build (an injected engine in unit tests), always ready. */
  constructor(makeSteps: WarmUpSteps | null, ruleData: () => number = () => 0) {
    this.makeSteps = makeSteps;
    this.ruleData = ruleData;
    this.done = makeSteps === null;
  }

  get ready(): boolean {
    return this.done;
  }

  /** Builds the model for these custom packs (again, when they or the rule data changed). Cheap when it is cached. */
  start(extraPacks: readonly unknown[]): void {
    if (!this.makeSteps) return;
    const key = `${this.ruleData()}|${extraPacks.length === 0 ? '' : JSON.stringify(extraPacks)}`;
    if (key === this.packsKey) return;
    this.packsKey = key;
    this.done = false;
    try {
      this.steps = this.makeSteps(extraPacks);
    } catch {
      this.finish(); // the first check builds it instead (and fails open if it cannot)
      return;
    }
    this.schedule();
  }

  /** The user is in a composer: stop waiting for idle time. */
  hurry(): void {
    if (this.urgent) return;
    this.urgent = true;
    if (this.steps) this.schedule();
  }

  /** Calls `callback` once the model is built (at once when it is). */
  whenReady(callback: () => void): void {
    if (this.done) callback();
    else this.waiters.push(callback);
  }

  /** Completes the build synchronously (a post attempt cannot wait for idle time). */
  finishNow(): void {
    const steps = this.steps;
    if (!steps) return;
    try {
      while (!steps.next().done) {
        // keep building
      }
    } catch {
      // The check itself builds the model again and fails open if it cannot.
    }
    this.finish();
  }

  stop(): void {
    this.steps = null;
    this.chain++;
    this.waiters = [];
  }

  private schedule(): void {
    const chain = ++this.chain;
    const slice = (budgetMs: number) => {
      if (chain === this.chain) this.slice(budgetMs);
    };
    if (this.urgent) nextTask(() => slice(SLICE_MS));
    else idleTask(slice);
  }

  private slice(budgetMs: number): void {
    const steps = this.steps;
    if (!steps) return;
    const until = performance.now() + budgetMs;
    try {
      do {
        if (steps.next().done) {
          this.finish();
          return;
        }
      } while (performance.now() < until);
    } catch {
      this.finish(); // never leave typing checks waiting
      return;
    }
    this.schedule();
  }

  private finish(): void {
    this.steps = null;
    this.done = true;
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) {
      try {
        waiter();
      } catch {
        // A session's own errors are handled (fail open) by the session.
      }
    }
  }
}
