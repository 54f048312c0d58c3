/**
 * The backstop's veto in the page (lib/engine/backstop/veto.ts): a draft whose only warnings the model reads as
 * harmless (a child's idea of secrets, with 🤫) posts at once, without a banner; the same cue in a leak is held.
 * X fixture (Draft.js), the built extension, default settings.
 */
import { serveFixture } from '../fixtures/sites/routes';
import { banner, expectWarned, submissions, typeInto, xHomeEditor, xHomePostButton } from './composer-helpers';
import { expect, test } from './harness';

const HARMLESS =
  "Gisteren m'n dochter uitgelegd waarom ik thuis niet over mijn werk praat. 'Vertrouwelijk' vond ze een moeilijk woord, 'geheim' snapte ze meteen 🤫😄";
const LEAK = 'Tussen ons: het kabinet schrapt volgende week de subsidie voor de lerarenbeurs, niet doorvertellen 🤫';

test.describe('backstop veto (X)', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a harmless secret posts at once; a leak with the same cues is held', async ({ context }) => {
    const url = await serveFixture(context, 'x');
    const page = await context.newPage();
    await page.goto(url);
    const editor = xHomeEditor(page);
    const postButton = xHomePostButton(page);
    await expect(editor).toBeVisible();

    await typeInto(page, editor, HARMLESS);
    await postButton.click();
    await expect.poll(() => submissions(page, 'home')).toBe(1);
    await expect(page.locator('[data-piketpaal="banner"]')).toHaveCount(0);

    await page.reload();
    await expect(editor).toBeVisible();
    await typeInto(page, editor, LEAK);
    await expectWarned(page);
    await postButton.click();
    await expect(banner(page)).toBeVisible();
    expect(await submissions(page)).toBe(0);
  });
});
