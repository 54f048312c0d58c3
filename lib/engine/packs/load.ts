/** The built-in packs and lexicons, validated once; invalid files are left out (fail open) and reported. */
import { bundledFiles } from '../data/bundled';
import { ruleDataGeneration } from '../data/delivered';
import type { Lexicon, RulePack } from '../pack-types';
import { runSteps } from '../steps';
// The shape check without valibot (the content scripts load this; ./validate.ts keeps valibot).
import { checkLexiconShape, checkPackShape } from './shape';

export interface LoadedData {
  packs: RulePack[];
  lexicons: Lexicon[];
  /** Problems found while loading (file: message); `npm run packs:validate` shows them in full. */
  problems: string[];
  /** Source file per pack id. */
  packFiles: Map<string, string>;
}

/** The load for the rule data generation it was made for (delivered files start a new one). */
let loaded: (LoadedData & { generation: number }) | undefined;

export function loadBundled(): LoadedData {
  return runSteps(loadBundledSteps());
}

/** The same load in steps (one file validated per step), so a page's warm-up has no long task. */
export function* loadBundledSteps(): Generator<void, LoadedData> {
  const generation = ruleDataGeneration();
  if (loaded?.generation === generation) return loaded;
  const files = bundledFiles();
  const packs: RulePack[] = [];
  const lexicons: Lexicon[] = [];
  const problems: string[] = [];
  const packFiles = new Map<string, string>();
  for (const file of files) {
    if (!file.path.startsWith('rules/')) continue; // the engine's word lists (../data/word-lists.ts)
    yield;
    if (file.data === undefined) {
      problems.push(`${file.path}: not valid JSON`);
      continue;
    }
    if (/\/lexicons\//.test(file.path)) {
      const lexicon = checkLexiconShape(file.data);
      if (!lexicon.ok) {
        problems.push(`${file.path}: ${lexicon.path} ${lexicon.message}`);
        continue;
      }
      lexicons.push(lexicon.value);
      continue;
    }
    const checked = checkPackShape(file.data);
    if (!checked.ok) {
      problems.push(`${file.path}: ${checked.path} ${checked.message}`);
      continue;
    }
    const pack = checked.value;
    packs.push(pack);
    packFiles.set(pack.id, file.path);
  }
  // Core first, so its rules (and derived findings) are evaluated before organisation rules.
  packs.sort((a, b) => (a.kind === 'core' ? -1 : 0) - (b.kind === 'core' ? -1 : 0));
  // Another caller may have finished the load while this one was paused: keep the first.
  if (loaded?.generation === generation) return loaded;
  const result = { packs, lexicons, problems, packFiles };
  if (generation === ruleDataGeneration()) loaded = { ...result, generation };
  return result;
}
