import { AxeBuilder } from '@axe-core/playwright';
import { serveFixture } from '../fixtures/sites/routes';
import { banner, CLEAN_DRAFT, expectWarned, indicators, RISKY_DRAFT, submissions, typeInto } from './composer-helpers';
import { expect, test } from './harness';

test.describe('X (Draft.js)', () => {
  test('a clean draft posts at once, without a banner', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(await serveFixture(context, 'x'));
    await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'x');
    const editor = page.locator('[data-testid="tweetTextarea_0"]').first();
    await typeInto(page, editor, CLEAN_DRAFT);
    await page.getByTestId('tweetButtonInline').click();
    expect(await submissions(page, 'home')).toBe(1);
    await expect(page.locator('[data-piketpaal="banner"]')).toHaveCount(0);
  });

  test('a risky draft is marked and held; Aanpassen keeps it; Toch plaatsen posts once', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(await serveFixture(context, 'x'));
    const editor = page.locator('[data-testid="tweetTextarea_0"]').first();
    await typeInto(page, editor, RISKY_DRAFT);
    await expectWarned(page);

    await page.getByTestId('tweetButtonInline').click();
    await expect(banner(page)).toBeVisible();
    expect(await submissions(page)).toBe(0);

    await banner(page).getByRole('button', { name: 'Aanpassen' }).click();
    await expect(page.locator('[data-piketpaal="banner"]')).toHaveCount(0);
    await expect(editor).toHaveText(RISKY_DRAFT);
    await expect(editor).toBeFocused();
    expect(await submissions(page)).toBe(0);

    await page.getByTestId('tweetButtonInline').click();
    await banner(page).getByRole('button', { name: 'Toch plaatsen' }).click();
    await expect.poll(() => submissions(page, 'home')).toBe(1);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toBe(1);
    expect((await page.evaluate(() => window.__submissions[0]?.text))?.trim()).toBe(RISKY_DRAFT);
  });

  test('two composers are handled apart', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(await serveFixture(context, 'x'));
    const home = page.locator('#home-composer [data-testid="tweetTextarea_0"]');
    const reply = page.locator('#reply-composer [data-testid="tweetTextarea_0"]');
    await typeInto(page, home, RISKY_DRAFT);
    await typeInto(page, reply, CLEAN_DRAFT);
    await expect(indicators(page)).toHaveCount(2);
    // The clean reply posts untouched while the risky home draft stays held.
    await page.getByTestId('tweetButton').click();
    expect(await submissions(page, 'reply')).toBe(1);
    await expect(page.locator('[data-piketpaal="banner"]')).toHaveCount(0);
    await page.getByTestId('tweetButtonInline').click();
    await expect(banner(page)).toBeVisible();
    expect(await submissions(page, 'home')).toBe(0);
  });

  test('keyboard only: Ctrl+Enter holds, Tab reaches the buttons, Enter posts once', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(await serveFixture(context, 'x'));
    const editor = page.locator('#home-composer [data-testid="tweetTextarea_0"]');
    await editor.focus();
    await page.keyboard.type(RISKY_DRAFT, { delay: 5 });
    await expectWarned(page);
    await page.keyboard.press('Control+Enter');
    await expect(banner(page)).toBeVisible();
    const edit = banner(page).getByRole('button', { name: 'Aanpassen' });
    const postAnyway = banner(page).getByRole('button', { name: 'Toch plaatsen' });
    await expect(edit).toBeFocused();
    // Escape = Aanpassen: back in the editor, draft untouched.
    await page.keyboard.press('Escape');
    await expect(editor).toBeFocused();
    await expect(editor).toHaveText(RISKY_DRAFT);
    await page.keyboard.press('Control+Enter');
    await expect(edit).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(postAnyway).toBeFocused();
    await page.keyboard.press('Tab'); // focus stays inside the banner
    await expect(edit).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(postAnyway).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => submissions(page, 'home')).toBe(1);
    await page.waitForTimeout(300);
    expect(await submissions(page)).toBe(1);
  });

  test('axe: no serious or critical violations in banner and indicator', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(await serveFixture(context, 'x'));
    await typeInto(page, page.locator('#home-composer [data-testid="tweetTextarea_0"]'), RISKY_DRAFT);
    await expectWarned(page);
    await page.getByTestId('tweetButtonInline').click();
    await expect(banner(page)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('[data-piketpaal="banner"]')
      .include('[data-piketpaal="indicator"]')
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
  });
});
