/**
 * Archive: records reach IndexedDB only through the background, only with
 * consent; the archive page lists, searches, filters, exports and deletes.
 * Records are seeded the way content scripts send them (runtime message),
 * here from an extension page; the retention test moves the archive page's
 * clock on instead of writing old records into the database.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

// Each test starts Chromium, opens the archive (Dexie, Preact) and talks to the service
// worker; on a busy shared 2-core machine that alone can take most of the default 30 s.
test.describe.configure({ timeout: 60_000 });

/** The extension APIs this spec calls inside extension pages (page.evaluate). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** Changes stored settings the way the options page does (the other settings stay). */
async function patchSettings(page: Page, patch: object): Promise<void> {
  await page.evaluate(async (change) => {
    const stored = ((await chrome.storage.local.get('settings')).settings as object | undefined) ?? {};
    await chrome.storage.local.set({ settings: { ...stored, ...change } });
  }, patch);
}

async function setConsent(page: Page, archiveConsent: boolean): Promise<void> {
  await patchSettings(page, { archiveConsent });
}

async function sendRecord(page: Page, draft: object): Promise<{ stored: boolean; reason?: string }> {
  return page.evaluate(
    (d) => chrome.runtime.sendMessage({ type: 'piketpaal:archive-record', draft: d }),
    draft,
  ) as Promise<{ stored: boolean; reason?: string }>;
}

const POLITICAL = {
  text: 'Die Baudet is echt een lachwekkende clown, "stem" niet op hem.',
  site: 'x',
  postedAnyway: true,
  findings: [
    {
      category: 'political-opinion',
      severity: 'warning',
      stelregel: 1,
      start: 4,
      end: 10,
      rule: 'core/political-opinion',
      message: 'Politiek oordeel over een politicus.',
      suggestion: 'Laat het oordeel weg.',
      excerpt: 'Baudet',
    },
  ],
};
const CLEAN = {
  text: 'Mooie fietsroute langs de IJssel vandaag.',
  site: 'linkedin',
  postedAnyway: false,
  findings: [],
};

test('without consent the background keeps nothing', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('archive.html');
  await setConsent(page, false);
  expect(await sendRecord(page, CLEAN)).toEqual({ stored: false, reason: 'no-consent' });
  await page.reload();
  await expect(page.getByText('Het archief staat uit')).toBeVisible();
  await expect(page.getByText('Nog geen berichten in het archief.')).toBeVisible();
  await expect(page).toHaveTitle('Piketpaal – Archief van geplaatste berichten');
});

test('lists, searches, filters, exports and deletes records stored via the background', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('archive.html');
  await setConsent(page, true);
  expect((await sendRecord(page, POLITICAL)).stored).toBe(true);
  expect((await sendRecord(page, CLEAN)).stored).toBe(true);
  expect(await sendRecord(page, { text: 42 })).toEqual({ stored: false, reason: 'invalid' });
  await page.reload();

  const records = page.locator('.pp-archive-record');
  await expect(records).toHaveCount(2);
  // Newest first.
  await expect(records.first()).toContainText('IJssel');
  await expect(records.nth(1)).toContainText('Geplaatst na waarschuwing');
  await expect(records.nth(1)).toContainText('Politiek oordeel');

  await page.getByLabel('Zoeken in tekst').fill('baudet');
  await expect(records).toHaveCount(1);
  await expect(page.getByText('1 van 2 berichten')).toBeVisible();
  await page.getByLabel('Zoeken in tekst').fill('');
  await page.getByRole('combobox', { name: 'Site' }).selectOption('linkedin');
  await expect(records).toHaveCount(1);
  await expect(records.first()).toContainText('IJssel');
  await page.getByRole('combobox', { name: 'Site' }).selectOption('all');
  await page.getByRole('combobox', { name: 'Bevindingen' }).selectOption('political-opinion');
  await expect(records).toHaveCount(1);
  await expect(records.first()).toContainText('Baudet');
  await page.getByRole('combobox', { name: 'Bevindingen' }).selectOption('all');

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^piketpaal-archief-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText).toContain('id,createdAt,site,postedAnyway,categories,findings,text');
  expect(csvText).toContain('"Die Baudet is echt een lachwekkende clown, ""stem"" niet op hem."');

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporteer JSON' }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(exported.format).toBe('piketpaal-archive');
  expect(exported.records.map((r: { text: string }) => r.text)).toEqual([CLEAN.text, POLITICAL.text]);

  await records
    .first()
    .getByRole('button', { name: /^Bericht van .* verwijderen$/ })
    .click();
  await expect(records).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText('Bericht verwijderd.');

  await page.getByRole('button', { name: 'Alles verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, alles verwijderen' }).click();
  await expect(page.getByText('Nog geen berichten in het archief.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Nog geen berichten in het archief.')).toBeVisible();
});

/**
 * createdAt of every record in the extension's archive database, oldest first.
 * Read-only: before the extension has created the database (or its table) this
 * gives [] and creates nothing, so Dexie's own upgrade is never blocked.
 */
async function storedTimes(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('piketpaal-archive');
        // No database yet: do not create an empty one.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction('records').objectStore('records').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as { createdAt: number }[]).map((r) => r.createdAt).sort((x, y) => x - y));
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

// The records go in the way content scripts send them (runtime message, stored by the
// background at the real time), a moment apart. Then the archive page is opened with
// its clock moved on (Playwright's clock: only this page's Date), to a time at which
// the first record is just past the retention period and the others are not. The page
// applies the retention when it opens, as it does for the user a year later.
test('retention: records older than the period are removed when the archive opens, newer ones stay', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('archive.html');
  await setConsent(page, true);
  for (const text of ['Eerste bericht', 'Tweede bericht', 'Derde bericht']) {
    expect((await sendRecord(page, { ...CLEAN, text })).stored).toBe(true);
    await page.waitForTimeout(50); // distinct createdAt times
  }
  const [first, second, third] = await storedTimes(page);
  if (first === undefined || second === undefined || third === undefined) throw new Error('three records expected');
  expect(first).toBeLessThan(second);
  expect(second).toBeLessThan(third);
  const records = page.locator('.pp-archive-record');

  // Default retention (one year): a year after the first post, it goes; the later ones stay.
  await page.clock.setFixedTime(first + 365 * DAY_MS + (second - first) / 2);
  await page.reload();
  await expect(page.getByText('2 van 2 berichten')).toBeVisible();
  await expect(records).toHaveCount(2);
  await expect(records.filter({ hasText: 'Eerste bericht' })).toHaveCount(0);
  expect(await storedTimes(page)).toEqual([second, third]);

  // A shorter period set in the options (30 days) applies the same way.
  await patchSettings(page, { archiveRetentionDays: 30 });
  await page.clock.setFixedTime(second + 30 * DAY_MS + (third - second) / 2);
  await page.reload();
  await expect(records).toHaveCount(1);
  await expect(records.first()).toContainText('Derde bericht');
  expect(await storedTimes(page)).toEqual([third]);
});

test('axe: no serious or critical violations on the archive page', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('archive.html');
  await setConsent(page, true);
  await sendRecord(page, POLITICAL);
  await page.reload();
  await expect(page.locator('.pp-archive-record')).toHaveCount(1);
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
});

test('a post sent through the X composer, after "Toch plaatsen", lands in the archive', async ({
  context,
  openExtensionPage,
}) => {
  const { serveFixture } = await import('../fixtures/sites/routes');
  const { RISKY_DRAFT, banner, submissions, typeInto, xHomeEditor, xHomePostButton } = await import(
    './composer-helpers'
  );
  const archive = await openExtensionPage('archive.html');
  await setConsent(archive, true);

  const page = await context.newPage();
  await page.goto(await serveFixture(context, 'x'));
  await typeInto(page, xHomeEditor(page), RISKY_DRAFT);
  await xHomePostButton(page).click();
  await banner(page).getByRole('button', { name: 'Toch plaatsen' }).click();
  await expect.poll(() => submissions(page)).toBe(1);

  // The content script sends the record to the background; count in the extension's database.
  await expect.poll(async () => (await storedTimes(archive)).length, { timeout: 30_000 }).toBe(1);
  await archive.reload();
  const record = archive.locator('.pp-archive-record');
  await expect(record).toContainText(RISKY_DRAFT);
  await expect(record).toContainText('Geplaatst na waarschuwing');
});
