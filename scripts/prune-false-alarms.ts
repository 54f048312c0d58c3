/**
 * Which rules to demote to `info` because their lone findings on fresh text are mostly wrong
 * (docs/false-alarm-pruning.md: criterion, method, figures).
 *
 *   npx tsx scripts/prune-false-alarms.ts            leave-one-author-out over own-tune-19 … 33, then the
 *                                                     rules the same thresholds pick on all fifteen files
 *   npx tsx scripts/prune-false-alarms.ts --alarms=19-27   list the false alarms on clean post lines of those
 *                                                     files with the rules that raised them (for guard work)
 *
 * A "sole" finding: a post line where this rule raised the category at warning/high and no other rule did.
 * Demoting a rule changes only such lines (and what reads findings: `finding:`/`rule:` cues, the backstop),
 * so the figures come from rerunning the engine with the demoted rules at `info`.
 */
import { getModel, prepareContext } from '../lib/engine/engine';
import { evaluateRules } from '../lib/engine/evaluate';
import type { Severity } from '../lib/engine/types';
import { readPostLines } from './lib/corpus-post-lines';
import { type Counts, countLine, emptyCounts, f1, macro, POST_CATEGORIES } from './lib/post-scores';

const NUMBERS = Array.from({ length: 15 }, (_, i) => 19 + i);
/** Fixed in the criterion before any figure: enough lone findings, and most of them wrong. */
const MIN_SOLE = 4;
const MAX_SOLE_PRECISION = 0.35;

interface Line {
  file: number;
  id: string;
  text: string;
  profile?: object;
  expect: Set<string>;
}

/** One engine run of a line: per raised category (warning/high), the rules that raised it. */
type Run = Map<string, Set<string>>;

function readLines(n: number): Line[] {
  return readPostLines(`tests/corpus/own-tune-${n}.jsonl`).map((l) => ({ ...l, file: n, expect: new Set(l.expect) }));
}

/** Runs the engine on the lines with the given rules (global ids) at `info`, restoring them afterwards. */
function run(lines: Line[], demoted: ReadonlySet<string>): Run[] {
  const model = getModel();
  const saved = new Map<string, Severity>();
  for (const r of model.rules)
    if (demoted.has(r.id)) {
      saved.set(r.id, r.rule.severity);
      r.rule.severity = 'info';
    }
  try {
    const rules = model.rules.filter((r) => POST_CATEGORIES.includes(r.rule.category));
    return lines.map((line) => {
      const ctx = prepareContext(line.text, line.profile, {});
      evaluateRules(ctx, rules);
      const raised: Run = new Map();
      for (const f of ctx.findings) {
        if (f.severity === 'info') continue;
        if (!raised.has(f.category)) raised.set(f.category, new Set());
        raised.get(f.category)!.add(f.rule);
      }
      return raised;
    });
  } finally {
    for (const r of model.rules) if (saved.has(r.id)) r.rule.severity = saved.get(r.id)!;
  }
}

interface SoleCount {
  right: number;
  wrong: number;
}

/** Per "rule|category": its sole findings on these lines, right and wrong. */
function soleCounts(lines: Line[], runs: Run[]): Map<string, SoleCount> {
  const out = new Map<string, SoleCount>();
  lines.forEach((line, i) => {
    for (const [category, rules] of runs[i]!) {
      if (rules.size !== 1) continue;
      const key = `${[...rules][0]}|${category}`;
      const n = out.get(key) ?? { right: 0, wrong: 0 };
      if (line.expect.has(category)) n.right++;
      else n.wrong++;
      out.set(key, n);
    }
  });
  return out;
}

/** The rules whose sole findings are mostly wrong with enough evidence (a rule demoted for any category). */
function pick(counts: Map<string, SoleCount>): Set<string> {
  const out = new Set<string>();
  for (const [key, n] of counts) {
    const sole = n.right + n.wrong;
    if (sole >= MIN_SOLE && n.right / sole < MAX_SOLE_PRECISION) out.add(key.split('|')[0]!);
  }
  return out;
}

interface Score {
  counts: Counts[];
  clean: number;
  alarms: number;
}

function score(lines: Line[], runs: Run[], into: Score = { counts: emptyCounts(), clean: 0, alarms: 0 }): Score {
  lines.forEach((line, i) => {
    const raised = new Set(runs[i]!.keys());
    countLine(into.counts, raised, line.expect);
    if (line.expect.size === 0) {
      into.clean++;
      if (raised.size > 0) into.alarms++;
    }
  });
  return into;
}

const fmt = (n: number) => (Number.isNaN(n) ? '  - ' : n.toFixed(2));

function report(name: string, s: Score): void {
  console.log(
    `${name}: macro-F1 ${macro(s.counts).toFixed(3)}, false alarms ${s.alarms}/${s.clean} (${((100 * s.alarms) / s.clean).toFixed(1)}%)`,
  );
  POST_CATEGORIES.forEach((c, ci) => {
    const n = s.counts[ci]!;
    console.log(
      `  ${c.padEnd(20)} P ${fmt(n.tp / (n.tp + n.fp))} R ${fmt(n.tp / (n.tp + n.fn))} F1 ${fmt(f1(n))}  (${n.tp} ${n.fp} ${n.fn})`,
    );
  });
}

function listAlarms(spec: string, byFile: Map<number, Line[]>, base: Map<number, Run[]>): void {
  const [from, to] = spec.split('-').map(Number) as [number, number];
  for (let n = from; n <= (to ?? from); n++) {
    const lines = byFile.get(n) ?? [];
    lines.forEach((line, i) => {
      const runOf = base.get(n)![i]!;
      const wrong = [...runOf].filter(([c]) => !line.expect.has(c));
      if (wrong.length === 0) return;
      const what = wrong.map(([c, rules]) => `${c}: ${[...rules].join(', ')}`).join('; ');
      console.log(
        `${line.id} [${[...line.expect].join(',') || 'clean'}] ${what}\n    ${line.text.replace(/\s+/g, ' ')}`,
      );
    });
  }
}

const byFile = new Map(NUMBERS.map((n) => [n, readLines(n)]));
const base = new Map(NUMBERS.map((n) => [n, run(byFile.get(n)!, new Set())]));
const alarms = process.argv.find((a) => a.startsWith('--alarms='))?.slice(9);
if (alarms) listAlarms(alarms, byFile, base);
else {
  const before: Score = { counts: emptyCounts(), clean: 0, alarms: 0 };
  const after: Score = { counts: emptyCounts(), clean: 0, alarms: 0 };
  // The files written this session (28 … 33): the guards' unseen check (docs/false-alarm-pruning.md).
  const newBefore: Score = { counts: emptyCounts(), clean: 0, alarms: 0 };
  const newAfter: Score = { counts: emptyCounts(), clean: 0, alarms: 0 };
  for (const test of NUMBERS) {
    const train = NUMBERS.filter((n) => n !== test);
    const demoted = pick(
      soleCounts(
        train.flatMap((n) => byFile.get(n)!),
        train.flatMap((n) => base.get(n)!),
      ),
    );
    const lines = byFile.get(test)!;
    const runs = demoted.size ? run(lines, demoted) : base.get(test)!;
    const foldBefore = score(lines, base.get(test)!);
    const foldAfter = score(lines, runs);
    score(lines, base.get(test)!, before);
    score(lines, runs, after);
    if (test >= 28) {
      score(lines, base.get(test)!, newBefore);
      score(lines, runs, newAfter);
    }
    console.log(
      `fold ${test}: demoted [${[...demoted].sort().join(', ')}]; macro-F1 ${macro(foldBefore.counts).toFixed(3)} -> ${macro(foldAfter.counts).toFixed(3)}, false alarms ${foldBefore.alarms}/${foldBefore.clean} -> ${foldAfter.alarms}`,
    );
  }
  report('leave-one-author-out, rules as in this tree', before);
  report('leave-one-author-out, demoted per fold    ', after);
  report('files 28 … 33, rules as in this tree', newBefore);
  report('files 28 … 33, demoted per fold     ', newAfter);
  const all = soleCounts(
    NUMBERS.flatMap((n) => byFile.get(n)!),
    NUMBERS.flatMap((n) => base.get(n)!),
  );
  const chosen = pick(all);
  console.log(`\nPicked on all fifteen files: ${[...chosen].sort().join(', ') || '(none)'}`);
  const rows = [...all].filter(([, n]) => n.right + n.wrong >= MIN_SOLE).sort((a, b) => b[1].wrong - a[1].wrong);
  console.log('sole findings on all fifteen files (rule|category right/wrong), ≥ 4 sole:');
  for (const [key, n] of rows)
    console.log(`  ${chosen.has(key.split('|')[0]!) ? '*' : ' '} ${key} ${n.right}/${n.wrong}`);
}
