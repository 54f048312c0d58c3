/**
 * The behaviour every site must show, run per site by the composer-*.spec.ts
 * files against that site's fixture page (real editor library, real host name,
 * the built extension): marks and indicator, held post, "Aanpassen" keeps the
 * draft, "Toch plaatsen" posts once, clean drafts untouched, composers apart,
 * keyboard only, axe. Outcomes only: no exact finding counts (the engine evolves).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { type FixtureSite, serveFixture } from '../fixtures/sites/routes';
import { banner, CLEAN_DRAFT, expectWarned, indicators, RISKY_DRAFT, submissions, typeInto } from './composer-helpers';
import { expect, test } from './harness';

export interface ComposerUnderTest {
  /** Fixture counter name (window.__submissions[].composer). */
  id: string;
  editor: (page: Page) => Locator;
  /** The post button; absent for comment boxes that post on Enter. */
  postButton?: (page: Page) => Locator;
  /** The key that posts from inside the editor. */
  postKey: string;
}

export interface SuiteConfig {
  title: string;
  fixture: FixtureSite;
  main: ComposerUnderTest;
  other: ComposerUnderTest;
  axe?: boolean;
  /** Steps before the page is usable (e.g. Mastodon: register the instance). */
  open?: (page: Page) => Promise<void>;
}

async function draftOf(editor: Locator): Promise<string> {
  // innerText on purpose: it is what the extension reads (line breaks as the user sees them).
  // biome-ignore lint/performance/useDomNodeTextContent: see above
  return editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
}

export function composerSuite(config: SuiteConfig): void {
  const { main, other } = config;
  const post = async (page: Page, composer: ComposerUnderTest) => {
    if (composer.postButton) await composer.postButton(page).click();
    else {
      await composer.editor(page).focus();
      await page.keyboard.press(composer.postKey);
    }
  };

  test.describe(config.title, () => {
    // Typing character by character with the real editors is slow on a shared 2-core machine.
    test.describe.configure({ timeout: 120_000 });
    let page: Page;
    test.beforeEach(async ({ context }) => {
      const url = await serveFixture(context, config.fixture);
      page = await context.newPage();
      if (config.open) await config.open(page);
      await page.goto(url);
      await expect(main.editor(page)).toBeVisible();
    });

    test('a clean draft posts at once, without a banner', async () => {
      await typeInto(page, main.editor(page), CLEAN_DRAFT);
      await post(page, main);
      await expect.poll(() => submissions(page, main.id)).toBe(1);
      await expect(page.locator('[data-piketpaal="banner"]')).toHaveCount(0);
    });

    test('a risky draft is marked and held; Aanpassen keeps it; Toch plaatsen posts once', async () => {
      const editor = main.editor(page);
      await typeInto(page, editor, RISKY_DRAFT);
      await expectWarned(page);
      await post(page, main);
      await expect(banner(page)).toBeVisible();
      expect(await submissions(page)).toBe(0);

      await banner(page).getByRole('button', { name: 'Aanpassen' }).click();
      await expect(page.locator('[data-piketpaal="banner"]')).toHaveCount(0);
      await expect(editor).toBeFocused();
      expect((await draftOf(editor)).trim()).toBe(RISKY_DRAFT);
      expect(await submissions(page)).toBe(0);

      await post(page, main);
      await banner(page).getByRole('button', { name: 'Toch plaatsen' }).click();
      await expect.poll(() => submissions(page, main.id)).toBe(1);
      await page.waitForTimeout(300);
      expect(await submissions(page)).toBe(1);
      const sent = await page.evaluate(() => window.__submissions[0]?.text ?? '');
      expect(sent.trim()).toBe(RISKY_DRAFT);
    });

    test('two composers on one page are handled apart', async () => {
      await typeInto(page, main.editor(page), RISKY_DRAFT);
      await typeInto(page, other.editor(page), CLEAN_DRAFT);
      await expect(indicators(page)).toHaveCount(2);
      // The clean one posts untouched while the risky one stays held.
      await post(page, other);
      await expect.poll(() => submissions(page, other.id)).toBe(1);
      await expect(page.locator('[data-piketpaal="banner"]')).toHaveCount(0);
      await post(page, main);
      await expect(banner(page)).toBeVisible();
      expect(await submissions(page, main.id)).toBe(0);
    });

    test('keyboard only: the post key holds, Tab stays in the banner, Enter posts once', async () => {
      const editor = main.editor(page);
      await editor.focus();
      await page.keyboard.type(RISKY_DRAFT, { delay: 5 });
      await expectWarned(page);
      await page.keyboard.press(main.postKey);
      await expect(banner(page)).toBeVisible();
      const edit = banner(page).getByRole('button', { name: 'Aanpassen' });
      const postAnyway = banner(page).getByRole('button', { name: 'Toch plaatsen' });
      await expect(edit).toBeFocused();
      await page.keyboard.press('Escape'); // = Aanpassen
      await expect(page.locator('[data-piketpaal="banner"]')).toHaveCount(0);
      await expect(editor).toBeFocused();
      expect((await draftOf(editor)).trim()).toBe(RISKY_DRAFT);
      await page.keyboard.press(main.postKey);
      await expect(edit).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(postAnyway).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(edit).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(postAnyway).toBeFocused();
      await page.keyboard.press('Enter');
      await expect.poll(() => submissions(page, main.id)).toBe(1);
      await page.waitForTimeout(300);
      expect(await submissions(page)).toBe(1);
    });

    if (config.axe) {
      test('axe: no serious or critical violations in banner and indicator', async () => {
        await typeInto(page, main.editor(page), RISKY_DRAFT);
        await expectWarned(page);
        await post(page, main);
        await expect(banner(page)).toBeVisible();
        const results = await new AxeBuilder({ page })
          .include('[data-piketpaal="banner"]')
          .include('[data-piketpaal="indicator"]')
          .analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
      });
    }
  });
}
