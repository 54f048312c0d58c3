/**
 * The built-in packs and lexicons (rules/**.json), bundled at build time.
 * Where they come from is ./source.ts (the files as written, in tests and Node
 * tools) or, in the built extension, a packed copy of the compacted files
 * (./compact.ts, ./packed.ts) that the build puts in source.ts's place.
 */
import { readRuleFiles } from './source';

export interface BundledFile {
  /** Path relative to the repository root, e.g. "rules/lexicons/insults.nl.json". */
  path: string;
  data: unknown;
}

let cached: BundledFile[] | undefined;

export function bundledFiles(): BundledFile[] {
  if (!cached) cached = readRuleFiles();
  return cached;
}
