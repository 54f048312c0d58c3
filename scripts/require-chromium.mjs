// Fails early, with the fix, when Debian's Chromium is missing: Playwright
// cannot download browsers on this network.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nChromium is missing (${chromium}). The end-to-end tests drive Debian's Chromium:\n  sudo apt-get update && sudo apt-get install -y chromium\n(or set CHROMIUM_PATH to another Chromium binary)\n`,
  );
  process.exit(1);
}
