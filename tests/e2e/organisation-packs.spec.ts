/**
 * The organisation packs are not in the content scripts' bundle: the background writes them to
 * storage ("deliveredRuleData") and the content script hands them to the engine (README "Size
 * budgets"). This proves the path in Chromium: a politie pack rule, which the core pack and the
 * lexicons alone do not raise, shows in the X composer's indicator; and when the packs arrive only
 * after the draft was checked without them, the draft is checked again. The statistical backstop's
 * weights travel in the same blob: a draft only the backstop flags is left alone until it arrives.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { serveFixture } from '../fixtures/sites/routes';
import { typeInto, xHomeEditor } from './composer-helpers';
import { expect, test } from './harness';

/** The extension APIs this spec calls inside an extension page (page.evaluate). */
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
};

/** politie/investigation-details (an example of the rule in rules/orgs/politie.json): no core rule flags it. */
const POLICE_DRAFT = 'The suspect cracked in the second interrogation today, full confession on tape.';
const POLICE_MESSAGE = 'Je deelt iets uit een lopend onderzoek';
/** From dev.jsonl: no rule flags it, the backstop does (core/backstop-own-policy-area). */
const BACKSTOP_DRAFT =
  'Mijn inschatting: de wachtlijsten in de ggz worden volgend jaar alleen maar langer. Er komen simpelweg niet genoeg behandelaars bij.';
const BACKSTOP_MESSAGE = 'Dit bericht lijkt op berichten met een mening';

/** Sets the organisation to politie once the background has stored the packs; returns the stored value. */
async function asPolice(ext: Page): Promise<unknown> {
  // Written by the background on install.
  await expect
    .poll(() =>
      ext.evaluate(async () => (await chrome.storage.local.get('deliveredRuleData')).deliveredRuleData != null),
    )
    .toBe(true);
  return ext.evaluate(async () => {
    const stored = ((await chrome.storage.local.get('settings')).settings as object | undefined) ?? {};
    await chrome.storage.local.set({
      settings: { ...stored, profile: { organisation: 'politie', topics: [], role: '' } },
    });
    return (await chrome.storage.local.get('deliveredRuleData')).deliveredRuleData;
  });
}

async function typeDraft(page: Page, draft = POLICE_DRAFT): Promise<void> {
  const editor = xHomeEditor(page);
  await expect(editor).toBeVisible();
  await typeInto(page, editor, draft);
}

const indicator = (page: Page) => page.locator('[data-piketpaal="indicator"] button.button').first();

/**
 * Removes the stored blob, types `draft` in the X composer and waits until the whole draft was
 * checked without a warning; then stores the blob again and waits for a warning. Returns the page.
 */
async function checkedWithoutThenWithBlob(context: BrowserContext, ext: Page, draft: string): Promise<Page> {
  const stored = await asPolice(ext);
  await ext.evaluate(() => chrome.storage.local.remove('deliveredRuleData'));
  const page = await context.newPage();
  await page.goto(await serveFixture(context, 'x'));
  await typeDraft(page, draft);
  await expect(page.locator('[data-piketpaal="marks"]').first()).toHaveAttribute(
    'data-checked-length',
    String(draft.length),
    { timeout: 30_000 },
  );
  await expect(indicator(page)).toHaveAccessibleName('Piketpaal: geen waarschuwingen');
  await ext.evaluate((value) => chrome.storage.local.set({ deliveredRuleData: value }), stored);
  await expect(indicator(page)).toHaveAccessibleName(/^Piketpaal: \d+ waarschuwing/, { timeout: 30_000 });
  return page;
}

test.describe('organisation packs and backstop weights delivered at run time', () => {
  test.describe.configure({ timeout: 90_000 });

  test('an organisation pack finding shows in the composer', async ({ context, openExtensionPage }) => {
    await asPolice(await openExtensionPage('archive.html'));
    const page = await context.newPage();
    await page.goto(await serveFixture(context, 'x'));
    await typeDraft(page);
    await expect(indicator(page)).toHaveAccessibleName(/^Piketpaal: \d+ waarschuwing/, { timeout: 30_000 });
    await indicator(page).click();
    // The finding's message, from the politie pack, in the indicator's list (an open shadow root).
    await expect(page.locator('[data-piketpaal="indicator"] li', { hasText: POLICE_MESSAGE })).toBeVisible();
  });

  test('packs that arrive after the first check: checked without them, then again with them', async ({
    context,
    openExtensionPage,
  }) => {
    // Without the packs: the whole draft checked with core and lexicons only, no error, nothing to warn about.
    await checkedWithoutThenWithBlob(context, await openExtensionPage('archive.html'), POLICE_DRAFT);
  });

  test('the backstop checks only once its weights arrive with the blob', async ({ context, openExtensionPage }) => {
    // Without the blob: the whole draft checked by the rules alone, which find nothing.
    const page = await checkedWithoutThenWithBlob(context, await openExtensionPage('archive.html'), BACKSTOP_DRAFT);
    await indicator(page).click();
    await expect(page.locator('[data-piketpaal="indicator"] li', { hasText: BACKSTOP_MESSAGE })).toBeVisible();
  });
});
