/**
 * Mastodon: the content script is registered at run time by the background
 * for instances the user added AND granted. Headless Chromium cannot answer
 * the permission prompt of permissions.request(), so this spec loads a copy of
 * the built extension whose manifest already grants https://mastodon.example
 * (everything else is the real build), then adds the instance to the settings
 * the way the options page does after the grant. The background must then
 * register content-scripts/mastodon.js for it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { composerSuite } from './composer-suite';
import { CHROMIUM, EXTENSION_DIR, expect, test } from './harness';

const INSTANCE = 'https://mastodon.example';

// The extension APIs used inside worker.evaluate() (they run in the service worker, not in Node).
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<{ settings?: { mastodonInstances?: string[] } }>;
      set(items: object): Promise<void>;
    };
  };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
};

test.describe('Mastodon instance (runtime registration)', () => {
  // Starting a second copy of the extension and typing with real editors is slow on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });
  test.use({
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
    context: async ({}, use) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'piketpaal-mastodon-'));
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      const manifestPath = path.join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      manifest.host_permissions = [...(manifest.host_permissions ?? []), `${INSTANCE}/*`];
      writeFileSync(manifestPath, JSON.stringify(manifest));
      const context = await chromium.launchPersistentContext('', {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          `--disable-extensions-except=${dir}`,
          `--load-extension=${dir}`,
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      });
      await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));
      await use(context);
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });

  test.beforeEach(async ({ context }) => {
    let [worker] = context.serviceWorkers();
    if (!worker) worker = await context.waitForEvent('serviceworker');
    // What the options page stores after permissions.request() was granted.
    await worker.evaluate(async (origin) => {
      const stored = (await chrome.storage.local.get('settings')).settings ?? {};
      const instances = [...new Set([...(stored.mastodonInstances ?? []), origin])];
      await chrome.storage.local.set({ settings: { ...stored, mastodonInstances: instances } });
    }, INSTANCE);
    // The service worker may still be starting on a busy machine: give the registration time.
    await expect
      .poll(
        () =>
          worker.evaluate(async () =>
            (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
          ),
        { timeout: 30_000 },
      )
      .toContain(`${INSTANCE}/*`);
  });

  test('the content script runs on the granted instance', async ({ context }) => {
    const { serveFixture } = await import('../fixtures/sites/routes');
    const page: Page = await context.newPage();
    await page.goto(await serveFixture(context, 'mastodon'));
    await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'mastodon');
  });

  composerSuite({
    title: 'composer (textarea)',
    fixture: 'mastodon',
    main: {
      id: 'compose',
      editor: (page) => page.locator('form[data-composer="compose"] textarea'),
      postButton: (page) => page.locator('form[data-composer="compose"] .compose-form__submit button'),
      postKey: 'Control+Enter',
    },
    other: {
      id: 'reply',
      editor: (page) => page.locator('form[data-composer="reply"] textarea'),
      postButton: (page) => page.locator('form[data-composer="reply"] .compose-form__submit button'),
      postKey: 'Control+Enter',
    },
    axe: true,
  });
});
