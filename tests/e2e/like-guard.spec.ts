/**
 * Like guard on fixture timelines (tests/fixtures/profiles/like-*.html): a
 * political post asks once ("Toch liken" / "Annuleren"); a clean post is
 * liked without a question. The fixture's own script counts the likes that
 * reach the site (data-likes on the post).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, routeSite, test } from './harness';

/** The extension APIs this spec calls inside extension pages (page.evaluate). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const CASES = [
  { name: 'X', origin: 'https://x.com', path: '/home', file: 'like-x.html' },
  { name: 'Facebook', origin: 'https://www.facebook.com', path: '/', file: 'like-facebook.html' },
  { name: 'LinkedIn (classic)', origin: 'https://www.linkedin.com', path: '/feed/', file: 'like-linkedin-v1.html' },
  { name: 'LinkedIn (2026)', origin: 'https://www.linkedin.com', path: '/feed/', file: 'like-linkedin-v2.html' },
  { name: 'Bluesky', origin: 'https://bsky.app', path: '/', file: 'like-bluesky.html' },
];

const question = (page: Page) => page.locator('[data-piketpaal="like-guard"]').getByRole('alertdialog');
const likeButton = (page: Page, post: string) => page.locator(`#${post} [data-fixture-action="like"]`);
const likes = (page: Page, post: string) => page.locator(`#${post}`).getAttribute('data-likes');
/** The guard has its settings and listens. Start-up on a loaded 2-core machine (the engine warms up in the same page) can pass 5 s. */
const guardReady = (page: Page) =>
  expect(page.locator('html')).toHaveAttribute('data-piketpaal-like-guard', 'ready', { timeout: 15_000 });

for (const c of CASES) {
  test.describe(c.name, () => {
    let page: Page;
    test.beforeEach(async ({ context }) => {
      await routeSite(context, c.origin, {
        [c.path]: `profiles/${c.file}`,
        '/like-counter.js': 'profiles/like-counter.js',
      });
      page = await context.newPage();
      await page.goto(`${c.origin}${c.path}`);
      await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', /.+/);
      await guardReady(page);
    });

    test('political post: the question appears; "Toch liken" likes exactly once', async () => {
      await likeButton(page, 'political').click();
      await expect(question(page)).toBeVisible();
      await expect(question(page)).toContainText('Een like kan worden gelezen als een politiek oordeel');
      expect(await likes(page, 'political')).toBeNull();
      await question(page).getByRole('button', { name: 'Toch liken' }).click();
      await expect.poll(() => likes(page, 'political')).toBe('1');
      await expect(question(page)).toHaveCount(0);
      await page.waitForTimeout(300);
      expect(await likes(page, 'political')).toBe('1');
    });

    test('political post: "Annuleren" does not like', async () => {
      await likeButton(page, 'political').click();
      await question(page).getByRole('button', { name: 'Annuleren' }).click();
      await expect(question(page)).toHaveCount(0);
      await page.waitForTimeout(300);
      expect(await likes(page, 'political')).toBeNull();
      await expect(likeButton(page, 'political')).toBeFocused();
    });

    test('clean post: liked at once, no question', async () => {
      await likeButton(page, 'clean').click();
      await expect.poll(() => likes(page, 'clean')).toBe('1');
      await expect(question(page)).toHaveCount(0);
    });
  });
}

test.describe('like guard details', () => {
  test.beforeEach(async ({ context }) => {
    await routeSite(context, 'https://x.com', {
      '/home': 'profiles/like-x.html',
      '/like-counter.js': 'profiles/like-counter.js',
    });
  });

  test('repost of a political post asks too ("Toch delen")', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await guardReady(page);
    await page.locator('#political [data-fixture-action="share"]').click();
    await expect(question(page)).toContainText('repost');
    await question(page).getByRole('button', { name: 'Toch delen' }).click();
    await expect.poll(() => page.locator('#political').getAttribute('data-shares')).toBe('1');
  });

  test('keyboard: Escape cancels; focus starts on "Annuleren"', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await guardReady(page);
    await likeButton(page, 'political').focus();
    await page.keyboard.press('Enter');
    await expect(question(page).getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(question(page)).toHaveCount(0);
    expect(await likes(page, 'political')).toBeNull();
  });

  test('switched off in the settings: no question', async ({ context, openExtensionPage }) => {
    const ext = await openExtensionPage('archive.html');
    await ext.evaluate(async () => {
      const stored = ((await chrome.storage.local.get('settings')).settings as object | undefined) ?? {};
      await chrome.storage.local.set({ settings: { ...stored, likeGuard: false } });
    });
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await guardReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'x');
    await likeButton(page, 'political').click();
    await expect.poll(() => likes(page, 'political')).toBe('1');
    await expect(question(page)).toHaveCount(0);
  });

  test('axe: no serious or critical violations in the like question', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await guardReady(page);
    await likeButton(page, 'political').click();
    await expect(question(page)).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[data-piketpaal="like-guard"]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
  });
});
