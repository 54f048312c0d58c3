import { expect, test } from './harness';
import { readLocalStorage, removeLocalStorage, writeLocalStorage } from './pages-helpers';

// Extension pages under a shared, busy machine: allow slow starts of Chromium.
test.describe.configure({ timeout: 120_000 });

test('switching a rule off persists across reloads', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const firstPack = page.locator('details.pp-details').first();
  await firstPack.locator('summary').click();
  const rule = firstPack.locator('input[type="checkbox"]').first();
  await expect(rule).toBeChecked();
  const ruleDomId = await rule.getAttribute('id');
  await rule.uncheck();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();

  await page.reload();
  await page.locator('details.pp-details').first().locator('summary').click();
  await expect(page.locator(`[id="${ruleDomId}"]`)).not.toBeChecked();
  const { settings } = (await readLocalStorage(page, ['settings'])) as { settings: { disabledRules: string[] } };
  expect(settings.disabledRules).toHaveLength(1);
  expect(settings.disabledRules[0]).toContain('/');
});

test('a rule switched off in the options reaches other open extension pages at once', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  const other = await openExtensionPage('options.html');
  await page.getByRole('radio', { name: /Alleen bij/ }).check();
  await expect(other.getByRole('radio', { name: /Alleen bij/ })).toBeChecked();
});

test('importing bad settings says what is wrong and keeps the previous settings', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await writeLocalStorage(page, { settings: { bannerThreshold: 'high', setupDone: true }, settings$: { v: 2 } });
  await page.reload();
  await expect(page.getByRole('radio', { name: /Alleen bij/ })).toBeChecked();

  await page.getByLabel('Instellingen importeren').setInputFiles({
    name: 'kapot.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "bannerThreshold": "warning",\n  "sites": { "x": "ja" }\n}'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('kapot.json is niet geïmporteerd');
  await expect(alert).toContainText('sites.x');
  await expect(alert).toContainText('Je vorige instellingen zijn behouden.');
  await expect(page.getByRole('radio', { name: /Alleen bij/ })).toBeChecked();
  const { settings } = (await readLocalStorage(page, ['settings'])) as { settings: { bannerThreshold: string } };
  expect(settings.bannerThreshold).toBe('high');

  await page.getByLabel('Instellingen importeren').setInputFiles({
    name: 'syntax.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "likeGuard": false,\n  oeps\n}'),
  });
  await expect(page.getByRole('alert')).toContainText('regel 3');
});

test('exported settings import again', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await page.getByRole('checkbox', { name: /like of repost/ }).uncheck();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Instellingen exporteren' }).click();
  const file = await (await download).path();
  await page.getByRole('button', { name: 'Standaardinstellingen herstellen' }).click();
  await page.getByRole('button', { name: 'Ja, terugzetten' }).click();
  await expect(page.getByRole('checkbox', { name: /like of repost/ })).toBeChecked();
  await page.getByLabel('Instellingen importeren').setInputFiles(file);
  await expect(page.getByRole('checkbox', { name: /like of repost/ })).not.toBeChecked();
});

test('a custom pack with errors is refused with its problems listed', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await page.getByLabel('Pakket importeren').setInputFiles({
    name: 'team.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "id": "team",\n  "kind": "custom",\n  "rules": [ { "id": 5 } ]\n}'),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('team.json is niet geïmporteerd');
  await expect(alert).toContainText('Je bestaande pakketten zijn ongewijzigd.');
  const { customPacks } = await readLocalStorage(page, ['customPacks']);
  expect(customPacks ?? []).toEqual([]);
});

test('the organisation packs appear once the stored blob is read; without it the page works with the core pack', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const packs = page.locator('input[id^="pp-pack-"]');
  // The background stores the blob on install; the page reads it (or sees it arrive) from storage.
  await expect
    .poll(async () => (await readLocalStorage(page, ['deliveredRuleData'])).deliveredRuleData != null)
    .toBe(true);
  await expect(page.locator('#pp-pack-politie')).toBeVisible();
  const { deliveredRuleData: stored } = await readLocalStorage(page, ['deliveredRuleData']);

  // Absent: core at once, no organisation pack, nothing alarming, and a change is still saved.
  await removeLocalStorage(page, ['deliveredRuleData']);
  await page.reload();
  await expect(page.locator('#pp-pack-core')).toBeVisible();
  await expect(packs).toHaveCount(1);
  await page.getByRole('radio', { name: /Alleen bij/ }).check();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();

  // Unreadable (this build's id and sizes, damaged text): the same.
  const blob = stored as { id: string; packed: { text: string } };
  const damaged = { ...blob, packed: { ...blob.packed, text: [...blob.packed.text].reverse().join('') } };
  await writeLocalStorage(page, { deliveredRuleData: damaged });
  await page.reload();
  await expect(page.locator('#pp-pack-core')).toBeVisible();
  await expect(packs).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Stored while the page is open: every organisation pack appears, without a reload.
  await writeLocalStorage(page, { deliveredRuleData: stored });
  await expect(page.locator('#pp-pack-politie')).toBeVisible();
  await expect(packs).toHaveCount(15);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
