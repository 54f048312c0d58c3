/**
 * The built-in packs and lexicons (rules/**.json), bundled at build time.
 * Where they come from is ./source.ts (the files as written, in tests and Node
 * tools) or, in the built extension, a packed copy of the compacted files
 * (./compact.ts, ./packed.ts) that the build puts in source.ts's place, followed
 * by the files delivered at run time once they arrived (./delivered.ts).
 */

import { runSteps, sharedReadSteps } from '../steps';
import { deliveredFileSteps, ruleDataGeneration } from './delivered';
import { readRuleFileSteps } from './source';

export interface BundledFile {
  /** Path relative to the repository root, e.g. "rules/lexicons/insults.nl.json". */
  path: string;
  data: unknown;
}

/** The bundle's own files, once read. */
let own: BundledFile[] | undefined;
/** The read in progress: a check during the warm-up finishes it instead of starting again. */
let reading: Iterator<unknown, BundledFile[]> | undefined;
/** The bundle's files plus the delivered ones, for the rule data generation it was made for. */
let cached: { generation: number; files: BundledFile[] } | undefined;

export function bundledFiles(): BundledFile[] {
  return cached?.generation === ruleDataGeneration() ? cached.files : runSteps(bundledFileSteps());
}

/** The same in steps (unpacking takes 35-100 ms on the page): the engine's warm-up runs it. */
export function* bundledFileSteps(): Generator<void, BundledFile[]> {
  const generation = ruleDataGeneration();
  if (cached?.generation === generation) return cached.files;
  const files = yield* ownFileSteps();
  const delivered = yield* deliveredFileSteps();
  // Delivered files come after the bundle's own, where the source order has them (rules/orgs/
  // after rules/lexicons/; the word lists under lib/engine/ are not rule files and keep no order).
  const all = delivered.length > 0 ? [...files, ...delivered] : files;
  if (generation === ruleDataGeneration()) cached = { generation, files: all };
  return all;
}

function* ownFileSteps(): Generator<void, BundledFile[]> {
  return yield* sharedReadSteps<BundledFile[]>({
    kept: () => (own ? { value: own } : undefined),
    reading: () => (reading ??= readRuleFileSteps()),
    drop: () => {
      reading = undefined;
    },
    keep: (files) => {
      own = files;
    },
  });
}
