/**
 * What each part of the rule data costs in the packed data (`npx tsx scripts/lib/size-by-part.ts`):
 * core.json, each lexicon (its nl and en files together), each organisation pack, each engine word
 * list (lib/engine/**.list.json). A part's cost is the packed size of everything minus the packed
 * size without it (LZMA shares bytes across parts, so a part alone would cost more than it adds).
 * Also the organisation packs together, and all of them but one: what the content script would save
 * by carrying no organisation pack, or only the user's own, and loading it at run time (measured, not done).
 *
 * Slow (one LZMA pack at the build's level per part, ~3 s each): `--shard k/n` runs every n-th part
 * from the k-th, to spread the work over processes; the shards' lines are printed as TSV.
 * Measures only; the build does not use it.
 */
import type { BundledFile } from '../../lib/engine/data/bundled';
import { lzmaCompress } from './lzma-encoder.mjs';
import { LZMA_SETTINGS, readRuleSourceFiles, ruleDataText, SHIPPED_PER_PACKED_BYTE } from './rule-data-plugin';

/** The part a file belongs to: one lexicon id (nl + en), one organisation, core, one word list. */
export function partOf(path: string): string {
  const lexicon = /^rules\/lexicons\/(.+)\.(nl|en)\.json$/.exec(path);
  if (lexicon) return `lexicon ${lexicon[1]}`;
  return path;
}

export function packedBytes(files: readonly BundledFile[]): number {
  const { text } = ruleDataText(files);
  return lzmaCompress(Buffer.from(text, 'utf8'), 9, LZMA_SETTINGS).length * SHIPPED_PER_PACKED_BYTE;
}

const files = readRuleSourceFiles();
const parts = [...new Set(files.map((file) => partOf(file.path)))];
const groups: [string, (path: string) => boolean][] = [
  ['(nothing left out)', () => false],
  ['ALL org packs', (path) => path.startsWith('rules/orgs/')],
  // Only the own organisation's pack in the bundle (the largest and the smallest): the rest loaded at run time.
  ['ALL org packs but gemeente', (path) => path.startsWith('rules/orgs/') && path !== 'rules/orgs/gemeente.json'],
  ['ALL org packs but az', (path) => path.startsWith('rules/orgs/') && path !== 'rules/orgs/az.json'],
  ['ALL lexicons', (path) => path.startsWith('rules/lexicons/')],
  ['ALL nl lexicons', (path) => /^rules\/lexicons\/.*\.nl\.json$/.test(path)],
  ['ALL en lexicons', (path) => /^rules\/lexicons\/.*\.en\.json$/.test(path)],
  ['ALL engine word lists', (path) => path.endsWith('.list.json')],
  ...parts.map((part): [string, (path: string) => boolean] => [part, (path) => partOf(path) === part]),
];
const shardArg = process.argv[process.argv.indexOf('--shard') + 1];
const [shard, shards] = process.argv.includes('--shard') && shardArg ? shardArg.split('/').map(Number) : [0, 1];
const full = packedBytes(files);
groups.forEach(([name, leftOut], k) => {
  if (k % shards! !== shard) return;
  const kept = files.filter((file) => !leftOut(file.path));
  const source = files.filter((file) => leftOut(file.path)).reduce((sum, f) => sum + JSON.stringify(f.data).length, 0);
  const without = packedBytes(kept);
  console.log(`${name}\t${(source / 1024).toFixed(1)}\t${((full - without) / 1024).toFixed(2)}`);
});
