/**
 * Speed benchmark (not a timed test): p50/p95 of one checkPost at 280, 3,000 and
 * 60,000 characters, batch throughput, and the minified size of engine + packs as shipped.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { checkPost } from '../lib/engine/index';
import { packRuleData, readRuleSourceFiles, ruleDataEsbuildPlugin } from './lib/rule-data-plugin';

const SAMPLE = readFileSync('../shared/eval/dev.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text?: string }).text ?? '')
  .filter(Boolean)
  .join('\n\n');

function textOf(length: number, offset: number): string {
  let out = '';
  while (out.length < length + offset) out += SAMPLE;
  return out.slice(offset, offset + length);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const profile = { organisation: 'jenv', topics: ['politie'], role: 'beleidsmedewerker' };
checkPost({ text: textOf(280, 0), profile }); // build the model once (not part of a check)
for (const [length, runs] of [
  [280, 400],
  [3000, 200],
  [60000, 20],
] as const) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const text = textOf(length, (i * 7919) % SAMPLE.length);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    checkPost({ text, profile });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // Wall time suffers when the machine is shared; CPU time of this process is shown next to it.
  console.log(
    `${String(length).padStart(6)} chars: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms wall; cpu p50 ${percentile(cpu, 50).toFixed(2)} ms, p95 ${percentile(cpu, 95).toFixed(2)} ms (${runs} runs)`,
  );
}

const lines = readFileSync('../shared/eval/dev.jsonl', 'utf8').split('\n').filter(Boolean);
const t0 = performance.now();
let count = 0;
for (let round = 0; round < 5; round++) {
  for (const line of lines) {
    const item = JSON.parse(line) as { text?: string; profile?: typeof profile };
    if (item.text) {
      checkPost({ text: item.text, profile: item.profile });
      count++;
    }
  }
}
const seconds = (performance.now() - t0) / 1000;
console.log(`batch: ${count} posts in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} posts/s`);

// Bundle size of what ships: the build replaces the rule data source with the compacted,
// packed copy (scripts/lib/rule-data-plugin.ts); the same plugin runs here.
const result = await build({
  entryPoints: ['lib/engine/index.ts'],
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  metafile: true,
  plugins: [ruleDataEsbuildPlugin()],
});
const bytes = result.outputFiles[0]!.contents.length;
const ruleFiles = readRuleSourceFiles();
const sourceBytes = ruleFiles.reduce((sum, file) => sum + readFileSync(file.path).length, 0);
const packedBytes = packRuleData(ruleFiles).z85.length;
console.log(
  `bundle: engine + packs ${(bytes / 1024).toFixed(1)} KB minified (budget 300 KB); rule data ${(sourceBytes / 1024).toFixed(1)} KB source JSON, shipped compacted and packed as ${(packedBytes / 1024).toFixed(1)} KB`,
);
