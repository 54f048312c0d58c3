/**
 * The page's warm-up step by step, in fresh processes (`npx tsx scripts/bench-warmup.ts [--runs N]`):
 * the longest steps of `warmUpEngine` once the rule files are read (npm run bench's warm-up counts
 * their disk read as one step; the page unpacks them in steps of its own), and the backstop weights'
 * parse alone: in one step (`parseWeights`) and in the warm-up's steps (`parseWeightSteps`), the
 * first time in a process (cold code) and after ten runs (warm). CPU time of the process (it also
 * counts V8's helper threads) and wall time; medians over the processes.
 */
import { spawnSync } from 'node:child_process';
import { parseWeightSteps, parseWeights, WEIGHTS_PATH } from '../lib/engine/backstop/model';
import { bundledData } from '../lib/engine/data/word-lists';
import { warmUpEngine } from '../lib/engine/index';

interface Timing {
  cpu: number;
  wall: number;
}

function timed(run: () => unknown): Timing {
  const c = process.cpuUsage();
  const t = performance.now();
  run();
  const used = process.cpuUsage(c);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - t };
}

/** Each step's time of a run of `steps` to its end. */
function stepTimes(steps: Iterator<unknown>): Timing[] {
  const times: Timing[] = [];
  for (let done = false; !done; ) times.push(timed(() => (done = steps.next().done === true)));
  return times;
}

const longest = (times: Timing[]): Timing => ({
  cpu: Math.max(...times.map((t) => t.cpu)),
  wall: Math.max(...times.map((t) => t.wall)),
});

const mode = process.argv[process.argv.indexOf('--child') + 1];
if (process.argv.includes('--child')) {
  const data = bundledData(WEIGHTS_PATH); // reads every rule file from disk, before anything is timed
  const out: Record<string, unknown> = {};
  if (mode === 'warm-up') {
    const times = stepTimes(warmUpEngine());
    const order = times.map((t, i) => [t.cpu, i] as const).sort((a, b) => b[0] - a[0]);
    out.steps = times.length;
    out.longest = longest(times);
    out.top = order.slice(0, 3).map(([cpu, i]) => `#${i} ${cpu.toFixed(1)}`);
  } else if (mode === 'one-step') {
    out.cold = timed(() => parseWeights(data));
    for (let i = 0; i < 10; i++) parseWeights(data);
    out.warm = timed(() => parseWeights(data));
  } else if (mode === 'steps') {
    const cold = stepTimes(parseWeightSteps(data));
    for (let i = 0; i < 10; i++) stepTimes(parseWeightSteps(data));
    const warm = stepTimes(parseWeightSteps(data));
    out.steps = cold.length;
    out.cold = longest(cold);
    out.warm = longest(warm);
    out.coldTotal = cold.reduce((a, t) => a + t.cpu, 0);
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 7;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const children = (which: string) =>
  Array.from({ length: runs }, () => {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', which], {
      encoding: 'utf8',
    });
    return JSON.parse(child.stdout.trim().split('\n').pop() || '{}') as Record<string, unknown>;
  });
const ms = (values: unknown[], key: 'cpu' | 'wall') => {
  const list = values.map((v) => (v as Timing)[key]);
  return `${median(list).toFixed(1)} ms ${key} (${Math.min(...list).toFixed(1)}-${Math.max(...list).toFixed(1)})`;
};
/** "<cpu>, <wall>": the same processes' timings in both clocks. */
const cpuAndWall = (values: unknown[]) => `${ms(values, 'cpu')}, ${ms(values, 'wall')}`;

const warm = children('warm-up');
console.log(
  `warm-up after the rule files are read: ${warm[0]!.steps} steps; longest step ${cpuAndWall(warm.map((r) => r.longest))}; three longest (step #, cpu ms) in each process: ${warm.map((r) => (r.top as string[]).join(' ')).join(' | ')}`,
);
const once = children('one-step');
for (const key of ['cold', 'warm'] as const)
  console.log(`parseWeights in one step, ${key}: ${cpuAndWall(once.map((r) => r[key]))}`);
{
  const stepped = children('steps');
  console.log(
    `parseWeightSteps: ${stepped[0]!.steps} steps, cold total ${median(stepped.map((r) => r.coldTotal as number)).toFixed(1)} ms cpu`,
  );
  for (const key of ['cold', 'warm'] as const)
    console.log(`  longest step, ${key}: ${cpuAndWall(stepped.map((r) => r[key]))}`);
}
console.log(`(${runs} fresh processes each; medians, range in brackets)`);
