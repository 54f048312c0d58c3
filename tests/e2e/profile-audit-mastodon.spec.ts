/**
 * Profile audit on a Mastodon instance. The Mastodon content script is
 * registered at run time for instances the user added and granted; see
 * mastodon-setup.ts for how a granted instance is set up without the
 * permission prompt (as in composer-mastodon.spec.ts).
 */
import { expect, routeSite, test } from './harness';
import { withGrantedMastodonInstance } from './mastodon-setup';

const INSTANCE = 'https://social.example';

withGrantedMastodonInstance(INSTANCE);

test.beforeEach(async ({ context }) => {
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
