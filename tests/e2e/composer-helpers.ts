/**
 * Shared steps for the composer e2e specs (tests/e2e/composer-*.spec.ts):
 * drafts the real engine flags, and locators for our in-page UI (contract:
 * hosts data-piketpaal="banner" / "indicator" / "marks", open shadow roots).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './harness';

/** An insult about ministers: the core pack flags it (tone) at warning or above. */
export const RISKY_DRAFT = 'Wat een stelletje idioten, die ministers';
export const CLEAN_DRAFT = 'Mooie dag voor een wandeling langs de rivier.';

/** The X fixture's home composer (Draft.js) and its post button: the composer most specs drive. */
export function xHomeEditor(page: Page): Locator {
  return page.locator('#home-composer [data-testid="tweetTextarea_0"]');
}

export function xHomePostButton(page: Page): Locator {
  return page.getByTestId('tweetButtonInline');
}

export async function submissions(page: Page, composer?: string): Promise<number> {
  return page.evaluate(
    (name) => window.__submissions.filter((s: { composer: string }) => !name || s.composer === name).length,
    composer,
  );
}

export function banner(page: Page): Locator {
  return page.locator('[data-piketpaal="banner"]').getByRole('alertdialog');
}

export function indicators(page: Page): Locator {
  return page.locator('[data-piketpaal="indicator"] button.button');
}

export function marks(page: Page): Locator {
  return page.locator('[data-piketpaal="marks"] .mark');
}

/** Types like a person (trusted key events). */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text, { delay: 5 });
}

export async function expectWarned(page: Page): Promise<void> {
  await expect(marks(page).first()).toBeVisible();
  await expect(indicators(page).first()).toHaveAccessibleName(/^Piketpaal: \d+ waarschuwing/);
}

declare global {
  interface Window {
    __submissions: { composer: string; text: string }[];
  }
}
