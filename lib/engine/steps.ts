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
