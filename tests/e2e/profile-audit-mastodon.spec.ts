/**
 * Profile audit on a Mastodon instance. The Mastodon content script is
 * registered at run time for instances the user added and granted; headless
 * Chromium cannot answer permissions.request(), so (as in
 * composer-mastodon.spec.ts) this spec loads a copy of the built extension
 * whose manifest already grants the instance, then adds the instance to the
 * settings the way the options page does after the grant.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, EXTENSION_DIR, expect, routeSite, test } from './harness';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[] }[]> };
};

const INSTANCE = 'https://social.example';

test.use({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
  context: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'piketpaal-profile-mastodon-'));
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
  await worker.evaluate(async (origin) => {
    const stored = ((await chrome.storage.local.get('settings')).settings as { mastodonInstances?: string[] }) ?? {};
    const instances = [...new Set([...(stored.mastodonInstances ?? []), origin])];
    await chrome.storage.local.set({ settings: { ...stored, mastodonInstances: instances } });
  }, INSTANCE);
  await expect
    .poll(() =>
      worker.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
      ),
    )
    .toContain(`${INSTANCE}/*`);
  await routeSite(context, INSTANCE, {
    '/@yasmina': 'profiles/mastodon-own.html',
    '/@tom': 'profiles/mastodon-other.html',
  });
});

test('Mastodon: own profile (from #initial-state) shows the button and a report', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${INSTANCE}/@yasmina`);
  await page.locator('[data-piketpaal="profile-audit"]').getByRole('button', { name: 'Profiel controleren' }).click();
  const report = page.locator('[data-piketpaal="profile-report"]').getByRole('dialog');
  await expect(report.locator('li[data-category="political-affiliation"]').first()).toBeVisible();
});

test('Mastodon: someone else’s profile shows no button', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${INSTANCE}/@tom`);
  await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'mastodon');
  await page.waitForTimeout(1000);
  await expect(page.locator('[data-piketpaal="profile-audit"]')).toHaveCount(0);
});
