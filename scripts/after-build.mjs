// Printed after `npm run build`: where the builds are and how to load them.
import { readdirSync } from 'node:fs';

const out = process.env.PIKETPAAL_OUT ?? '.output';
const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
console.log(`
Piketpaal is built.
  Chrome/Edge (MV3): .output/chrome-mv3
  Firefox (MV2):     .output/firefox-mv2
  Store packages:    ${zips.map((z) => `${out}/${z}`).join(', ')}

Load it in Chrome or Edge: open chrome://extensions, switch on "Developer mode",
choose "Load unpacked" and pick the folder .output/chrome-mv3.
Load it in Firefox: open about:debugging#/runtime/this-firefox, choose
"Load Temporary Add-on…" and pick .output/firefox-mv2/manifest.json.
`);
