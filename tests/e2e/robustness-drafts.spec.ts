/**
 * Robustness gate: hostile or huge drafts neither crash nor freeze the page.
 * For each draft (100,000 characters, emoji and ZWJ sequences, right-to-left
 * text, combining characters, empty text, very fast typing) on the X composer
 * pages: the page stays responsive, the draft is never changed or lost, no
 * script error reaches the page, and no task longer than 200 ms runs while
 * the extension checks.
 *
 * A task's length is measured as main-thread CPU time (Chromium's trace: the
 * thread time of each renderer main-thread task, which includes the content
 * script's work: it runs on the page's main thread). Wall-clock long tasks
 * (PerformanceObserver "longtask") are reported too, but on a machine shared
 * with other work they mostly measure the time the page was not running at all
 * (on 2 cores at load 10–20 even the empty draft shows 300+ ms), so they are
 * held to the 200 ms only with PIKETPAAL_STRICT_LONG_TASKS=1, and otherwise to
 * the 1.5 s freeze line when the longest task's CPU time shows our work.
 */
import type { Page } from '@playwright/test';
import {
  type ComposerKind,
  type ComposerPage,
  enterDraft,
  longTasks,
  pageNow,
  recordLongTasks,
  serveComposer,
} from './gates-support';
import { expect, test } from './harness';
import { startTaskTrace } from './task-trace';

/**
 * The limit from the issue. Timings depend on the machine: on a loaded
 * machine (many parallel builds) PIKETPAAL_LONG_TASK_MS can raise it for a
 * local run; CI uses the default.
 */
const LONG_TASK_LIMIT_MS = Number(process.env.PIKETPAAL_LONG_TASK_MS ?? 200);
/** A task this long is a frozen page, never acceptable. */
const FREEZE_LIMIT_MS = 1500;

/** Records top-level tasks; stop() gives the longest renderer main-thread task in CPU milliseconds. */
async function traceTasks(page: Page): Promise<{ stop: () => Promise<number> }> {
  const trace = await startTaskTrace(await page.context().newCDPSession(page));
  return { stop: async () => Math.max(0, ...(await trace.stop()).map((task) => task.cpu)) };
}

const RISKY = 'Wat een stelletje idioten, die ministers. ';
const FILLER = 'Vandaag fietste ik langs de Vecht en zag ik reigers, koeien en een ijsvogel. ';

/** 100,000 characters of ordinary text with risky sentences spread through it. */
function hundredThousand(): string {
  let text = '';
  for (let i = 0; text.length < 100_000; i++) text += i % 25 === 0 ? RISKY : FILLER;
  return text.slice(0, 100_000);
}

const DRAFTS: Record<string, string> = {
  '100,000 characters': hundredThousand(),
  'emoji and ZWJ sequences': `${'👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇳🇱 🧑🏿‍💻 '.repeat(200)}${RISKY}👨‍👩‍👧`,
  'right-to-left text': `\u202eمرحبا بالعالم שלום עולם ${RISKY}\u202c مرحبا ‏${RISKY}`.repeat(20),
  'combining characters': `${'e\u0301a\u0308o\u0302Z\u0351\u0364\u0300\u0316 '.repeat(400)}${RISKY}`,
  'lone surrogates and control characters': `\ud800${RISKY}\udc00\u0000\u0007\ufeff\u2028${RISKY}`,
  'empty text': '',
};

async function openComposer(page: Page, kind: ComposerKind): Promise<ComposerPage> {
  const composer = await serveComposer(page.context(), kind);
  await page.goto(composer.url);
  await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'x');
  await expect(composer.editor(page)).toBeVisible();
  await page.waitForTimeout(500); // start-up settles
  return composer;
}

async function draftOf(page: Page, composer: ComposerPage): Promise<string> {
  const editor = composer.editor(page);
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is what the user sees and what X posts
  return composer.kind === 'x-textarea' ? editor.inputValue() : editor.evaluate((e) => (e as HTMLElement).innerText);
}

/**
 * Lets the debounced check run, then proves the page is not frozen. Up to three pings, the fastest
 * counts, against 1.5 s (the freeze line; long tasks are measured in CPU time by the trace below):
 * on the shared 2-core machine a frame now and then waits over 1 s for the other worker's Chromium
 * (seen in CI: 1018 ms, and 1191 ms twice in a row), while a page frozen by our code fails all three.
 */
async function settleAndPing(page: Page): Promise<void> {
  await page.waitForTimeout(1500);
  const ping = async () => {
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(true))));
    return Date.now() - started;
  };
  let fastest = await ping();
  for (let i = 0; i < 2 && fastest >= 1000; i++) fastest = Math.min(fastest, await ping());
  expect(fastest, 'the page answers within 1.5 s').toBeLessThan(1500);
}

/**
 * Only tasks from `since` on count: the drafts' checking, not the page's and
 * the content script's start-up (their cost is watched by the size budgets).
 */
async function expectNoLongTasks(page: Page, what: string, since: number, cpuWorst: number): Promise<void> {
  const tasks = await longTasks(page, since);
  const worst = Math.max(0, ...tasks.map((t) => t.duration));
  test.info().annotations.push({
    type: 'longest task',
    description: `${what}: ${Math.round(cpuWorst)} ms CPU, ${Math.round(worst)} ms wall`,
  });
  expect(cpuWorst, `longest task while checking ${what} (main-thread CPU time)`).toBeLessThanOrEqual(
    LONG_TASK_LIMIT_MS,
  );
  // Over half the CPU limit, the task holds work of ours: worth a warning, and the wall line below applies.
  const ourWorkShows = cpuWorst > LONG_TASK_LIMIT_MS / 2;
  if (worst > LONG_TASK_LIMIT_MS || ourWorkShows)
    console.warn(
      `longest task while checking ${what}: ${Math.round(cpuWorst)} ms CPU, ${Math.round(worst)} ms wall (target ${LONG_TASK_LIMIT_MS})`,
    );
  // The wall clock also counts time the renderer waits for a core (a fresh-clone CI of session 27 saw a
  // 2,161 ms task holding 29 ms of CPU). Our code has no blocking waits (no network, no sync IPC), so a
  // freeze of ours shows in CPU time above and in settleAndPing; the wall line only fails a task whose
  // CPU time shows our work in it, unless PIKETPAAL_STRICT_LONG_TASKS asks for the strict wall limit.
  const strict = process.env.PIKETPAAL_STRICT_LONG_TASKS === '1';
  if (strict || ourWorkShows)
    expect(worst, `longest task while checking ${what} (wall clock)`).toBeLessThanOrEqual(
      strict ? LONG_TASK_LIMIT_MS : FREEZE_LIMIT_MS,
    );
}

test.describe('hostile and huge drafts', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const kind of ['x-textarea', 'x-contenteditable'] as const) {
    for (const [name, text] of Object.entries(DRAFTS)) {
      test(`${name} (${kind})`, async ({ context }) => {
        await recordLongTasks(context);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const composer = await openComposer(page, kind);
        const since = await pageNow(page);
        const trace = await traceTasks(page);
        await enterDraft(page, composer, text);
        // A few real key presses at the end: each one re-runs the check on the whole draft.
        await composer.editor(page).press('End');
        await page.keyboard.type(' ok', { delay: 20 });
        await settleAndPing(page);
        const cpuWorst = await trace.stop();

        const draft = await draftOf(page, composer);
        // The draft is the user's: never changed, never lost (innerText may normalise line ends).
        expect(draft.length).toBeGreaterThanOrEqual(text.length);
        expect(draft.endsWith(' ok')).toBe(true);
        // Lone surrogates cannot cross the test driver's UTF-8 wire: they arrive as U+FFFD.
        if (kind === 'x-textarea') expect(draft).toBe(`${text.replace(/[\ud800-\udfff]/gu, '\ufffd')} ok`);
        expect(errors, 'script errors in the page').toEqual([]);
        await expectNoLongTasks(page, name, since, cpuWorst);
      });
    }
  }

  test('very fast typing on the Draft.js composer', async ({ context }) => {
    await recordLongTasks(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const composer = await openComposer(page, 'x-site');
    const since = await pageNow(page);
    const trace = await traceTasks(page);
    const text = `${RISKY}${FILLER}`.repeat(4);
    await composer.editor(page).click();
    await page.keyboard.type(text, { delay: 0 });
    await settleAndPing(page);
    const cpuWorst = await trace.stop();
    expect((await draftOf(page, composer)).replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
    expect(errors).toEqual([]);
    await expectNoLongTasks(page, 'fast typing', since, cpuWorst);
  });

  test('very fast typing into a 20,000-character textarea draft', async ({ context }) => {
    await recordLongTasks(context);
    const page = await context.newPage();
    const composer = await openComposer(page, 'x-textarea');
    const since = await pageNow(page);
    const trace = await traceTasks(page);
    const start = hundredThousand().slice(0, 20_000);
    await enterDraft(page, composer, start);
    await composer.editor(page).press('End');
    await page.keyboard.type(RISKY.repeat(5), { delay: 0 });
    await settleAndPing(page);
    const cpuWorst = await trace.stop();
    expect(await draftOf(page, composer)).toBe(start + RISKY.repeat(5));
    await expectNoLongTasks(page, 'fast typing at 20,000 characters', since, cpuWorst);
  });
});
