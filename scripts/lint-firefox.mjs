// Runs web-ext lint on the Firefox build and fails on any error. Warnings are
// printed; each known one is explained in the README ("web-ext lint warnings").
import { execFileSync } from 'node:child_process';

const out = execFileSync(
  'npx',
  ['web-ext', 'lint', '--source-dir', `${process.env.PIKETPAAL_OUT ?? '.output'}/firefox-mv2`, '--output', 'json'],
  {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  },
);
const report = JSON.parse(out);
for (const kind of ['errors', 'warnings']) {
  for (const m of report[kind])
    console.log(`web-ext lint ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings`);
if (report.summary.errors > 0) process.exit(1);
