import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

// Extension pages under a shared, busy machine: allow slow starts of Chromium.
test.describe.configure({ timeout: 120_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const PAGES: [string, string, string][] = [
  ['popup (not active)', 'popup.html', 'Piketpaal is niet actief op deze pagina'],
  ['popup (findings)', 'popup.html?demo=findings', 'Tip:'],
  ['options', 'options.html', 'Regelpakketten'],
  ['setup', 'options.html#setup', 'Opslaan en beginnen'],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, path, ready] of PAGES) {
    test(`axe: no serious or critical violations on ${name} (${scheme})`, async ({ openExtensionPage }) => {
      const page = await openExtensionPage(path);
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.getByText(ready).first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('options and setup reflow at 200% zoom (no horizontal scrolling at 640 px)', async ({ openExtensionPage }) => {
  for (const path of ['options.html', 'options.html#setup']) {
    const page = await openExtensionPage(path);
    await page.setViewportSize({ width: 640, height: 800 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
