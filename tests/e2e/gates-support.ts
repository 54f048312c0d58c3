/**
 * Shared parts of the privacy, security and robustness tests (the "gates"):
 * which composer page to use, how to type into it, where the banner is, a
 * request recorder and a long-task recorder. The composer pages are the site
 * fixtures (tests/fixtures/sites, built by its build.mjs) when they are built,
 * otherwise the gates' own minimal pages in tests/fixtures/robustness.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page, Request } from '@playwright/test';
import { FIXTURES_DIR, OUTPUT_DIR, routeSite } from './harness';

export type ComposerKind = 'x-site' | 'x-contenteditable' | 'x-textarea';

export interface ComposerPage {
  kind: ComposerKind;
  url: string;
  origin: string;
  /** Files the routed page itself loads (the page and its /__fixture/ assets). */
  editor: (page: Page) => Locator;
  postButton: (page: Page) => Locator;
}

const SITE_FIXTURES = path.join(FIXTURES_DIR, 'sites/dist');

/** Site fixtures that are built (x, facebook, …), from tests/fixtures/sites/dist/*.html. */
export function builtSiteFixtures(): string[] {
  if (!existsSync(SITE_FIXTURES)) return [];
  return readdirSync(SITE_FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''));
}

/** Serves an X composer page at https://x.com/home. `x-site` falls back to the gates' own page when not built. */
export async function serveComposer(context: BrowserContext, kind: ComposerKind): Promise<ComposerPage> {
  const origin = 'https://x.com';
  let actual = kind;
  if (kind === 'x-site' && builtSiteFixtures().includes('x')) {
    await routeSite(context, origin, {
      '/__fixture/x.js': 'sites/dist/x.js',
      '/__fixture/fixture.css': 'sites/dist/fixture.css',
      '*': 'sites/dist/x.html',
    });
  } else {
    if (kind === 'x-site') actual = 'x-contenteditable';
    await routeSite(context, origin, { '*': `robustness/${actual}.html` });
  }
  return {
    kind: actual,
    url: `${origin}/home`,
    origin,
    editor: (page) => page.locator('[data-testid="tweetTextarea_0"]').first(),
    postButton: (page) => page.locator('[data-testid="tweetButtonInline"]').first(),
  };
}

/** Puts `text` into the composer as a paste-like input (one input event), the way a user pastes. */
export async function enterDraft(page: Page, composer: ComposerPage, text: string): Promise<void> {
  const editor = composer.editor(page);
  await editor.click();
  if (composer.kind === 'x-textarea') {
    await editor.fill(text);
  } else {
    await page.keyboard.insertText(text);
  }
}

export async function submissions(page: Page): Promise<{ composer: string; text: string }[]> {
  return page.evaluate(() => (window as unknown as { __submissions?: [] }).__submissions ?? []);
}

export const bannerHost = (page: Page) => page.locator('[data-piketpaal="banner"]');
export const banner = (page: Page) => page.locator('[data-piketpaal="banner"] [role="alertdialog"]');
export const indicatorHost = (page: Page) => page.locator('[data-piketpaal="indicator"]');

/**
 * Drafts the engine should flag at "warning" or above (the default banner
 * threshold). The first one the engine actually flags is used; see riskyDraft().
 */
export const RISKY_CANDIDATES = [
  'Wat een stelletje idioten, die ministers',
  'De minister is een idioot en dit hele kabinet moet weg, stem op de oppositie!',
  'Dit asielbeleid van de minister is belachelijk, ik schaam me voor dit kabinet.',
  'The minister is an idiot and this government is a disgrace.',
];

type Engine = typeof import('../../lib/engine');

let enginePromise: Promise<Engine | undefined> | undefined;
async function engine(): Promise<Engine | undefined> {
  enginePromise ??= import('../../lib/engine').catch(() => undefined);
  return enginePromise;
}

/** True when the engine (run here in Node) holds `text` with the banner at the default threshold. */
export async function engineHolds(text: string): Promise<boolean> {
  const e = await engine();
  if (!e) return false;
  try {
    return e.checkPost({ text }).findings.some((f) => f.severity === 'warning' || f.severity === 'high');
  } catch {
    return false;
  }
}

/** A draft the engine holds, or undefined while the engine is still a stub. */
export async function riskyDraft(): Promise<string | undefined> {
  for (const text of RISKY_CANDIDATES) if (await engineHolds(text)) return text;
  return undefined;
}

/** Extension pages in the build (popup.html, options.html, archive.html, …). */
export function extensionPages(): string[] {
  const dir = path.join(OUTPUT_DIR, 'chrome-mv3');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  from: string;
}

/** Records every request of the context: pages, frames, workers and the extension's service worker. */
export function recordRequests(context: BrowserContext): RecordedRequest[] {
  const log: RecordedRequest[] = [];
  const sourceOf = (request: Request): string => {
    const worker = request.serviceWorker();
    if (worker) return `service worker ${worker.url()}`;
    try {
      return `frame ${request.frame().url()}`;
    } catch {
      return 'unknown';
    }
  };
  context.on('request', (request) => {
    log.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      from: sourceOf(request),
    });
  });
  return log;
}

/**
 * Requests that go beyond the routed page itself and the extension's own files.
 * `pages` are the routed page URLs the test opened; their origins may serve the
 * fixture's own assets (/__fixture/…) and the browser's own favicon request.
 */
export function requestsBeyond(log: RecordedRequest[], extensionId: string, pages: string[]): RecordedRequest[] {
  const pageUrls = new Set(pages);
  const origins = new Set(pages.map((p) => new URL(p).origin));
  return log.filter((r) => {
    if (r.url.startsWith(`chrome-extension://${extensionId}/`)) return false;
    if (/^(data|blob|about):/.test(r.url)) return false;
    if (pageUrls.has(r.url)) return false;
    const url = new URL(r.url);
    if (origins.has(url.origin) && (url.pathname.startsWith('/__fixture/') || url.pathname === '/favicon.ico')) {
      return false;
    }
    return true;
  });
}

/** Records long tasks (PerformanceObserver "longtask") in every page of the context from the first script on. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // longtask unsupported: the tests then see no entries and say so
    }
  });
}

/** Long tasks that started at or after `since` (page time, performance.now()). */
export async function longTasks(page: Page, since = 0): Promise<{ start: number; duration: number }[]> {
  return page.evaluate(
    (from) =>
      ((window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks ?? []).filter(
        (t) => t.start >= from,
      ),
    since,
  );
}

/** The page's clock, to measure from a moment on (e.g. after the content script has started). */
export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
