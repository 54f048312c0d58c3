/**
 * Bytes of a built file per source module, from its sourcemap (what rollup-plugin-visualizer shows):
 *
 *     PIKETPAAL_SOURCEMAP=1 PIKETPAAL_OUT=/tmp/sm npx wxt build
 *     node scripts/lib/size-by-source.mjs /tmp/sm/chrome-mv3/content-scripts/x.js [top] [folder depth]
 *
 * Each byte of the file counts for the source its mapping segment names; bytes of no source
 * (JSON the bundler inlined, the bundler's runtime) are "(no source)". The build writes maps only with
 * PIKETPAAL_SOURCEMAP=1 (wxt.config.ts), into its own output folder: the shipped build has none.
 * Measures only. No dependency: the mappings' base64 VLQ is decoded here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line's segments as [generated column, source index or -1]; the source index carries over lines. */
function* segments(mappings) {
  let source = 0;
  for (const line of mappings.split(';')) {
    let column = 0;
    const out = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      out.push([column, fields.length > 1 ? source : -1]);
    }
    yield out;
  }
}

const [file, topArg = '40', depthArg] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/lib/size-by-source.mjs BUILT.js [top] [folder depth]');
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');
const name = (index) =>
  index < 0
    ? '(no source)'
    : path
        .relative(process.cwd(), path.resolve(path.dirname(file), map.sourceRoot ?? '', map.sources[index]))
        .replace(/^.*node_modules\//, 'node_modules/');
const bytes = new Map();
let lineNumber = 0;
for (const lineSegments of segments(map.mappings)) {
  const line = lines[lineNumber++] ?? '';
  // Bytes before a line's first segment and the line break count for no source.
  const starts = [[0, -1], ...lineSegments, [line.length, -1]];
  for (let k = 0; k + 1 < starts.length; k++) {
    const [from, source] = starts[k];
    const size = Buffer.byteLength(line.slice(from, starts[k + 1][0])) + (k + 2 === starts.length ? 1 : 0);
    bytes.set(name(source), (bytes.get(name(source)) ?? 0) + size);
  }
}
const kb = (n) => `${(n / 1024).toFixed(2).padStart(8)} KB`;
const rows = [...bytes].sort((a, b) => b[1] - a[1]);
console.log(`${file}: ${kb(Buffer.byteLength(code))}`);
for (const [source, size] of rows.slice(0, Number(topArg))) console.log(`${kb(size)}  ${source}`);
if (depthArg) {
  const folders = new Map();
  for (const [source, size] of rows) {
    const folder = source.split('/').slice(0, Number(depthArg)).join('/');
    folders.set(folder, (folders.get(folder) ?? 0) + size);
  }
  console.log('by folder:');
  for (const [folder, size] of [...folders].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg)))
    console.log(`${kb(size)}  ${folder}`);
}
