/**
 * The engine's word lists (`*.list.json` under lib/engine/, e.g. the PII recognisers'
 * first names): data that used to be written as code. They ship inside the packed rule
 * data (./source.ts, ./packed.ts), where LZMA stores them in about a third of the bytes,
 * and are read from the bundled files on first use: by then a check has unpacked them
 * (the model needs the rules), so asking costs one lookup.
 */
import { bundledFiles } from './bundled';

/** What the recognisers ask of a word list. */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * The list at `path` (relative to the repository root). A list that is missing or not a
 * list of strings reads as empty, as a missing rule file is simply absent: the engine
 * fails open. The unit tests check that every list the engine names ships whole.
 */
export function bundledWordList(path: string): readonly string[] {
  const data = bundledFiles().find((file) => file.path === path)?.data;
  return Array.isArray(data) && data.every((word) => typeof word === 'string') ? data : [];
}

/** The list as a set, made on the first `has` (not at import: the data is unpacked later, in the warm-up). */
export function bundledWordSet(path: string): WordSet {
  let words: Set<string> | undefined;
  return {
    has(word) {
      words ??= new Set(bundledWordList(path));
      return words.has(word);
    },
  };
}
