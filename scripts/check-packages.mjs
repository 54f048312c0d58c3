// Store-readiness gate on the zips `npm run build` (wxt zip) writes: the Chrome
// and Firefox packages carry the version from package.json, and the sources zip
// that Mozilla's reviewers rebuild from (AMO asks for it because the build is
// minified) holds what `npm ci && npm run build` needs and nothing generated:
// no node_modules, no build output, no local test artefacts.
// Skips, with a note, when no zips exist (a plain `wxt build` writes none).
//
//   node scripts/check-packages.mjs
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const OUT = process.env.PIKETPAAL_OUT ?? '.output';
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const base = `${pkg.name}-${pkg.version}`;

/** Entries of a zip file from its central directory: Map name -> () => Buffer. */
function readZip(file) {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + compressed);
      return method === 0 ? data : inflateRawSync(data);
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const problems = [];
const zips = {
  chrome: path.join(OUT, `${base}-chrome.zip`),
  firefox: path.join(OUT, `${base}-firefox.zip`),
  sources: path.join(OUT, `${base}-sources.zip`),
};
if (!Object.values(zips).some((z) => existsSync(z))) {
  console.log(`check-packages: skipped, no ${base}-*.zip in ${OUT} (npm run build writes them)`);
  process.exit(0);
}

for (const browser of ['chrome', 'firefox']) {
  if (!existsSync(zips[browser])) {
    problems.push(`${zips[browser]} is missing`);
    continue;
  }
  const entries = readZip(zips[browser]);
  const manifestEntry = entries.get('manifest.json');
  if (!manifestEntry) {
    problems.push(`${zips[browser]}: no manifest.json at the top level`);
    continue;
  }
  const manifest = JSON.parse(manifestEntry().toString('utf8'));
  if (manifest.version !== pkg.version) {
    problems.push(`${zips[browser]}: manifest version ${manifest.version}, package.json says ${pkg.version}`);
  }
  if (browser === 'firefox' && !manifest.browser_specific_settings?.gecko?.id) {
    problems.push(`${zips[browser]}: no browser_specific_settings.gecko.id (AMO needs a stable id)`);
  }
  for (const name of entries.keys()) {
    if (/(^|\/)\.|\.map$/.test(name)) problems.push(`${zips[browser]}: unexpected file ${name}`);
  }
  // Chrome Web Store limits: name 75, description 132 characters (after __MSG_ substitution), per locale.
  for (const [name, read] of entries) {
    const locale = /^_locales\/([^/]+)\/messages\.json$/.exec(name)?.[1];
    if (!locale) continue;
    const messages = JSON.parse(read().toString('utf8'));
    const text = (field) => {
      const key = /^__MSG_(\w+)__$/.exec(manifest[field] ?? '')?.[1];
      return key ? (messages[key]?.message ?? '') : (manifest[field] ?? '');
    };
    for (const [field, max] of [
      ['name', 75],
      ['description', 132],
    ]) {
      if (text(field).length > max) {
        problems.push(`${zips[browser]}: ${locale} ${field} is ${text(field).length} characters; stores allow ${max}`);
      }
    }
  }
  console.log(`check-packages: ${path.basename(zips[browser])}: ${entries.size} files, version ${manifest.version}`);
}

if (existsSync(zips.sources)) {
  const names = [...readZip(zips.sources).keys()];
  const banned =
    /^(node_modules|\.output[^/]*|\.wxt|\.git|test-results|playwright-report)\/|(^|\/)node_modules\/|^tests\/fixtures\/sites\/dist\//;
  for (const name of names.filter((n) => banned.test(n))) problems.push(`sources zip: must not contain ${name}`);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
    if (!names.includes(needed)) problems.push(`sources zip: ${needed} is missing (needed to rebuild)`);
  }
  if (!names.some((n) => n.startsWith('entrypoints/'))) problems.push('sources zip: no entrypoints/');
  console.log(`check-packages: ${path.basename(zips.sources)}: ${names.length} files`);
} else {
  problems.push(`${zips.sources} is missing (Mozilla's review needs the sources)`);
}

for (const p of problems) console.error(`check-packages: ${p}`);
if (problems.length > 0) process.exit(1);
console.log('check-packages: store packages ok');
