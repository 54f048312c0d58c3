/**
 * Mastodon: the content script is registered at run time by the background
 * for instances the user added AND granted (see mastodon-setup.ts for how a
 * granted instance is set up without the permission prompt). The background
 * must then register content-scripts/mastodon.js for it.
 */
import type { Page } from '@playwright/test';
import { composerSuite } from './composer-suite';
import { expect, test } from './harness';
import { withGrantedMastodonInstance } from './mastodon-setup';

const INSTANCE = 'https://mastodon.example';

test.describe('Mastodon instance (runtime registration)', () => {
  // Starting a second copy of the extension and typing with real editors is slow on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });
  withGrantedMastodonInstance(INSTANCE);

  test('the content script runs on the granted instance', async ({ context }) => {
    const { serveFixture } = await import('../fixtures/sites/routes');
    const page: Page = await context.newPage();
    await page.goto(await serveFixture(context, 'mastodon'));
    await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'mastodon');
  });

  composerSuite({
    title: 'composer (textarea)',
    fixture: 'mastodon',
    main: {
      id: 'compose',
      editor: (page) => page.locator('form[data-composer="compose"] textarea'),
      postButton: (page) => page.locator('form[data-composer="compose"] .compose-form__submit button'),
      postKey: 'Control+Enter',
    },
    other: {
      id: 'reply',
      editor: (page) => page.locator('form[data-composer="reply"] textarea'),
      postButton: (page) => page.locator('form[data-composer="reply"] .compose-form__submit button'),
      postKey: 'Control+Enter',
    },
    axe: true,
  });
});
