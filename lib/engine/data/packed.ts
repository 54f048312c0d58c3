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
   * Whether that text is in ./layout.ts's layout, of the list [order, ...files] with the files in
   * the order the build laid them out (order[k]: the k-th file's place among the files); else it
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
  const bytes = yield* lzmaDecodeSteps(compressed, packed.size);
  if (bytes.length !== packed.size)
    throw new Error(`rule data: ${bytes.length} bytes unpacked, expected ${packed.size}`);
  const lines = yield* utf8LineSteps(bytes);
  // Plain JSON only when the build could not use the layout (no such file ships now): one step.
  if (!packed.layout) return JSON.parse(lines.join('\n')) as BundledFile[];
  const [order, ...laidOut] = (yield* decodeLayoutSteps(lines)) as [number[], ...BundledFile[]];
  const files: BundledFile[] = new Array(laidOut.length);
  order.forEach((place, k) => {
    files[place] = laidOut[k]!;
  });
  return files;
}

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
