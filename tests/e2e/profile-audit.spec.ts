/**
 * Profile audit in the page: the "Profiel controleren" button shows on the
 * user's own profile only; its report lists findings and can be copied.
 * Fixture pages: tests/fixtures/profiles (served under the real host names).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, routeSite, test } from './harness';

interface ProfileCase {
  name: string;
  origin: string;
  ownPath: string;
  ownFile: string;
  otherPath: string;
  otherFile: string;
}

const CASES: ProfileCase[] = [
  {
    name: 'X',
    origin: 'https://x.com',
    ownPath: '/jdevries_nl',
    ownFile: 'x-own.html',
    otherPath: '/pietbakker',
    otherFile: 'x-other.html',
  },
  {
    name: 'LinkedIn (classic)',
    origin: 'https://www.linkedin.com',
    ownPath: '/in/daan-verhoeven/',
    ownFile: 'linkedin-v1-own.html',
    otherPath: '/in/marloes-vandenberg/',
    otherFile: 'linkedin-v1-other.html',
  },
  {
    name: 'LinkedIn (2026)',
    origin: 'https://www.linkedin.com',
    ownPath: '/in/fleur-meijer/',
    ownFile: 'linkedin-v2-own.html',
    otherPath: '/in/rik-hoekstra/',
    otherFile: 'linkedin-v2-other.html',
  },
  {
    name: 'Facebook',
    origin: 'https://www.facebook.com',
    ownPath: '/sandra.bos.rdam',
    ownFile: 'facebook-own.html',
    otherPath: '/karin.smit.77',
    otherFile: 'facebook-other.html',
  },
  {
    name: 'Bluesky',
    origin: 'https://bsky.app',
    ownPath: '/profile/fleurmeijer.bsky.social',
    ownFile: 'bluesky-own.html',
    otherPath: '/profile/tom.bsky.social',
    otherFile: 'bluesky-other.html',
  },
];

const auditButton = (page: Page) =>
  page.locator('[data-piketpaal="profile-audit"]').getByRole('button', { name: 'Profiel controleren' });
const report = (page: Page) =>
  page.locator('[data-piketpaal="profile-report"]').getByRole('dialog', { name: 'Profielcontrole' });

for (const c of CASES) {
  test.describe(c.name, () => {
    test.beforeEach(async ({ context }) => {
      await routeSite(context, c.origin, {
        [c.ownPath]: `profiles/${c.ownFile}`,
        [c.otherPath]: `profiles/${c.otherFile}`,
      });
    });

    test('own profile: button, and a report with findings', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${c.origin}${c.ownPath}`);
      await auditButton(page).click();
      await expect(report(page)).toBeVisible();
      await expect(report(page).locator('li[data-rule]').first()).toBeVisible();
      const warnings = report(page).locator('li[data-severity="warning"], li[data-severity="high"]');
      await expect(warnings.first()).toBeVisible();
    });

    test('someone else’s profile: no button', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`${c.origin}${c.otherPath}`);
      await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', /.+/);
      // The button would appear within the 250 ms update; give it ample time.
      await page.waitForTimeout(1000);
      await expect(page.locator('[data-piketpaal="profile-audit"]')).toHaveCount(0);
    });
  });
}

test.describe('X own profile report', () => {
  test.beforeEach(async ({ context }) => {
    await routeSite(context, 'https://x.com', {
      '/jdevries_nl': 'profiles/x-own.html',
      '/pietbakker': 'profiles/x-other.html',
    });
  });

  test('"op persoonlijke titel" next to a full job title is a job-title-disclosure, with info advice beside it', async ({
    context,
  }) => {
    const page = await context.newPage();
    await page.goto('https://x.com/jdevries_nl');
    await auditButton(page).click();
    const panel = report(page);
    await expect(panel.locator('li[data-category="job-title-disclosure"][data-severity="warning"]')).toContainText(
      'op persoonlijke titel',
    );
    await expect(panel.locator('li[data-rule="profile-audit/work-email"]')).toContainText('j.devries@minjenv.nl');
    await expect(panel.locator('li[data-rule="profile-audit/internal-link"]')).toBeVisible();
  });

  test('the report can be copied, closes with Escape and gives focus back', async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
    const page = await context.newPage();
    await page.goto('https://x.com/jdevries_nl');
    await auditButton(page).click();
    await report(page).getByRole('button', { name: 'Rapport kopiëren' }).click();
    await expect(report(page).getByRole('status')).toHaveText(/gekopieerd|Kopiëren lukte niet/);
    const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    if (copied) expect(copied).toContain('Profielcontrole');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-piketpaal="profile-report"]')).toHaveCount(0);
    await expect(auditButton(page)).toBeFocused();
  });

  test('single-page navigation to someone else’s profile removes the button', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://x.com/jdevries_nl');
    await expect(auditButton(page)).toBeVisible();
    // The site swaps the page without a reload, as X does.
    await page.evaluate(() => {
      history.pushState({}, '', '/pietbakker');
      const edit = document.querySelector('[data-testid="editProfileButton"]');
      edit?.remove();
      const name = document.querySelector('[data-testid="UserName"] span');
      if (name) name.textContent = 'Piet Bakker';
    });
    await expect(page.locator('[data-piketpaal="profile-audit"]')).toHaveCount(0);
  });

  test('axe: no serious or critical violations in the report panel and button', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://x.com/jdevries_nl');
    await auditButton(page).click();
    await expect(report(page)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[data-piketpaal="profile-report"]')
      .include('[data-piketpaal="profile-audit"]')
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
  });
});
