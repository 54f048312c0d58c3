import { expect, routeSite, test } from './harness';

test('content script starts on a routed x.com page', async ({ context }) => {
  await routeSite(context, 'https://x.com', { '*': 'x/smoke.html' });
  const page = await context.newPage();
  await page.goto('https://x.com/home');
  await expect(page.locator('html')).toHaveAttribute('data-piketpaal-active', 'x');
});

test('popup page renders', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('popup.html');
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('Piketpaal');
});
