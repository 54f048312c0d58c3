// Size budgets on the BUILT extension. Sizes are stable where timings are not,
// so CI guards load cost through bytes: for each group of built files (one per
// site content script, popup, options, background, every other extension page
// such as the archive), the group is the entry file plus everything it loads
// (scripts, styles, imported chunks, found from the manifest, the HTML and the
// `import` statements). Budgets (bytes, uncompressed, as loaded) live in one
// file, budgets.json. Prints a table; fails when a group is over its budget.
//
//   node scripts/check-sizes.mjs              (after a build; uses $PIKETPAAL_OUT)
//   node scripts/check-sizes.mjs --files      (also lists each group's files)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = process.env.PIKETPAAL_OUT ?? '.output';
const TARGETS = ['chrome-mv3', 'firefox-mv2'];
const BUDGETS_FILE = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'budgets.json');

/** Files a JS module imports statically or dynamically (relative or root paths only). */
function jsImports(code) {
  const found = [];
  const re = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?\(?\s*["'`]([^"'`]+\.(?:js|mjs|css))["'`]/g;
  for (let m = re.exec(code); m; m = re.exec(code)) found.push(m[1]);
  return found;
}

/** Scripts and styles an HTML page loads. */
function htmlImports(html) {
  const found = [];
  const re = /<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+\.(?:js|mjs|css))["']/g;
  for (let m = re.exec(html); m; m = re.exec(html)) found.push(m[1]);
  return found;
}

/** The entry file plus everything it loads, as paths relative to `root`. */
function closure(root, entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const rel = queue.shift().replace(/^\/+/, '');
    if (seen.has(rel)) continue;
    const full = path.join(root, rel);
    if (!existsSync(full)) continue;
    seen.add(rel);
    const text = readFileSync(full, 'utf8');
    const deps = rel.endsWith('.html') ? htmlImports(text) : rel.endsWith('.css') ? [] : jsImports(text);
    for (const dep of deps) {
      if (/^[a-z][\w+.-]*:/i.test(dep)) continue; // absolute URL: check-built-code's business
      queue.push(dep.startsWith('/') ? dep : path.posix.join(path.posix.dirname(rel), dep));
    }
  }
  return [...seen];
}

/** Groups of one build folder: [{ name, kind, files }]. */
function groups(root) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const result = [];
  for (const cs of manifest.content_scripts ?? []) {
    const main = cs.js?.[0] ?? cs.css?.[0];
    const name = `content:${path.basename(main).replace(/\.(js|css)$/, '')}`;
    result.push({ name, kind: 'content-script', files: closure(root, [...(cs.js ?? []), ...(cs.css ?? [])]) });
    // Styles a shadow-root UI loads at run time (WXT cssInjectionMode "ui") sit beside the script.
    const css = main.replace(/\.js$/, '.css');
    if (css !== main && existsSync(path.join(root, css))) result.at(-1).files.push(css);
  }
  const bg = manifest.background?.service_worker ?? manifest.background?.scripts ?? manifest.background?.page;
  if (bg) result.push({ name: 'background', kind: 'background', files: closure(root, [bg].flat()) });
  const pages = new Map();
  const popup = (manifest.action ?? manifest.browser_action)?.default_popup;
  if (popup) pages.set(popup, 'popup');
  const options = manifest.options_ui?.page ?? manifest.options_page;
  if (options) pages.set(options, 'options');
  // Every other extension page (archive, setup, …) at the top level.
  for (const f of readdirSync(root)) {
    if (f.endsWith('.html') && !pages.has(f) && f !== bg) pages.set(f, `page:${f.replace(/\.html$/, '')}`);
  }
  for (const [page, name] of pages) {
    result.push({ name, kind: name.startsWith('page:') ? 'page' : name, files: closure(root, [page]) });
  }
  return result;
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

function main() {
  const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));
  const dirs = TARGETS.filter((t) => existsSync(path.join(OUT, t, 'manifest.json')));
  if (dirs.length === 0) {
    console.error(`check-sizes: no build found in ${OUT}/{${TARGETS.join(',')}}; build first.`);
    process.exit(1);
  }
  const rows = [];
  for (const target of dirs) {
    const root = path.join(OUT, target);
    const all = [...walk(root)].map((f) => path.relative(root, f));
    const entries = groups(root);
    entries.push({ name: 'total', kind: 'total', files: all });
    for (const g of entries) {
      const bytes = g.files.map((f) => readFileSync(path.join(root, f)));
      const size = bytes.reduce((n, b) => n + b.length, 0);
      const gzip = bytes.reduce((n, b) => n + gzipSync(b).length, 0);
      const budget = budgets.groups?.[g.name] ?? budgets.defaults?.[g.kind];
      const status = budget === undefined ? 'NO BUDGET' : size > budget ? 'OVER' : 'ok';
      const fileSizes = g.files.map((file, i) => ({ file, size: bytes[i].length }));
      rows.push({ target, group: g.name, kind: g.kind, files: g.files.length, fileSizes, size, gzip, budget, status });
    }
  }
  const head = ['target', 'group', 'files', 'size', 'gzip', 'budget', 'used', 'status'];
  const table = rows.map((r) => [
    r.target,
    r.group,
    String(r.files),
    kb(r.size),
    kb(r.gzip),
    r.budget === undefined ? '-' : kb(r.budget),
    r.budget === undefined ? '-' : `${Math.round((100 * r.size) / r.budget)}%`,
    r.status,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(head));
  for (const [i, row] of table.entries()) {
    console.log(line(row));
    // --files: what each group loads, biggest first (to see where the bytes come from).
    if (process.argv.includes('--files') && rows[i].group !== 'total') {
      for (const f of rows[i].fileSizes.sort((a, b) => b.size - a.size))
        console.log(`      ${kb(f.size).padStart(9)}  ${f.file}`);
    }
  }
  const failed = rows.filter((r) => r.status !== 'ok');
  if (failed.length > 0) {
    for (const r of failed) {
      console.error(
        r.status === 'OVER'
          ? `check-sizes: ${r.target} ${r.group} is ${kb(r.size)}, over its budget of ${kb(r.budget)}.`
          : `check-sizes: ${r.target} ${r.group} has no budget: add "${r.group}" to budgets.json (groups) or a default for "${r.kind}".`,
      );
    }
    console.error('Make the code smaller, or raise the budget in budgets.json with the reason in its "notes".');
    process.exit(1);
  }
  console.log(`check-sizes: ${rows.length} groups within budget (${BUDGETS_FILE.replace(/.*\//, '')})`);
}

main();
