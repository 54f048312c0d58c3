/**
 * Where the bytes of engine + packs are (`npx tsx scripts/lib/size-breakdown.ts`): the
 * measurement behind the README's size section, so the next trim starts from figures.
 *
 * - The same esbuild bundle as `npm run bench` (lib/engine/index.ts, every export), and the
 *   part the content scripts load (they import only checkPost and warmUpEngine), bundled twice:
 *   by esbuild, and as the extension build bundles it (Vite's rolldown, minified by oxc). WHY
 *   both: esbuild keeps valibot's schemas (module-level calls it cannot prove pure) although the
 *   content scripts never validate with them, rolldown drops them; the built file is what ships.
 * - Minified code per module (esbuild metafile) and the bytes of its long string and regex
 *   literals (data written as code: name lists, language profiles, detector patterns).
 * - The packed rule data per section of the layout (lib/engine/data/layout.ts), each
 *   compressed alone with the build's LZMA settings: which kind of data costs what.
 *
 * Measures only; the build does not use it.
 */
import { build } from 'esbuild';
import { build as rolldownBuild } from 'rolldown';
import { lzmaCompress } from './lzma-encoder.mjs';
import {
  LZMA_SETTINGS,
  packedSourceModule,
  readRuleSourceFiles,
  ruleDataEsbuildPlugin,
  ruleDataText,
  SHIPPED_PER_PACKED_BYTE,
  SOURCE_MODULE,
} from './rule-data-plugin';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A string or regex literal of at least this many characters counts as data written as code. */
const LONG_LITERAL = 100;
/** String, template and regex literals (a rough scan of minified code: enough to rank modules). */
const LITERAL =
  /"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|\/(?![*/])(?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+\/[dgimsuvy]*/g;

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8', // as the extension build prints strings (see scripts/bench.ts)
    metafile: true,
    plugins: [ruleDataEsbuildPlugin()],
    logLevel: 'silent',
  });
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  return { bytes: result.outputFiles[0]!.contents.length, inputs };
}

/** Long literals' bytes in one module's own minified code (bundled alone, nothing inlined). */
async function literalBytes(file: string): Promise<number> {
  const result = await build({
    entryPoints: [file],
    bundle: false,
    minify: true,
    write: false,
    format: 'esm',
    charset: 'utf8',
    logLevel: 'silent',
  });
  let total = 0;
  for (const match of result.outputFiles[0]!.text.matchAll(LITERAL))
    if (match[0].length >= LONG_LITERAL) total += Buffer.byteLength(match[0]);
  return total;
}

/** Minified bytes of `contents` bundled as the extension build does (rolldown, oxc, the rule data packed). */
async function shippedBytes(contents: string): Promise<number> {
  const entry = '\0size-breakdown-entry';
  const result = await rolldownBuild({
    input: entry,
    cwd: process.cwd(),
    platform: 'browser',
    logLevel: 'silent',
    write: false,
    output: { format: 'esm', minify: true },
    plugins: [
      {
        name: 'entry',
        resolveId: (id: string) => (id === entry ? id : null),
        load: (id: string) => (id === entry ? contents : null),
      },
      { name: 'rule-data', load: (id: string) => (SOURCE_MODULE.test(id) ? packedSourceModule() : null) },
    ],
  });
  return result.output.reduce((sum, chunk) => sum + ('code' in chunk ? Buffer.byteLength(chunk.code) : 0), 0);
}

const CONTENT_IMPORTS = "export { checkPost, warmUpEngine } from './lib/engine/index.ts';";
const all = await bundle("export * from './lib/engine/index.ts';");
const content = await bundle(CONTENT_IMPORTS);
const contentShipped = await shippedBytes(CONTENT_IMPORTS);
const packedBytes = Object.entries(all.inputs)
  .filter(([file]) => file.endsWith('lib/engine/data/source.ts'))
  .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
console.log(
  `engine + packs ${kb(all.bytes)} (every export, as npm run bench); what the content scripts import ${kb(content.bytes)}`,
);
console.log(
  `  what the content scripts import, bundled as the extension build does (rolldown, oxc): ${kb(contentShipped)}`,
);
console.log(`  packed rule data ${kb(packedBytes)}, code ${kb(all.bytes - packedBytes)}`);

console.log('\ncode per module (minified; long literals = string/regex literals of 100+ characters in it)');
const modules = Object.entries(all.inputs)
  .filter(([file]) => !file.endsWith('lib/engine/data/source.ts'))
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
for (const [file, input] of modules) {
  if (input.bytesInOutput < 512) continue;
  const name = file.replace(/^.*node_modules\//, 'node_modules/');
  const literals = file.includes('node_modules') ? 0 : await literalBytes(file);
  console.log(
    `  ${kb(input.bytesInOutput).padStart(8)}  ${name}${literals > 0 ? ` (long literals ${kb(literals)})` : ''}`,
  );
}

console.log('\npacked rule data per layout section (each LZMA-compressed alone, so the parts add up to a bit more)');
const { text } = ruleDataText(readRuleSourceFiles());
const lines = text.split('\n');
// Line 1: "R|S1,S2,...|W1,...": regex terms, strings and list strings per stream; the lines: word lists, strings,
// regex terms (lib/engine/data/layout.ts).
const [, stringText, wordText] = lines[1]!.split('|') as [string, string, string];
const lineCount = (text: string) => text.split(',').reduce((sum, count) => sum + Number(count || 0), 0);
const stringStart = 2 + lineCount(wordText);
const regexStart = stringStart + lineCount(stringText);
const sections: [string, string[]][] = [
  ['structure (JSON skeleton)', lines.slice(0, 2)],
  ['word lists (terms)', lines.slice(2, stringStart)],
  ['other strings (ids, messages, suggestions, names)', lines.slice(stringStart, regexStart)],
  ['regex terms', lines.slice(regexStart)],
];
for (const [name, part] of sections) {
  const bytes = Buffer.from(part.join('\n'), 'utf8');
  const shipped = lzmaCompress(bytes, 9, LZMA_SETTINGS).length * SHIPPED_PER_PACKED_BYTE;
  console.log(`  ${kb(shipped).padStart(8)} shipped  ${kb(bytes.length).padStart(9)} laid out  ${name}`);
}
