/**
 * The built-in packs and lexicons (rules/**.json), bundled at build time.
 * Where they come from is ./source.ts (the files as written, in tests and Node
 * tools) or, in the built extension, a packed copy of the compacted files
 * (./compact.ts, ./packed.ts) that the build puts in source.ts's place.
 */

import { runSteps } from '../steps';
import { readRuleFileSteps } from './source';

export interface BundledFile {
  /** Path relative to the repository root, e.g. "rules/lexicons/insults.nl.json". */
  path: string;
  data: unknown;
}

let cached: BundledFile[] | undefined;
/** The read in progress: a check during the warm-up finishes it instead of starting again. */
let reading: Iterator<unknown, BundledFile[]> | undefined;

export function bundledFiles(): BundledFile[] {
  return cached ?? runSteps(bundledFileSteps());
}

/** The same in steps (unpacking takes 35-100 ms on the page): the engine's warm-up runs it. */
export function* bundledFileSteps(): Generator<void, BundledFile[]> {
  for (;;) {
    if (cached) return cached;
    reading ??= readRuleFileSteps();
    let step: IteratorResult<unknown, BundledFile[]>;
    try {
      step = reading.next();
    } catch (error) {
      reading = undefined; // the next call tries again (and fails open the same way)
      throw error;
    }
    if (step.done) {
      cached = step.value;
      reading = undefined;
      return cached;
    }
    yield;
  }
}
