/** The built-in packs and lexicons, validated once; invalid files are left out (fail open) and reported. */
import * as v from 'valibot';
import { bundledFiles } from '../data/bundled';
import type { Lexicon, RulePack } from '../pack-types';
import { runSteps } from '../steps';
import { LexiconSchema, RulePackSchema } from './schema';

export interface LoadedData {
  packs: RulePack[];
  lexicons: Lexicon[];
  /** Problems found while loading (file: message); `npm run packs:validate` shows them in full. */
  problems: string[];
  /** Source file per pack id. */
  packFiles: Map<string, string>;
}

let loaded: LoadedData | undefined;

export function loadBundled(): LoadedData {
  return runSteps(loadBundledSteps());
}

/** The same load in steps (one file validated per step), so a page's warm-up has no long task. */
export function* loadBundledSteps(): Generator<void, LoadedData> {
  if (loaded) return loaded;
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
      const parsed = v.safeParse(LexiconSchema, file.data);
      if (!parsed.success) {
        problems.push(`${file.path}: ${parsed.issues[0]?.message ?? 'invalid lexicon'}`);
        continue;
      }
      lexicons.push(parsed.output as Lexicon);
      continue;
    }
    const parsed = v.safeParse(RulePackSchema, file.data);
    if (!parsed.success) {
      problems.push(
        `${file.path}: ${v.getDotPath(parsed.issues[0]!) ?? ''} ${parsed.issues[0]?.message ?? 'invalid pack'}`,
      );
      continue;
    }
    const pack = parsed.output as RulePack;
    packs.push(pack);
    packFiles.set(pack.id, file.path);
  }
  // Core first, so its rules (and derived findings) are evaluated before organisation rules.
  packs.sort((a, b) => (a.kind === 'core' ? -1 : 0) - (b.kind === 'core' ? -1 : 0));
  // Another caller may have finished the load while this one was paused: keep the first.
  if (loaded) return loaded;
  loaded = { packs, lexicons, problems, packFiles };
  return loaded;
}
