/**
 * Playwright fixtures: a persistent Chromium context with the built extension
 * loaded, the extension id, and routing that serves local fixture pages under
 * the real host names (so the content scripts' `matches` apply as on the real
 * sites). No request leaves the machine: anything not routed is aborted.
 *
 * `launchWithExtension` is the one place that knows how to start Debian's
 * Chromium with an unpacked extension; the fixtures below, the Mastodon specs
 * and the scripts (screenshots, typing bench) all use it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page, type Worker } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUTPUT_DIR = path.resolve(ROOT, process.env.PIKETPAAL_OUT ?? '.output');
export const EXTENSION_DIR = path.join(OUTPUT_DIR, 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');

/** Chromium flags: load only this extension, and keep the browser itself quiet (no sync, updates, QUIC). */
function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** Playwright's persistent-context options (colour scheme, viewport, scale…); the browser and its flags are set here. */
export type LaunchOptions = Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath'>;

export interface LaunchedExtension {
  context: BrowserContext;
  /** The extension's service worker (waits for it to start). */
  serviceWorker: () => Promise<Worker>;
  /** The extension id: the host of the service worker's URL. */
  extensionId: () => Promise<string>;
}

/** The extension's service worker in `context`, waiting for it if it has not started yet. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Starts headless Chromium with the unpacked extension in `dir` (default: the
 * build in PIKETPAAL_OUT) in a fresh profile. Every http(s) request that no
 * later `context.route` serves is aborted, so nothing leaves the machine.
 * `options.args` are added after the standard flags.
 */
export async function launchWithExtension(
  dir: string = EXTENSION_DIR,
  options: LaunchOptions = {},
): Promise<LaunchedExtension> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
  }
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`The extension is not built (${dir} has no manifest.json): run \`npm run build\` first.`);
  }
  const { args = [], ...rest } = options;
  const context = await chromium.launchPersistentContext('', {
    headless: true,
    ...rest,
    executablePath: CHROMIUM,
    args: [...chromiumArgs(dir), ...args],
  });
  // Registered first, so routes added later (routeSite) take precedence over it.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
  return {
    context,
    serviceWorker: () => extensionWorker(context),
    extensionId: async () => new URL((await extensionWorker(context)).url()).host,
  };
}

/** Routes https://HOST/** to a fixture file; `pages` maps a URL path to a file under tests/fixtures. */
export async function routeSite(context: BrowserContext, origin: string, pages: Record<string, string>): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const file = pages[url.pathname] ?? pages['*'];
    if (!file) return route.fulfill({ status: 404, body: 'not found' });
    const full = path.join(FIXTURES_DIR, file);
    const type = full.endsWith('.js') ? 'text/javascript' : full.endsWith('.css') ? 'text/css' : 'text/html';
    return route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body: readFileSync(full) });
  });
}

export interface ExtensionFixtures {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page such as "popup.html" or "options.html". */
  openExtensionPage: (page: string) => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
  context: async ({}, use) => {
    const { context } = await launchWithExtension();
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(new URL((await extensionWorker(context)).url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (name: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    });
  },
});

export const expect = test.expect;
