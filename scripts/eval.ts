/**
 * Detection quality: per-category precision/recall/F1 and the share of clean
 * texts with any false alarm, for the dev corpus and the project's own corpora.
 *   npm run eval               scores only
 *   npm run eval -- --misses   also list misses and false alarms (never for the held-out corpus)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { auditProfile, checkPost } from '../lib/engine/index';
import { CATEGORIES, type Category } from '../lib/engine/types';

const CORPORA = [
  { name: 'dev', file: '../shared/eval/dev.jsonl', showMisses: true },
  { name: 'own-tune', file: 'tests/corpus/own-tune.jsonl', showMisses: true },
  // Released from the holdout on 2026-11-28 after its honest score was recorded (README): now tuning data.
  { name: 'own-tune-2', file: 'tests/corpus/own-tune-2.jsonl', showMisses: true },
  // The second author's holdout (oh301–oh460), scored at macro-F1 0.79 (min recall 0.39) and released
  // on 2026-11-28 (session 2) as tuning data.
  { name: 'own-tune-3', file: 'tests/corpus/own-tune-3.jsonl', showMisses: true },
  // The third author's holdout (h3-*), scored at macro-F1 0.919 (min recall 0.76) and released
  // at the start of session 3 as tuning data.
  { name: 'own-tune-4', file: 'tests/corpus/own-tune-4.jsonl', showMisses: true },
  // Authors 5 and 6 (session 3): fresh phrasings written without seeing the rules, as tuning data.
  { name: 'own-tune-5', file: 'tests/corpus/own-tune-5.jsonl', showMisses: true },
  { name: 'own-tune-6', file: 'tests/corpus/own-tune-6.jsonl', showMisses: true },
  // The fourth author's holdout (h4-*), scored at macro-F1 0.880 (min recall 0.67, false alarms 5.7%)
  // at the end of session 3 and released at the start of session 4 as tuning data.
  { name: 'own-tune-7', file: 'tests/corpus/own-tune-7.jsonl', showMisses: true },
  // Authors 8 and 9 (session 4): fresh phrasings written without seeing the rules, as tuning data.
  { name: 'own-tune-8', file: 'tests/corpus/own-tune-8.jsonl', showMisses: true },
  { name: 'own-tune-9', file: 'tests/corpus/own-tune-9.jsonl', showMisses: true },
  // The seventh author's holdout (h7-*), scored at macro-F1 0.896 (min precision 0.74, min recall 0.68,
  // false alarms 13.0%) at the end of session 4 and released at the start of session 5 as tuning data.
  { name: 'own-tune-10', file: 'tests/corpus/own-tune-10.jsonl', showMisses: true },
  // Authors 11 and 12 (session 5): fresh phrasings written without seeing the rules, as tuning data.
  { name: 'own-tune-11', file: 'tests/corpus/own-tune-11.jsonl', showMisses: true },
  { name: 'own-tune-12', file: 'tests/corpus/own-tune-12.jsonl', showMisses: true },
  // The tenth author's holdout (h10-*), scored at macro-F1 0.845 (min precision 0.74, min recall 0.50,
  // false alarms 7.6%) at the end of session 5 and released at the start of session 6 as tuning data.
  { name: 'own-tune-13', file: 'tests/corpus/own-tune-13.jsonl', showMisses: true },
  // Author 14 (session 6): political jabs without party names, own-area opinions, indirect leaks; tuning data.
  { name: 'own-tune-14', file: 'tests/corpus/own-tune-14.jsonl', showMisses: true },
  // The thirteenth author's holdout (h13-*), scored at macro-F1 0.850 (min precision 0.78, min recall 0.57,
  // false alarms 5.6%) at the end of session 6 and released at the start of session 7 as tuning data.
  { name: 'own-tune-15', file: 'tests/corpus/own-tune-15.jsonl', showMisses: true },
  // Author 16 (session 7): tone in everyday words, indirect leaks, own-area opinions; tuning data.
  { name: 'own-tune-16', file: 'tests/corpus/own-tune-16.jsonl', showMisses: true },
  // The fifteenth author's holdout (h15-*), scored at macro-F1 0.901 (false alarms 4.2%) at the end of session 7
  // and released in session 8 as training and tuning data.
  { name: 'own-tune-17', file: 'tests/corpus/own-tune-17.jsonl', showMisses: true },
  // A fresh held-out set (own-holdout.jsonl), when one is in the tree: scored, never read. The seventeenth
  // author's (h17-*) was written outside the tree while session 8 worked on the engine, and added at the end.
  ...(existsSync('tests/corpus/own-holdout.jsonl')
    ? [{ name: 'own-holdout', file: 'tests/corpus/own-holdout.jsonl', showMisses: false }]
    : []),
  // Extra tuning phrasings per category (extra-<topic>.jsonl), written while tuning: tuning data.
  ...readdirSync('tests/corpus')
    .filter((f) => /^extra-.+\.jsonl$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.jsonl$/, ''), file: `tests/corpus/${f}`, showMisses: true })),
];

interface Line {
  id: string;
  kind?: string;
  text?: string;
  page?: Record<string, string>;
  profile?: { organisation?: string; topics?: string[]; role?: string };
  expect: string[];
}

const showMisses = process.argv.includes('--misses');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

function pct(n: number): string {
  return Number.isNaN(n) ? '  -  ' : n.toFixed(2);
}

for (const corpus of CORPORA) {
  if (only && only !== corpus.name) continue;
  if (!existsSync(corpus.file)) {
    console.log(`${corpus.name}: ${corpus.file} not found, skipped`);
    continue;
  }
  const lines = readFileSync(corpus.file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
  const stats = new Map(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let clean = 0;
  let cleanAlarms = 0;
  const notes: string[] = [];
  for (const line of lines) {
    const result =
      line.kind === 'profile' || line.page
        ? auditProfile({ page: line.page ?? {}, profile: line.profile })
        : checkPost({ text: line.text ?? '', profile: line.profile });
    const raised = new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.category));
    const expected = new Set(line.expect);
    if (expected.size === 0) {
      clean++;
      if (raised.size > 0) cleanAlarms++;
    }
    for (const c of CATEGORIES) {
      const s = stats.get(c)!;
      if (raised.has(c) && expected.has(c)) s.tp++;
      else if (raised.has(c)) s.fp++;
      else if (expected.has(c)) s.fn++;
    }
    if (showMisses && corpus.showMisses) {
      const missed = [...expected].filter((c) => !raised.has(c as Category));
      const extra = [...raised].filter((c) => !expected.has(c));
      if (missed.length || extra.length) {
        const why = result.findings
          .filter((f) => extra.includes(f.category))
          .map((f) => `${f.rule}:"${(line.text ?? '').slice(f.start, f.end) || f.excerpt}"`)
          .join(' ');
        notes.push(
          `${line.id} ${missed.length ? `MISS ${missed.join(',')}` : ''} ${extra.length ? `FALSE ${extra.join(',')} ${why}` : ''}\n    ${JSON.stringify(line.profile)} ${(line.text ?? JSON.stringify(line.page)).replace(/\s+/g, ' ').slice(0, 300)}`,
        );
      }
    }
  }
  console.log(`\n== ${corpus.name} (${lines.length} lines, ${corpus.file})`);
  console.log('category                 prec  recall  F1    tp  fp  fn');
  let f1sum = 0;
  let f1n = 0;
  let minP = 1;
  let minR = 1;
  for (const c of CATEGORIES) {
    const { tp, fp, fn } = stats.get(c)!;
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    const f1 = (2 * p * r) / (p + r);
    if (tp + fn > 0) {
      f1sum += Number.isNaN(f1) ? 0 : f1;
      f1n++;
      minR = Math.min(minR, Number.isNaN(r) ? 0 : r);
    }
    if (tp + fp > 0) minP = Math.min(minP, p);
    console.log(
      `${c.padEnd(24)} ${pct(p)}  ${pct(r)}   ${pct(f1)}  ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}`,
    );
  }
  for (const n of notes) console.log(n);
  const alarm = clean ? cleanAlarms / clean : 0;
  console.log(
    `SUMMARY ${corpus.name}: macro-F1 ${(f1sum / Math.max(1, f1n)).toFixed(3)}, min precision ${minP.toFixed(2)}, min recall ${minR.toFixed(2)}, false alarms on clean texts ${(alarm * 100).toFixed(1)}% (${cleanAlarms}/${clean})`,
  );
}
