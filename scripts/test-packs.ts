/**
 * Runs every pack's own examples (textlint-tester style): each `invalid` text
 * must raise that rule, each `valid` text must not.
 */
import { checkPostAllFindings } from '../lib/engine/engine';
import { auditProfile, packProblems } from '../lib/engine/index';
import { loadBundled } from '../lib/engine/packs/load';

let passed = 0;
// WHY: a pack with a problem is left out of the bundle whole, and its examples with it: that must fail, not pass
// (the same list `npm run check` reports: load problems and the model's compile errors).
const failed: string[] = packProblems().map((problem) => `pack problem: ${problem}`);
for (const pack of loadBundled().packs) {
  for (const rule of pack.rules ?? []) {
    const id = `${pack.id}/${rule.id}`;
    const profile = rule.examples?.profile ?? {
      organisation: pack.organisation,
      topics: [],
      role: 'beleidsmedewerker',
    };
    const isProfile = rule.category === 'job-title-disclosure' || rule.category === 'political-affiliation';
    const fires = (text: string) =>
      (isProfile
        ? auditProfile({ page: { bio: text }, profile }).findings
        : checkPostAllFindings({ text, profile })
      ).some((f) => f.rule === id);
    for (const text of rule.examples?.invalid ?? []) {
      if (fires(text)) passed++;
      else failed.push(`${id}: should fire on: ${text}`);
    }
    for (const text of rule.examples?.valid ?? []) {
      if (!fires(text)) passed++;
      else failed.push(`${id}: should NOT fire on: ${text}`);
    }
  }
}
for (const f of failed) console.error(`FAIL ${f}`);
console.log(`packs:test: ${passed} passed, ${failed.length} failed`);
if (failed.length > 0) process.exit(1);
