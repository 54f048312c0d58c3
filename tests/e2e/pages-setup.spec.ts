import { expect, test } from './harness';
import { readLocalStorage } from './pages-helpers';

// Extension pages under a shared, busy machine: allow slow starts of Chromium.
test.describe.configure({ timeout: 120_000 });

test('first install opens the setup page', async ({ context, extensionId }) => {
  const setupUrl = `chrome-extension://${extensionId}/options.html#setup`;
  const deadline = Date.now() + 5000;
  while (!context.pages().some((p) => p.url() === setupUrl) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const page = context.pages().find((p) => p.url() === setupUrl);
  expect(page, 'setup tab opened on install').toBeTruthy();
  await expect(page!.getByRole('heading', { level: 1, name: 'Welkom bij Piketpaal' })).toBeVisible();
});

test('setup saves who I am and sets setupDone', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#setup');
  await expect(page.getByText('Niets verlaat je browser', { exact: false })).toBeVisible();
  await page.getByRole('combobox', { name: 'Organisatie' }).selectOption('jenv');
  // Topics from the organisation pack appear once an organisation is chosen.
  const firstArea = page.locator('input[id^="pp-area-"]').first();
  await expect(firstArea).toBeVisible();
  const areaId = (await firstArea.getAttribute('id'))!.replace('pp-area-', '');
  await firstArea.check();
  await page.getByRole('textbox', { name: 'Eigen onderwerp toevoegen' }).fill('vreemdelingenbewaring');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.getByRole('combobox', { name: 'Functie' }).selectOption('woordvoerder');
  await expect(page.getByRole('checkbox', { name: /lokaal archief/ })).not.toBeChecked();
  await page.getByRole('button', { name: 'Opslaan en beginnen' }).click();
  await expect(page.getByText('Klaar! Piketpaal kijkt nu met je mee.')).toBeVisible();

  const { settings } = (await readLocalStorage(page, ['settings'])) as {
    settings: {
      profile: { organisation: string; topics: string[]; role: string };
      setupDone: boolean;
      archiveConsent: boolean;
    };
  };
  expect(settings.profile).toEqual({
    organisation: 'jenv',
    topics: [areaId, 'vreemdelingenbewaring'],
    role: 'woordvoerder',
  });
  expect(settings.setupDone).toBe(true);
  expect(settings.archiveConsent).toBe(false);
});

test('setup can be skipped with the keyboard alone', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html#setup');
  await expect(page.getByRole('button', { name: 'Overslaan' })).toBeVisible();
  let focused = '';
  for (let i = 0; i < 60 && focused !== 'Overslaan'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  }
  expect(focused).toBe('Overslaan');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Overgeslagen/)).toBeVisible();
  const { settings } = (await readLocalStorage(page, ['settings'])) as { settings: { setupDone: boolean } };
  expect(settings.setupDone).toBe(true);
});
