/**
 * A/B speed comparison of two checkouts of the engine that holds up on a shared, noisy machine.
 *
 *   npx tsx scripts/bench-compare.ts --a /path/to/base-checkout [--b .] [--procs 8] [--rounds 7]
 *     [--lengths 280,3000] [--texts 40] [--clock cpu]
 *
 * Each tree's engine (with its own rules, packed as the build ships them) is bundled once, then
 * run in `procs` fresh processes per tree, alternating A B / B A so load drifts hit both alike.
 * A process warms up, checks a fixed set of texts cut from the dev corpus three times unmeasured,
 * then `rounds` times measured: CPU time per check per round (process.cpuUsage, which on this
 * machine is far steadier than wall time). Reported per tree and length: the median over processes
 * of each process's median round, the fastest round seen, and per pair of processes run back to
 * back the ratio B/A (median and range): a change is real when the ratios' range stays on one side
 * of 1.00. Why this shape: the same code gave 6–10.5 ms at 3,000 chars in separate single runs
 * (session 6); the min and median of many interleaved rounds vary by a few percent.
 *
 * `--oracle` (with --a only) compares A with A itself checking each text with every rule disabled that raises
 * nothing in it (the backstop's rules kept): the most that any way of skipping the work of rules that do not
 * fire (cheaper gates, evaluation order, laziness) could save, as B/A in the same process (session 17).
 *
 * Next to CPU time, one more process per tree counts regex work per check, which does not depend
 * on the machine's load (the same code gives the same count): every RegExp exec (test, replace,
 * split and match call it too) and the characters it stepped over. Regex runs are most of a check
 * (session 7's profile), and two runs of the same code differed by up to 2x in CPU time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleEngine } from './lib/engine-bundle';

interface ChildResult {
  /** Per length: CPU ms per check of each measured round. */
  rounds: Record<string, number[]>;
  /** Per length: wall ms of every single measured check (for p50/p95). */
  walls: Record<string, number[]>;
}

/** Per length: regex execs and characters stepped per check (the --count child). */
type WorkCounts = Record<string, { execs: number; chars: number }>;

/**
 * Counts RegExp exec calls and the characters each stepped over (from lastIndex, or 0, to the
 * match's end, or to the text's end when it found none; a sticky miss steps over none). Slows every
 * regex down: only for counting, never for timing.
 */
function countRegexWork(): { execs: number; chars: number } {
  const counts = { execs: 0, chars: 0 };
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const found = exec.call(this, input);
    counts.execs++;
    const text = String(input);
    if (found) counts.chars += found.index + found[0].length - from;
    else if (!this.sticky) counts.chars += Math.max(0, text.length - from);
    return found;
  };
  return counts;
}

/** This process's CPU time (user and system) in ms. */
function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

function quantile(values: number[], q: number): number {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

const median = (values: number[]) => quantile(values, 0.5);

const DEV = path.resolve(arg('dev', '../shared/eval/dev.jsonl'));

function sampleText(): string {
  return readFileSync(DEV, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text?: string }).text ?? '')
    .filter(Boolean)
    .join('\n\n');
}

/** Texts of a given length cut from the sample at an offset (the sample repeated as often as needed). */
function textMaker(sample: string): (length: number, offset: number) => string {
  return (length, offset) => {
    let out = '';
    while (out.length < length + offset) out += sample;
    return out.slice(offset, offset + length);
  };
}

/** The profile every compared check uses: a police policy officer at JenV (own topic "politie"). */
const profile = { organisation: 'jenv', topics: ['politie'], role: 'beleidsmedewerker' };

async function child(bundle: string): Promise<void> {
  const engine = (await import(bundle)) as typeof import('../lib/engine/index');
  const sample = sampleText();
  const textOf = textMaker(sample);
  const lengths = arg('lengths', '280,3000').split(',').map(Number);
  const count = Number(arg('texts', '40'));
  const rounds = Number(arg('rounds', '7'));
  for (const steps = engine.warmUpEngine(); !steps.next().done; );
  if (process.argv.includes('--count')) {
    const counts = countRegexWork();
    const work: WorkCounts = {};
    for (const length of lengths) {
      const texts = Array.from({ length: count }, (_, i) => textOf(length, (i * 7919) % sample.length));
      counts.execs = counts.chars = 0;
      for (const text of texts) engine.checkPost({ text, profile });
      work[length] = { execs: counts.execs / count, chars: counts.chars / count };
    }
    process.stdout.write(`${JSON.stringify(work)}\n`);
    return;
  }
  const result: ChildResult = { rounds: {}, walls: {} };
  for (const length of lengths) {
    // More short texts than long ones, so each round takes a similar time.
    const n = Math.max(count, Math.round((count * 3000) / length / 4));
    const texts = Array.from({ length: n }, (_, i) => textOf(length, (i * 7919) % sample.length));
    for (let r = 0; r < 3; r++) for (const text of texts) engine.checkPost({ text, profile });
    const perRound: number[] = [];
    const walls: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const c0 = process.cpuUsage();
      for (const text of texts) {
        const t0 = performance.now();
        engine.checkPost({ text, profile });
        walls.push(performance.now() - t0);
      }
      const c = process.cpuUsage(c0);
      perRound.push((c.user + c.system) / 1000 / n);
    }
    result.rounds[length] = perRound;
    result.walls[length] = walls;
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Every rule of a tree's packs ("pack/rule"), less the backstop's, which read the whole post (see --oracle). */
function ruleIds(root: string): string[] {
  const files = [
    path.join(root, 'rules/core.json'),
    ...readdirSync(path.join(root, 'rules/orgs')).map((f) => path.join(root, 'rules/orgs', f)),
  ];
  return files.flatMap((file) => {
    const pack = JSON.parse(readFileSync(file, 'utf8')) as { id: string; rules: { id: string }[] };
    return pack.rules.map((r) => `${pack.id}/${r.id}`).filter((id) => !id.startsWith('core/backstop-'));
  });
}

async function bundleOf(root: string, tag: string, dir: string): Promise<string> {
  // Each tree with its own rule-data plugin (the other tree may be an older checkout).
  const { ruleDataEsbuildPlugin } = (await import(
    path.join(root, 'scripts/lib/rule-data-plugin.ts')
  )) as typeof import('./lib/rule-data-plugin');
  return bundleEngine({ root, dir, tag, plugin: ruleDataEsbuildPlugin(), shipped: false, requireDelivered: false });
}

/**
 * Both engines in one process, each text checked by A and B back to back (in alternating order), many
 * rounds: load that drifts over seconds hits both alike. Per text the fastest of its rounds (the cost
 * with the least interference), then per length the sum of those over all texts and the median of
 * the per-text ratios B/A, and the p95 of the per-text fastest (what p95 would be on a quiet machine).
 */
async function pairedChild(bundleA: string, bundleB: string): Promise<void> {
  // --clock cpu: this process's CPU time per check instead of wall time. On a loaded machine a check
  // longer than a scheduler slice (3,000 chars) is nearly always preempted, which wall time counts.
  const now = arg('clock', 'wall') === 'cpu' ? cpuMs : () => performance.now();
  const engines = [
    (await import(bundleA)) as typeof import('../lib/engine/index'),
    (await import(bundleB)) as typeof import('../lib/engine/index'),
  ];
  const oracle = process.argv.includes('--oracle') ? ruleIds(arg('root', '')) : undefined;
  const sample = sampleText();
  const textOf = textMaker(sample);
  for (const engine of engines) for (const steps = engine.warmUpEngine(); !steps.next().done; );
  const rounds = Number(arg('rounds', '7'));
  for (const length of arg('lengths', '280,3000').split(',').map(Number)) {
    const n = Math.max(Number(arg('texts', '40')), Math.round((Number(arg('texts', '40')) * 3000) / length / 4));
    const texts = Array.from({ length: n }, (_, i) => textOf(length, (i * 7919) % sample.length));
    // Per text, what B is asked: the same check, or with every rule disabled that raises nothing in the text.
    const inputs = texts.map((text) => {
      if (!oracle) return { text, profile };
      const fired = new Set(engines[0]!.checkPost({ text, profile }).findings.map((f) => f.rule));
      return { text, profile, disabledRules: oracle.filter((id) => !fired.has(id)) };
    });
    for (let r = 0; r < 3; r++)
      texts.forEach((text, i) => {
        engines[0]!.checkPost({ text, profile });
        engines[1]!.checkPost(inputs[i]!);
      });
    const fastest = [texts.map(() => Number.POSITIVE_INFINITY), texts.map(() => Number.POSITIVE_INFINITY)];
    for (let r = 0; r < rounds; r++) {
      texts.forEach((text, i) => {
        for (const e of (r + i) % 2 === 0 ? [0, 1] : [1, 0]) {
          const t0 = now();
          engines[e]!.checkPost(e === 0 ? { text, profile } : inputs[i]!);
          fastest[e]![i] = Math.min(fastest[e]![i]!, now() - t0);
        }
      });
    }
    const [a, b] = fastest as [number[], number[]];
    const sum = (values: number[]) => values.reduce((x, y) => x + y, 0);
    const ratios = a.map((x, i) => b[i]! / x);
    console.log(
      `${String(length).padStart(6)} chars, same process (${n} texts x ${rounds} rounds, fastest per text): A mean ${(sum(a) / n).toFixed(3)} p95 ${quantile(a, 0.95).toFixed(3)} ms || B mean ${(sum(b) / n).toFixed(3)} p95 ${quantile(b, 0.95).toFixed(3)} ms || B/A of sums ${(sum(b) / sum(a)).toFixed(3)}, per-text median ${median(ratios).toFixed(3)} (p10 ${quantile(ratios, 0.1).toFixed(3)}, p90 ${quantile(ratios, 0.9).toFixed(3)})`,
    );
  }
}

async function main(): Promise<void> {
  const childBundle = arg('child', '');
  if (childBundle) return child(childBundle);
  const pair = arg('paired-child', '');
  if (pair) return pairedChild(pair, arg('with', ''));
  const a = path.resolve(arg('a', ''));
  const b = path.resolve(arg('b', '.'));
  if (!arg('a', '')) throw new Error('usage: bench-compare.ts --a BASE_CHECKOUT [--b NEW_CHECKOUT]');
  const procs = Number(arg('procs', '8'));
  const dir = path.join(tmpdir(), `piketpaal-bench-compare-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const passOn = ['lengths', 'texts', 'rounds', 'dev', 'clock'].flatMap((name) =>
    process.argv.includes(`--${name}`) ? [`--${name}`, arg(name, '')] : [],
  );
  if (process.argv.includes('--oracle')) {
    const bundle = await bundleOf(a, 'a', dir);
    const oracle = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        process.argv[1]!,
        '--paired-child',
        bundle,
        '--with',
        bundle,
        '--oracle',
        '--root',
        a,
        ...passOn,
      ],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (oracle.status !== 0) throw new Error(`child failed: ${oracle.stderr}`);
    console.log(
      `A = ${a}\nB = A with every rule that raises nothing in a text disabled there (backstop kept)\n${oracle.stdout.trim()}`,
    );
    return;
  }
  const bundles = { A: await bundleOf(a, 'a', dir), B: await bundleOf(b, 'b', dir) };
  const work = {} as Record<'A' | 'B', WorkCounts>;
  for (const tree of ['A', 'B'] as const) {
    const out = spawnSync(
      process.execPath,
      [...process.execArgv, process.argv[1]!, '--child', bundles[tree], '--count', ...passOn],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
    work[tree] = JSON.parse(out.stdout.trim().split('\n').pop()!) as WorkCounts;
  }
  const paired = spawnSync(
    process.execPath,
    [...process.execArgv, process.argv[1]!, '--paired-child', bundles.A, '--with', bundles.B, ...passOn],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (paired.status !== 0) throw new Error(`child failed: ${paired.stderr}`);
  const pairedLines = paired.stdout.trim();
  const results: Record<'A' | 'B', ChildResult[]> = { A: [], B: [] };
  for (let p = 0; p < procs; p++) {
    for (const tree of p % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const out = spawnSync(
        process.execPath,
        [...process.execArgv, process.argv[1]!, '--child', bundles[tree], ...passOn],
        { encoding: 'utf8', maxBuffer: 64 << 20 },
      );
      if (out.status !== 0) throw new Error(`child failed: ${out.stderr}`);
      results[tree].push(JSON.parse(out.stdout.trim().split('\n').pop()!) as ChildResult);
    }
    process.stderr.write(`.`);
  }
  process.stderr.write('\n');
  console.log(
    `A = ${a}\nB = ${b}\n${procs} processes per tree, CPU ms per check (median of process medians, fastest round)`,
  );
  for (const length of Object.keys(work.A)) {
    const line = (tree: 'A' | 'B') =>
      `${tree}: ${work[tree][length]!.execs.toFixed(0)} regex execs, ${(work[tree][length]!.chars / 1000).toFixed(1)}k chars stepped`;
    console.log(
      `${String(length).padStart(6)} chars  per check (deterministic)  ${line('A')}  ||  ${line('B')}  ||  B/A execs ${(work.B[length]!.execs / work.A[length]!.execs).toFixed(3)}, chars ${(work.B[length]!.chars / work.A[length]!.chars).toFixed(3)}`,
    );
  }
  console.log(pairedLines);
  for (const length of Object.keys(results.A[0]?.rounds ?? {})) {
    const line = (tree: 'A' | 'B') => {
      const meds = results[tree].map((r) => median(r.rounds[length]!));
      const fastest = Math.min(...results[tree].flatMap((r) => r.rounds[length]!));
      const walls = results[tree].flatMap((r) => r.walls[length]!);
      return `${tree}: cpu med ${median(meds).toFixed(3)} min ${fastest.toFixed(3)} | wall p50 ${quantile(walls, 0.5).toFixed(3)} p95 ${quantile(walls, 0.95).toFixed(3)}`;
    };
    const ratios = results.A.map((r, p) => median(results.B[p]!.rounds[length]!) / median(r.rounds[length]!)).sort(
      (x, y) => x - y,
    );
    console.log(
      `${String(length).padStart(6)} chars  ${line('A')}  ||  ${line('B')}  ||  B/A median ${median(ratios).toFixed(3)} range ${ratios[0]!.toFixed(3)}–${ratios[ratios.length - 1]!.toFixed(3)}`,
    );
  }
}

await main();
