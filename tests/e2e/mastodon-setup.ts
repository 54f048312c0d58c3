/**
 * Shared setup for the Mastodon specs. The Mastodon content script is
 * registered at run time by the background for instances the user added AND
 * granted. Headless Chromium cannot answer the permission prompt of
 * permissions.request(), so these specs load a copy of the built extension
 * whose manifest already grants the instance (everything else is the real
 * build), then add the instance to the settings the way the options page does
 * after the grant, and wait until the background has registered
 * content-scripts/mastodon.js for it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { EXTENSION_DIR, expect, extensionWorker, launchWithExtension, test } from './harness';

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

/** A temporary copy of the build whose manifest grants `origin` up front. The caller removes it. */
function copyBuildGranting(origin: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'piketpaal-mastodon-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${origin}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Stores `origin` as an added instance (what the options page does after the grant) and waits for the registration. */
async function addGrantedInstance(context: BrowserContext, origin: string): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(async (instance) => {
    const stored = (await chrome.storage.local.get('settings')).settings ?? {};
    const instances = [...new Set([...(stored.mastodonInstances ?? []), instance])];
    await chrome.storage.local.set({ settings: { ...stored, mastodonInstances: instances } });
  }, origin);
  // The service worker may still be starting on a busy machine: give the registration time.
  await expect
    .poll(
      () =>
        worker.evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
        ),
      { timeout: 30_000 },
    )
    .toContain(`${origin}/*`);
}

/**
 * Call at file level or inside a `test.describe`: every test in that scope
 * gets a context whose extension has `origin` granted and registered as a
 * Mastodon instance before the test (and before later beforeEach hooks) runs.
 */
export function withGrantedMastodonInstance(origin: string): void {
  test.use({
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixture signature
    context: async ({}, use) => {
      const dir = copyBuildGranting(origin);
      try {
        const { context } = await launchWithExtension(dir);
        await use(context);
        await context.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  });
  test.beforeEach(async ({ context }) => {
    await addGrantedInstance(context, origin);
  });
}
