// Fails early, with the fix, when Debian's Chromium is missing: Playwright
// cannot download browsers on this network.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nChromium is missing (${chromium}). The end-to-end tests drive Debian's Chromium:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to another Chromium binary)\n`,
  );
  process.exit(1);
}

// Warns (does not fail) when no font has the newer emoji (U+1F9D1; DejaVu has only the old smileys):
// Chromium then searches the system fonts for each emoji on every layout, and the robustness test's
// emoji draft measures that search, not our code (~450 ms wall per task without the font, ~80 ms
// with it). `.ci/run` installs the font.
try {
  const emojiFonts = execFileSync('fc-list', [':charset=1f9d1', 'family'], { encoding: 'utf8' }).trim();
  if (!emojiFonts)
    console.warn(
      '\nNo emoji font found: the emoji draft in the robustness test will be slow for Chromium itself.\n  sudo apt-get install -y fonts-noto-color-emoji\n',
    );
} catch {
  // fc-list missing: nothing to tell
}
