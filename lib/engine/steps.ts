/**
 * Work in steps: a generator that does a bounded amount of work per `next()`, so the
 * page's warm-up (lib/content/engine-warmup.ts) can spread a long job over short tasks.
 * The same generator run at once serves Node, the tests and a check that cannot wait.
 */
export function runSteps<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** A read that several callers share: where its result is kept and its read in progress lives. */
export interface SharedRead<T> {
  /** The result already kept, if any (wrapped: undefined may be a result). */
  kept(): { value: T } | undefined;
  /** The read in progress, started when there is none (or when the one there is stale). */
  reading(): Iterator<unknown, T>;
  /** Forgets the read in progress. */
  drop(): void;
  /** Keeps the finished read's result. */
  keep(value: T): void;
}

/**
 * Advances a shared read one step per `next()` until it has a result. WHY shared: the warm-up's
 * steps and a check that cannot wait (runSteps) ask for the same data, and the check finishes the
 * read in progress instead of starting again. A throw drops the read in progress, so the next call
 * tries again (and fails open the same way); the finished read's result is kept (then the read dropped) and returned.
 */
export function* sharedReadSteps<T>(read: SharedRead<T>): Generator<void, T> {
  for (;;) {
    const kept = read.kept();
    if (kept) return kept.value;
    const steps = read.reading();
    let step: IteratorResult<unknown, T>;
    try {
      step = steps.next();
    } catch (error) {
      read.drop();
      throw error;
    }
    if (step.done) {
      read.keep(step.value);
      read.drop();
      return step.value;
    }
    yield;
  }
}
