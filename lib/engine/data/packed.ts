/**
 * The rule files as the built extension carries them: compacted (./compact.ts),
 * written in a compact text layout (./layout.ts; plain JSON if a file cannot be),
 * LZMA-compressed and written as the text of a JS string (./binary-text.ts) by the
 * build (scripts/lib/rule-data-plugin.ts). Compressing the whole set at once lets
 * repeated vocabulary across packs share bytes: 930 KB of source JSON ships as
 * about 225 KB of text (29 Nov 2026).
 */

import { runSteps } from '../steps';
import { decodeBinaryTextSteps } from './binary-text';
import type { BundledFile } from './bundled';
import { decodeLayoutSteps } from './layout';
import { lzmaDecodeSteps } from './lzma';

export interface PackedRuleData {
  /** Length in bytes of the UTF-8 text before compressing (also a check on the result). */
  size: number;
  /** Length in bytes of the compressed data. */
  compressed: number;
  /**
   * Whether that text is in ./layout.ts's layout, of the list [steps, ...files] with the files in
   * the order the build laid them out (steps[k]: the k-th file's place among the files minus the
   * (k-1)-th's, the first's place for k = 0), a lexicon named after its id and language with an empty
   * path (see lexiconPath); else it
   * is the JSON array of files.
   */
  layout: boolean;
  /** That text in the LZMA alone format (.lzma, ./lzma.ts), as ./binary-text.ts text. */
  text: string;
}

/** The files at once (Node tools, tests; the build checks what it packs with it). */
export function unpackRuleData(packed: PackedRuleData): BundledFile[] {
  return runSteps(unpackRuleDataSteps(packed));
}

/**
 * The same in steps of a few milliseconds: the page unpacks once, in the engine's warm-up
 * (lib/engine/engine.ts warmUpSteps, via ./bundled.ts), and all at once took 35-100 ms of
 * CPU: a long task on the page. Each step yields its phase's progress (for the tests).
 */
export function* unpackRuleDataSteps(packed: PackedRuleData): Generator<number, BundledFile[]> {
  const compressed = yield* decodeBinaryTextSteps(packed.text, packed.compressed);
  // Exactly packed.size bytes: the decoder fails on a stream whose header stores another size.
  const bytes = yield* lzmaDecodeSteps(compressed, packed.size);
  const lines = yield* utf8LineSteps(bytes);
  // Plain JSON only when the build could not use the layout (no such file ships now): one step.
  if (!packed.layout) return JSON.parse(lines.join('\n')) as BundledFile[];
  const [steps, ...laidOut] = (yield* decodeLayoutSteps(lines)) as [number[], ...BundledFile[]];
  // A named error, not a bare TypeError further on: the page fails open and reports this message.
  if (steps.length !== laidOut.length) throw new Error('rule data: steps and files differ');
  const files: BundledFile[] = new Array(laidOut.length);
  let place = 0;
  steps.forEach((step, k) => {
    place += step;
    const file = laidOut[k]!;
    if (file.path === '') file.path = lexiconPath(file.data as LexiconIds);
    files[place] = file;
  });
  return files;
}

/** What a lexicon file's path is made of. */
interface LexiconIds {
  id: string;
  language: string;
}

/**
 * The path a lexicon file has when it is named after its id and language, as every lexicon under rules/lexicons/
 * is: the build lays such a file out with an empty path (scripts/lib/rule-data-plugin.ts, ruleDataText) and the
 * page writes it back from the data. WHY: the id then ships once, not also in the path (session 17: 569 bytes
 * less LZMA data).
 */
export const lexiconPath = ({ id, language }: LexiconIds): string => `rules/lexicons/${id}.${language}.json`;

/** Bytes per step of utf8LineSteps: a few ms on cold code in a fresh page. */
export const LINE_STEP_BYTES = 32 * 1024;

/** The UTF-8 text's lines (as text.split('\n') would give them), a slice of bytes per step (exported for the tests). */
export function* utf8LineSteps(bytes: Uint8Array): Generator<number, string[]> {
  const decoder = new TextDecoder();
  const slices: string[][] = [];
  let partial = ''; // the last line so far, continued by the next slice
  for (let at = 0; at < bytes.length; at += LINE_STEP_BYTES) {
    if (at > 0) yield at;
    // stream: a character split between two slices is decoded once both are read
    const lines = (partial + decoder.decode(bytes.subarray(at, at + LINE_STEP_BYTES), { stream: true })).split('\n');
    partial = lines.pop()!;
    slices.push(lines);
  }
  slices.push([partial + decoder.decode()]);
  return slices.flat();
}

/** The packed data's reader in steps, as the build's generated source module exports it (./bundled.ts runs it and keeps the result). */
export function packedRuleFileSteps(packed: PackedRuleData): () => Generator<number, BundledFile[]> {
  return () => unpackRuleDataSteps(packed);
}
