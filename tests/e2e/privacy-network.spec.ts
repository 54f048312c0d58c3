/**
 * Privacy gate: nothing leaves the browser. Every request made in the browser
 * context (fixture pages with the content scripts, the extension's pages and
 * its service worker) is recorded while the features are used; the only
 * requests allowed are the routed fixture page itself (and its own
 * /__fixture/ assets), the extension's own files and data:/blob: URLs.
 * A canary test first proves the recorder sees requests from a page and from
 * the service worker, so a silent recorder cannot make the gate pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  banner,
  builtSiteFixtures,
  enterDraft,
  extensionPages,
  recordRequests,
  requestsBeyond,
  riskyDraft,
  serveComposer,
} from './gates-support';
import { expect, FIXTURES_DIR, routeSite, test } from './harness';

async function serviceWorker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

test('the request recorder sees page and service-worker requests (canary)', async ({ context, extensionId }) => {
  test.setTimeout(60_000);
  const log = recordRequests(context);
  await routeSite(context, 'https://x.com', { '*': 'robustness/x-contenteditable.html' });
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await page.evaluate(() => fetch('https://canary-page.invalid/ping').catch(() => undefined));
  const worker = await serviceWorker(context);
  await worker.evaluate(() => fetch('https://canary-worker.invalid/ping').catch(() => undefined));
  await expect
    .poll(() => requestsBeyond(log, extensionId, ['https://x.com/home']).map((r) => new URL(r.url).host))
    .toEqual(expect.arrayContaining(['canary-page.invalid', 'canary-worker.invalid']));
});

/** Uses the X composer: a risky draft, the banner's two buttons, a clean draft. */
async function useComposer(context: BrowserContext, pages: string[]): Promise<Page> {
  const composer = await serveComposer(context, 'x-site');
  const page = await context.newPage();
  await page.goto(composer.url);
  pages.push(composer.url);
  const risky = (await riskyDraft()) ?? 'De minister is een idioot.';
  await enterDraft(page, composer, risky);
  await page.waitForTimeout(600); // debounced checking runs
  await composer.postButton(page).click();
  if (await banner(page).isVisible()) {
    await banner(page).getByRole('button', { name: 'Aanpassen' }).click();
    await composer.postButton(page).click();
    await banner(page).getByRole('button', { name: 'Toch plaatsen' }).click();
  }
  await enterDraft(page, composer, 'Mooie fietstocht vandaag langs de Vecht.');
  await page.waitForTimeout(600);
  await composer.postButton(page).click();
  return page;
}

/** Opens every other built site fixture (facebook, linkedin, …) and types into its first editor. */
async function useOtherSites(context: BrowserContext, pages: string[]): Promise<void> {
  const origins: Record<string, { origin: string; path: string }> = {
    facebook: { origin: 'https://www.facebook.com', path: '/' },
    'linkedin-v1': { origin: 'https://www.linkedin.com', path: '/feed/' },
    'linkedin-v2': { origin: 'https://www.linkedin.com', path: '/feed/' },
    bluesky: { origin: 'https://bsky.app', path: '/' },
  };
  for (const site of builtSiteFixtures()) {
    const where = origins[site];
    if (!where) continue;
    await context.unroute(`${where.origin}/**`);
    await routeSite(context, where.origin, {
      [`/__fixture/${site}.js`]: `sites/dist/${site}.js`,
      '/__fixture/fixture.css': 'sites/dist/fixture.css',
      '*': `sites/dist/${site}.html`,
    });
    const page = await context.newPage();
    const url = `${where.origin}${where.path}`;
    await page.goto(url);
    pages.push(url);
    const editor = page.locator('[contenteditable="true"], textarea').first();
    if (await editor.isVisible().catch(() => false)) {
      await editor.click();
      await page.keyboard.insertText('De minister is een idioot. Views are my own.');
      await page.waitForTimeout(600);
    }
    await page.close();
  }
}

/** Profile audit on an own X profile, and the like guard on an X timeline (fixtures in tests/fixtures/profiles). */
async function useProfileAuditAndLikeGuard(context: BrowserContext, pages: string[]): Promise<void> {
  if (!existsSync(path.join(FIXTURES_DIR, 'profiles/x-own.html'))) return;
  // twitter.com: the X content script runs there too, and x.com is already routed to the composer.
  const origin = 'https://twitter.com';
  await routeSite(context, origin, {
    '/jdevries_nl': 'profiles/x-own.html',
    '/home': 'profiles/like-x.html',
    '/like-counter.js': 'profiles/like-counter.js',
  });
  pages.push(`${origin}/jdevries_nl`, `${origin}/home`, `${origin}/like-counter.js`);
  const profile = await context.newPage();
  await profile.goto(`${origin}/jdevries_nl`);
  const audit = profile.locator('[data-piketpaal="profile-audit"]').getByRole('button');
  if (
    await audit
      .first()
      .isVisible({ timeout: 5000 })
      .catch(() => false)
  ) {
    await audit.first().click();
    await profile.waitForTimeout(500);
  }
  await profile.close();
  const timeline = await context.newPage();
  await timeline.goto(`${origin}/home`);
  await timeline.waitForTimeout(500);
  for (const like of (await timeline.locator('[data-testid="like"]').all()).slice(0, 2)) {
    await like.click({ timeout: 2000 }).catch(() => undefined);
    const question = timeline.locator('[data-piketpaal="like-guard"]').getByRole('alertdialog');
    if (await question.isVisible({ timeout: 1500 }).catch(() => false)) {
      await question.getByRole('button', { name: 'Toch liken' }).click();
    }
  }
  await timeline.close();
}

/** Opens each extension page and uses its controls: checkboxes, selects, text fields (no file pickers, no links). */
async function useExtensionPages(context: BrowserContext, extensionId: string): Promise<void> {
  for (const name of extensionPages()) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${name}`);
    await page.waitForLoadState('load');
    for (const box of await page.getByRole('checkbox').all()) {
      if (!(await box.isEnabled().catch(() => false))) continue;
      await box.click({ timeout: 1000 }).catch(() => undefined);
      await box.click({ timeout: 1000 }).catch(() => undefined);
    }
    for (const select of await page.locator('select').all()) {
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      if (values[1] !== undefined) await select.selectOption(values[1], { timeout: 1000 }).catch(() => undefined);
    }
    for (const field of await page.locator('input[type="text"], input[type="search"], input:not([type])').all()) {
      await field.fill('politie', { timeout: 1000 }).catch(() => undefined);
    }
    await page.waitForTimeout(300);
    await page.close();
  }
}

test('no request leaves the browser while the features are used', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  const log = recordRequests(context);
  const pages: string[] = [];
  const xPage = await useComposer(context, pages);
  await useOtherSites(context, pages);
  await useProfileAuditAndLikeGuard(context, pages);
  await useExtensionPages(context, extensionId);
  // Settings changed in the options reach the open X tab: type once more there.
  await xPage.bringToFront();
  await xPage.locator('[data-testid="tweetTextarea_0"]').first().click();
  await xPage.keyboard.insertText(' Tussen ons: het rapport is vertrouwelijk.');
  await xPage.waitForTimeout(600);
  const worker = context.serviceWorkers()[0];
  expect(worker, 'the service worker is running').toBeTruthy();

  const beyond = requestsBeyond(log, extensionId, pages);
  expect(
    beyond.map((r) => `${r.method} ${r.url} (${r.resourceType}, from ${r.from})`),
    'requests beyond the routed pages and the extension itself',
  ).toEqual([]);
  // The recorder did see the routed pages and the extension's own files.
  expect(log.some((r) => r.url === pages[0])).toBe(true);
  expect(log.some((r) => r.url.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
});
