import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Vitest's failure summary calls Map.groupBy, which Node 20 (this machine's Node) lacks: without this
// a failing test crashes the reporter and hides which test failed and why.
const mapWithGroupBy = Map as MapConstructor & {
  groupBy?: <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;
};
if (typeof mapWithGroupBy.groupBy !== 'function') {
  mapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Engine tests build the whole rule model (hundreds of lexicons) once per file: on a loaded
    // 2-core CI machine that alone can pass vitest's 5 s default. Tests wait for results, not time.
    testTimeout: 30_000,
    // One worker process runs many test files in turn, and each engine test file builds its own
    // rule model (the identity test in compact-rule-data builds three). Measured on 28 Nov 2026:
    // the shared worker grew past Node's default heap limit and died (SIGTRAP) in the full run,
    // while each file alone peaks at ~0.5 GB. Recycle a worker once it holds 1.5 GB, and give it
    // room so a single heavy file never reaches the limit.
    vmMemoryLimit: '1500MB',
    execArgv: ['--max-old-space-size=6144'],
  },
});
