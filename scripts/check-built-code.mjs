// Privacy and security gate on the BUILT extension (what users install, bundled
// third-party code included): fails when any JavaScript or HTML file in
// $PIKETPAAL_OUT/chrome-mv3 or $PIKETPAAL_OUT/firefox-mv2 contains a way to send
// data out (fetch, XMLHttpRequest, WebSocket, sendBeacon, EventSource) or to run
// code from strings (eval, new Function, string timers) or remote code.
//
// Checking the build rather than lib/ catches what dependencies bring in. A hit
// in third-party code can be harmless (e.g. a feature check such as
// `"fetch" in self` in a polyfill); such a hit may only be allowed in ALLOWED
// below, with the file pattern, the snippet and the reason. The check
// prints file, line, column and the surrounding code for every hit.
//
//   node scripts/check-built-code.mjs            (after a build)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const OUT = process.env.PIKETPAAL_OUT ?? '.output';
const TARGETS = ['chrome-mv3', 'firefox-mv2'];

/** What must not appear. `(?<![\w$.])` keeps `prefetch(`, `x.eval(` and the like out. */
export const FORBIDDEN = [
  { name: 'fetch(', re: /(?<![\w$])fetch\s*\(/g },
  { name: 'XMLHttpRequest', re: /(?<![\w$])XMLHttpRequest(?![\w$])/g },
  { name: 'WebSocket', re: /(?<![\w$])WebSocket(?![\w$])/g },
  { name: 'sendBeacon', re: /(?<![\w$])sendBeacon(?![\w$])/g },
  { name: 'EventSource', re: /(?<![\w$])EventSource(?![\w$])/g },
  { name: 'eval(', re: /(?<![\w$.])eval\s*\(|(?:window|globalThis|self)\.eval(?![\w$])/g },
  { name: 'new Function(', re: /(?<![\w$.])(?:new\s+)?Function\s*\(/g },
  { name: 'string timer', re: /(?<![\w$])set(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { name: 'remote import', re: /(?<![\w$])import\s*\(\s*["'`](?:https?:)?\/\//g },
  { name: 'importScripts(', re: /(?<![\w$])importScripts\s*\(/g },
  { name: 'remote script', re: /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//gi },
];

/**
 * Allowed hits: each needs `file` (regular expression on the path relative to
 * the target folder), `pattern` (a FORBIDDEN name), `snippet` (text, or a
 * regular expression, that must occur in the hit's surrounding code) and `reason`. Keep this list short.
 */
export const ALLOWED = [
  // None at present. The content scripts once needed one for WXT's createShadowRootUi, which
  // fetch()es the script's own stylesheet from the extension package; the shared UI no longer uses it.
  // The Vite modulepreload polyfill (a fetch() of <link rel=modulepreload>) is
  // switched off in wxt.config.ts rather than allowed here.
];

const SCANNED = /\.(?:m?js|html)$/;
const CONTEXT = 60;

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

function position(text, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** All hits in one file's text. Exported for the unit test of this gate. */
export function scanText(text, file) {
  const hits = [];
  for (const { name, re } of FORBIDDEN) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const from = Math.max(0, m.index - CONTEXT);
      const snippet = text.slice(from, m.index + m[0].length + CONTEXT).replace(/\s+/g, ' ');
      const allowedBy = ALLOWED.find(
        (a) =>
          a.pattern === name &&
          new RegExp(a.file).test(file) &&
          (typeof a.snippet === 'string' ? snippet.includes(a.snippet) : a.snippet.test(snippet)),
      );
      hits.push({ file, pattern: name, ...position(text, m.index), snippet, allowedBy });
    }
  }
  return hits;
}

function main() {
  const dirs = TARGETS.map((t) => path.join(OUT, t)).filter((d) => existsSync(d));
  if (dirs.length === 0) {
    console.error(`check-built-code: no build found in ${OUT}/{${TARGETS.join(',')}}; build first.`);
    process.exit(1);
  }
  let files = 0;
  const hits = [];
  for (const dir of dirs) {
    for (const full of walk(dir)) {
      if (!SCANNED.test(full)) continue;
      files++;
      hits.push(...scanText(readFileSync(full, 'utf8'), path.relative(OUT, full)));
    }
  }
  const allowed = hits.filter((h) => h.allowedBy);
  const forbidden = hits.filter((h) => !h.allowedBy);
  for (const h of allowed) {
    console.log(`allowed  ${h.file}:${h.line}:${h.column} ${h.pattern} (${h.allowedBy.reason})`);
  }
  for (const h of forbidden) {
    console.error(`FORBIDDEN ${h.file}:${h.line}:${h.column} ${h.pattern}\n    …${h.snippet}…`);
  }
  const unusedAllowances = ALLOWED.filter((a) => !allowed.some((h) => h.allowedBy === a));
  for (const a of unusedAllowances) console.log(`note: allowance no longer needed: ${a.file} ${a.pattern}`);
  console.log(
    `check-built-code: ${files} files in ${dirs.join(', ')}; ${forbidden.length} forbidden, ${allowed.length} allowed`,
  );
  if (forbidden.length > 0) {
    console.error(
      'Built code must not send data out or run code from strings. Remove the call, or, for harmless third-party code, add an entry with its reason to ALLOWED in scripts/check-built-code.mjs.',
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
