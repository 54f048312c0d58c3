/**
 * Saves screenshots of the popup (with findings), the options page and the
 * setup page to docs/screenshots/ for the README. Runs the BUILT extension in
 * Chromium (build first: `npm run screenshots` does both).
 *
 * The popup is opened as a page with `?demo=findings`: a fixed sample report
 * (entrypoints/popup/demo-client.ts), because headless Chromium cannot open
 * a real popup against a tab. Options and setup are shown with a sample profile.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, ROOT } from '../tests/e2e/harness';

// SCREENSHOT_DIR lets a trial run write elsewhere than the committed README images.
const OUT = path.resolve(ROOT, process.env.SCREENSHOT_DIR ?? 'docs/screenshots');

const SAMPLE_SETTINGS = {
  profile: { organisation: 'jenv', topics: ['asiel-migratie', 'vreemdelingenbewaring'], role: 'beleidsmedewerker' },
  uiLanguage: 'nl',
  disabledRules: ['core/tone-swearing'],
  setupDone: true,
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const scheme = (process.env.SCREENSHOT_SCHEME ?? 'light') as 'light' | 'dark';
  const { context, extensionId } = await launchWithExtension(undefined, { colorScheme: scheme, deviceScaleFactor: 2 });
  try {
    const id = await extensionId();
    const base = `chrome-extension://${id}`;
    // Close the first-run tab the extension opens, so it does not overlap.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const page of context.pages()) if (page.url().startsWith(base)) await page.close();

    const page = await context.newPage();
    await page.goto(`${base}/options.html`);
    await page.evaluate(async (settings) => {
      // Runs in the extension page, where the `chrome` extension API exists.
      const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
      await api.storage.local.set({ settings, settings$: { v: 2 } });
    }, SAMPLE_SETTINGS);
    const suffix = scheme === 'dark' ? '-dark' : '';

    await page.setViewportSize({ width: 416, height: 600 });
    await page.goto(`${base}/popup.html?demo=findings`);
    await page.locator('.pp-finding').first().waitFor();
    await page.screenshot({ path: path.join(OUT, `popup-findings${suffix}.png`), fullPage: true });

    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`${base}/options.html#setup`);
    await page.getByRole('button', { name: 'Opslaan en beginnen' }).waitFor();
    await page.screenshot({ path: path.join(OUT, `setup${suffix}.png`), fullPage: false });

    await page.goto(`${base}/options.html`);
    await page.reload();
    await page.getByRole('heading', { name: 'Regelpakketten', exact: true }).waitFor();
    await page.screenshot({ path: path.join(OUT, `options${suffix}.png`), fullPage: false });
    // Rule packs and single rules, with a search.
    await page.getByRole('searchbox', { name: 'Zoek een regel' }).fill('toon');
    await page.getByRole('searchbox', { name: 'Zoek een regel' }).blur();
    await page.evaluate(() =>
      document.getElementById('pp-rule-search')?.closest('.pp-field')?.previousElementSibling?.scrollIntoView(),
    );
    await page.screenshot({ path: path.join(OUT, `options-rules${suffix}.png`), fullPage: false });
    console.log(`Screenshots saved in ${path.relative(ROOT, OUT)}/`);
  } finally {
    await context.close();
  }
}

await main();
