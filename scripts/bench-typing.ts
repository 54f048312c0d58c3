/**
 * Typing latency of in-page checking (printed figures, not a test).
 * Types a 3,000-character post into a fixture composer with the built
 * extension loaded and reports:
 *  - keystroke-to-updated-marks latency (keydown → the marks overlay reflects
 *    the new draft), p50/p95/max; target p95 < 16 ms (one frame);
 *  - time per check inside the content script (read + engine + marks);
 *  - the longest main-thread task while typing (Long Tasks API); target < 50 ms;
 *  - the same task measured in CPU time (Chromium's trace, thread time of each
 *    renderer main-thread task): on a machine shared with other work, wall-clock
 *    figures include time the page was not even running; CPU time does not.
 *
 * Usage: npm run build (or PIKETPAAL_OUT=… npx wxt build), npm run fixtures:build, then
 *   npm run bench:typing [-- --site x|facebook|linkedin-v1|linkedin-v2|bluesky] [--chars 3000] [--delay 0]
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { EXTENSION_DIR, launchWithExtension, ROOT } from '../tests/e2e/harness';
import { startTaskTrace } from '../tests/e2e/task-trace';
import { type FixtureSite, serveFixture } from '../tests/fixtures/sites/routes';

const EDITORS: Partial<Record<FixtureSite, string>> = {
  x: '#home-composer [data-testid="tweetTextarea_0"]',
  facebook: '#create-post [data-lexical-editor="true"]',
  'linkedin-v1': '.share-creation-state__text-editor .ql-editor',
  'linkedin-v2': '#interop-outlet .tiptap.ProseMirror',
  bluesky: '[data-composer="post"] .ProseMirror',
};

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

// A realistic post: ordinary sentences with a risky phrase now and then.
const SENTENCES = [
  'Vandaag sprak ik met collega’s over de nieuwe regeling voor de wijk. ',
  'Wat een stelletje idioten, die ministers. ',
  'De bewoners zijn welkom op de informatieavond in het buurthuis. ',
  'Ik denk dat de verdachte het zeker gedaan heeft. ',
  'Meer informatie staat binnenkort op de website van de gemeente. ',
];

function draftText(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += SENTENCES[i % SENTENCES.length];
  return text.slice(0, chars);
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const site = arg('site', 'x') as FixtureSite;
  const chars = Number(arg('chars', '3000'));
  // Milliseconds between keystrokes: 0 types as fast as the browser takes them; ~150 is a person typing.
  const delay = Number(arg('delay', '0'));
  const selector = EDITORS[site];
  if (!selector) throw new Error(`No bench editor for site "${site}"`);
  if (!existsSync(path.join(ROOT, 'tests/fixtures/sites/dist', `${site}.js`)))
    throw new Error('Build the fixtures first: npm run fixtures:build');

  const { context } = await launchWithExtension(EXTENSION_DIR);
  const url = await serveFixture(context, site);
  const page = await context.newPage();
  // Page-side probes: keydown times, marks updates (with the content script's own check time), long tasks.
  // A string, not a function: tsx would add helpers (__name) the page does not have.
  await page.addInitScript(`
    const probe = { keys: [], updates: [], longest: 0, longTasks: 0 };
    window.__bench = probe;
    window.addEventListener('keydown', (event) => probe.keys.push({ stamp: event.timeStamp, at: performance.now() }), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        probe.longTasks++;
        probe.longest = Math.max(probe.longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: false });
    function watch(host) {
      new MutationObserver(() =>
        probe.updates.push({
          at: performance.now(),
          checkMs: Number(host.getAttribute('data-check-ms') ?? 'NaN'),
          length: Number(host.getAttribute('data-checked-length') ?? 'NaN'),
        }),
      ).observe(host, { attributes: true, attributeFilter: ['data-checked-length'] });
    }
    // Init scripts run before <html> exists: observe the document itself.
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && node.getAttribute('data-piketpaal') === 'marks') watch(node);
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto(url);
  const editor = page.locator(selector);
  await editor.click();
  await page.waitForTimeout(300);
  const text = draftText(chars);
  const trace = await startTaskTrace(await context.newCDPSession(page), { scripts: true });
  const started = Date.now();
  await page.keyboard.type(text, { delay });
  await page.waitForTimeout(500);
  const typedIn = (Date.now() - started) / 1000;
  const tasks = await trace.stop();
  const probe = await page.evaluate(
    () =>
      (
        window as unknown as {
          __bench: {
            keys: { stamp: number; at: number }[];
            updates: { at: number; checkMs: number; length: number }[];
            longest: number;
            longTasks: number;
          };
        }
      ).__bench,
  );
  const marks = await page.locator('[data-piketpaal="marks"] .mark').count();
  await context.close();

  // Each keystroke's latency: time to the first marks update after it that shows a longer draft than
  // the marks showed before it (a redraw of the old draft, e.g. on the input event, does not count).
  // Also from the moment the page got the key (its keydown handler ran): without the time the key
  // waited in the input queue, which on a busy machine is mostly time the page was not running at all.
  const latencies: number[] = [];
  const fromHandler: number[] = [];
  let u = 0;
  let shownLength = 0;
  for (const key of probe.keys) {
    while (u < probe.updates.length && (probe.updates[u]?.at ?? 0) < key.at)
      shownLength = probe.updates[u++]?.length ?? 0;
    let v = u;
    while (v < probe.updates.length && (probe.updates[v]?.length ?? 0) <= shownLength) v++;
    const update = probe.updates[v];
    if (update) {
      latencies.push(update.at - key.stamp);
      fromHandler.push(update.at - key.at);
    }
  }
  const checks = probe.updates.map((x) => x.checkMs).filter((x) => Number.isFinite(x));
  const fmt = (n: number) => `${n.toFixed(1)} ms`;
  console.log(
    `Piketpaal typing bench — site ${site}, ${text.length} characters typed in ${typedIn.toFixed(1)} s (delay ${delay} ms), load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.log(
    `  keystrokes ${probe.keys.length}, marks updates ${probe.updates.length}, marks drawn at the end ${marks}`,
  );
  console.log(
    `  keystroke → updated marks: p50 ${fmt(percentile(latencies, 50))}, p95 ${fmt(percentile(latencies, 95))}, max ${fmt(Math.max(...latencies))}  (target p95 < 16 ms)`,
  );
  console.log(
    `  same, from the keydown handler: p50 ${fmt(percentile(fromHandler, 50))}, p95 ${fmt(percentile(fromHandler, 95))}, max ${fmt(Math.max(...fromHandler))}`,
  );
  console.log(
    `  check in content script:   p50 ${fmt(percentile(checks, 50))}, p95 ${fmt(percentile(checks, 95))}, max ${fmt(Math.max(...checks))}`,
  );
  console.log(
    `  longest task while typing: ${probe.longTasks ? fmt(probe.longest) : 'none over 50 ms'} (${probe.longTasks} long tasks; target < 50 ms)`,
  );
  const byCpu = [...tasks].sort((a, b) => b.cpu - a.cpu);
  console.log(
    `  same, in CPU time (trace):  longest ${fmt(byCpu[0]?.cpu ?? 0)} (wall ${fmt(byCpu[0]?.wall ?? 0)}), tasks over 50 ms CPU: ${
      tasks.filter((t) => t.cpu > 50).length
    }, longest by wall ${fmt(Math.max(0, ...tasks.map((t) => t.wall)))}`,
  );
  for (const task of byCpu.slice(0, 3))
    console.log(`    ${fmt(task.cpu)} CPU (${fmt(task.wall)} wall): ${task.scripts.join(', ') || 'no script'}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
