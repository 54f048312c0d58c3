/**
 * Playwright fixtures: a persistent Chromium context with the built extension
 * loaded, the extension id, and routing that serves local fixture pages under
 * the real host names (so the content scripts' `matches` apply as on the real
 * sites). No request leaves the machine: anything not routed is aborted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Page } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const OUTPUT_DIR = path.resolve(ROOT, process.env.PIKETPAAL_OUT ?? '.output');
export const EXTENSION_DIR = path.join(OUTPUT_DIR, 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');

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
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium`);
    }
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error('The extension is not built: run `npm run build` first.');
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    // Nothing leaves the machine: unrouted requests to the network are aborted.
    await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    await use(new URL(worker.url()).host);
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
