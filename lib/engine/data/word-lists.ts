/**
 * The engine's word lists and text tables (`*.list.json` under lib/engine/, e.g. the PII
 * recognisers' first names and patterns, the language profiles, the stelregel texts):
 * data that used to be written as code. They ship inside the packed rule data
 * (./source.ts, ./packed.ts), where LZMA stores them in about a third of the bytes, and
 * are read from the bundled files on first use: by then a check has unpacked them (the
 * model needs the rules), so asking costs one lookup.
 *
 * Every reader fails open: a file that is missing or of the wrong shape reads as empty
 * (a pattern as one that never matches), so the engine keeps working without it.
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
  return wordListOf(bundledData(path));
}

/** The data of the file at `path` as bundled, or undefined. */
export function bundledData(path: string): unknown {
  return bundledFiles().find((file) => file.path === path)?.data;
}

/** `data` if it is a list of strings, else an empty list. */
export function wordListOf(data: unknown): readonly string[] {
  return Array.isArray(data) && data.every((word) => typeof word === 'string') ? data : [];
}

/** The member `key` of `data` when `data` is a JSON object (own members only), else undefined. */
export function memberOf(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.hasOwn(data, key)
    ? (data as Record<string, unknown>)[key]
    : undefined;
}

/** A value made on the first call and kept (the data is unpacked after import, in the warm-up). */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * The regular expression `table[name]` (the source text of a pattern from a `*.list.json`
 * table), compiled with `flags`. A missing or broken source gives a pattern that never
 * matches: the recogniser it feeds finds nothing, the rest of the engine works on.
 */
export function patternOf(table: unknown, name: string, flags: string): RegExp {
  const source = memberOf(table, name);
  if (typeof source === 'string')
    try {
      return new RegExp(source, flags);
    } catch {
      // fall through to the pattern that never matches
    }
  return new RegExp('(?!)', flags);
}

/**
 * The regular expressions `table[name]` for every name of `flags`, each compiled with its flags; undefined when any
 * source is missing or broken. For a detector whose patterns only work together (an exclusion that never matched
 * would mean more warnings): it then reports nothing rather than half (fails open), unlike patternOf's one pattern.
 */
export function patternsOf<K extends string>(
  table: unknown,
  flags: Readonly<Record<K, string>>,
): Record<K, RegExp> | undefined {
  const out = {} as Record<K, RegExp>;
  for (const name of Object.keys(flags) as K[]) {
    const source = memberOf(table, name);
    if (typeof source !== 'string') return undefined;
    try {
      out[name] = new RegExp(source, flags[name]);
    } catch {
      return undefined;
    }
  }
  return out;
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
