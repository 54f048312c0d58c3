/** Validates every pack (rules/*.json, rules/orgs/*.json) and lexicon (rules/lexicons/*.json); errors name file, line and rule. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { buildModel } from '../lib/engine/model';
import type { Lexicon, RulePack } from '../lib/engine/pack-types';
import { regexCueProblem } from '../lib/engine/packs/regex-cue';
import { LexiconSchema } from '../lib/engine/packs/schema';
import { validatePackImpl } from '../lib/engine/packs/validate';

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

let failures = 0;
const packs: RulePack[] = [];
const lexicons: Lexicon[] = [];
for (const file of [...jsonFiles('rules'), ...jsonFiles('rules/orgs')]) {
  const result = validatePackImpl(readFileSync(file, 'utf8'), file);
  if (!result.ok) {
    failures += result.errors.length;
    for (const e of result.errors)
      console.error(`${file}${e.line ? `:${e.line}` : ''}: ${e.message.replace(`${file}: `, '')}`);
  } else packs.push(result.pack);
}
for (const file of jsonFiles('rules/lexicons')) {
  try {
    const parsed = v.safeParse(LexiconSchema, JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      failures++;
      console.error(`${file}: ${v.getDotPath(parsed.issues[0]!) ?? ''} ${parsed.issues[0]!.message}`);
    } else {
      // Lexicon terms are not compiled by the schema (the page reads tens of thousands): check their regexes here.
      const lexicon = parsed.output as Lexicon;
      lexicon.terms.forEach((term, index) => {
        const problem = regexCueProblem(term);
        if (!problem) return;
        failures++;
        console.error(`${file}: terms.${index} ${JSON.stringify(term)}: ${problem}`);
      });
      lexicons.push(lexicon);
    }
  } catch (error) {
    failures++;
    console.error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}
const model = buildModel(packs, lexicons);
for (const e of model.errors) {
  failures++;
  console.error(`rule ${e}`);
}
if (failures > 0) {
  console.error(`packs:validate: ${failures} problem(s)`);
  process.exit(1);
}
console.log(
  `packs:validate: ${packs.length} packs, ${lexicons.length} lexicons, ${model.rules.length} rules: all valid`,
);
