/**
 * Build-time packing of the rule data (rules/**.json, and the engine's word lists) for the extension.
 *
 * The engine reads its packs and lexicons through lib/engine/data/source.ts.
 * In the built extension that module is REPLACED by one holding the compacted
 * files (lib/engine/data/compact.ts: no examples, descriptions or notes) as
 * one LZMA-compressed text (lib/engine/data/packed.ts decodes it). The same replacement runs in the Vite build (wxt.config.ts) and in the
 * bench's esbuild bundle (scripts/bench.ts), so the bench measures what ships.
 * Results are identical to the full data: tests/unit/engine/compact-rule-data.test.ts.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';
import { encodeBinaryText, GROUP_BITS, GROUP_BYTES } from '../../lib/engine/data/binary-text';
import type { BundledFile } from '../../lib/engine/data/bundled';
import { compactRuleFiles } from '../../lib/engine/data/compact';
import { DELIVERED_PATH, type DeliveredRuleData, type ExpectedRuleData } from '../../lib/engine/data/delivered';
import { decodeLayout, encodeLayout } from '../../lib/engine/data/layout';
import { lzmaDecode } from '../../lib/engine/data/lzma';
import { lexiconPath, type PackedRuleData, unpackRuleData } from '../../lib/engine/data/packed';
import { readSourceFiles } from '../../lib/engine/data/source';
import { lzmaCompress, lzmaDecompress } from './lzma-encoder.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The module the build replaces (matched on its path, with either separator). */
export const SOURCE_MODULE = /lib[\\/]engine[\\/]data[\\/]source\.ts$/;
/** The module that holds the delivered blob (lib/engine/data/delivered-blob.ts), replaced the same way. */
export const DELIVERED_BLOB_MODULE = /lib[\\/]engine[\\/]data[\\/]delivered-blob\.ts$/;

/**
 * Every rules/**.json file, then the engine's word lists (lib/engine/**.list.json), in a
 * stable order, as the source module reads them from disk (lib/engine/data/source.ts).
 */
export function readRuleSourceFiles(root = ROOT): BundledFile[] {
  return readSourceFiles(fs, path, root);
}

/**
 * The order the files are laid out in (their places in `files`): the Dutch lexicons together, then
 * the English ones, each in their own order, then the rest where they were (core.json, the engine's
 * word lists; the organisation packs and weights in the delivered blob). WHY: words of one language
 * share more with each other (LZMA finds longer and nearer matches): 0.7 KB smaller than the
 * alphabetical order that puts each lexicon's en file beside its nl file (29 Nov 2026). WHY core after
 * the lexicons (session 16): its messages, regexes and lexicon extensions then find their matches in the
 * words before them; the content scripts' LZMA data 177,644 -> 177,177 bytes (core first, or between
 * the nl and en lexicons: 177,294; after the word lists: 177,209; word lists first: 177,664).
 */
export function shippedOrder(files: readonly BundledFile[]): number[] {
  const places = files.map((_, i) => i);
  const lexicon = (i: number, language: string) =>
    /^rules\/lexicons\//.test(files[i]!.path) && files[i]!.path.endsWith(`.${language}.json`);
  const isLexicon = (i: number) => lexicon(i, 'nl') || lexicon(i, 'en');
  return [
    ...places.filter((i) => lexicon(i, 'nl')),
    ...places.filter((i) => lexicon(i, 'en')),
    ...places.filter((i) => !isLexicon(i)),
  ];
}

/**
 * The text packRuleData compresses: in the layout, when it reads back to exactly the same value
 * (deep equality), the list [steps, ...files] with the compacted files in shippedOrder (steps[k]: the
 * place of the k-th of them minus the place of the one before, ./packed.ts puts them back); else the
 * compacted files as JSON. WHY steps, not places: the order is a few runs of every other file
 * (2,4,6,...), which LZMA packs as one repeated "2," (session 17: 149 bytes less LZMA data).
 */
export function ruleDataText(files: readonly BundledFile[]): { text: string; layout: boolean } {
  const compact = compactRuleFiles(files);
  const order = shippedOrder(compact);
  const steps = order.map((place, k) => place - (k > 0 ? order[k - 1]! : 0));
  const value = [steps, ...order.map((i) => withDerivedPath(compact[i]!))];
  const text = encodeLayout(value);
  if (text !== undefined && isDeepStrictEqual(decodeLayout(text), value)) return { text, layout: true };
  return { text: JSON.stringify(compact), layout: false };
}

/**
 * The file as laid out: with an empty path when ./packed.ts writes the same path back from the data (a lexicon
 * named after its id and language, lexiconPath), else as it is. No source file has an empty path (checked).
 */
function withDerivedPath(file: BundledFile): BundledFile {
  if (file.path === '') throw new Error('rule data: a file with an empty path');
  const data = file.data as { id?: unknown; language?: unknown } | null;
  const named =
    typeof data === 'object' &&
    data !== null &&
    typeof data.id === 'string' &&
    typeof data.language === 'string' &&
    lexiconPath({ id: data.id, language: data.language }) === file.path;
  return named ? { path: '', data: file.data } : file;
}

/** Whether the page's LZMA decoder gives `bytes` back from `stream` (and reads no byte past its end). */
function decodesTo(stream: Uint8Array, bytes: Buffer): boolean {
  try {
    return Buffer.from(lzmaDecode(stream, bytes.length)).equals(bytes);
  } catch {
    return false;
  }
}

/**
 * The LZMA stream cut after the last byte the page's decoder reads: it stops at the size the header stores, so
 * lzma1's end marker and the last of the range coder's flush bytes are never read (session 17: 7 bytes).
 * The shortest prefix found by bisection (a prefix that decodes holds every byte the decoder reads, so any
 * longer one decodes too). Fails the build if the whole stream does not decode.
 */
function withoutUnreadTail(stream: Uint8Array, bytes: Buffer): Uint8Array {
  if (!decodesTo(stream, bytes))
    throw new Error("rule data: the page's LZMA decoder does not read the packed data back");
  let shortest = stream.length;
  let tooShort = 13; // the header alone
  while (shortest - tooShort > 1) {
    const length = (shortest + tooShort) >> 1;
    if (decodesTo(stream.subarray(0, length), bytes)) shortest = length;
    else tooShort = length;
  }
  return stream.subarray(0, shortest);
}

const packedByText = new Map<string, PackedRuleData>();

/**
 * LZMA's settings for the rule data: lzma1's defaults but pb = 0 (its match and length models not keyed on the
 * position): the laid-out text has no 2- or 4-byte structure. Session 15 chose pb = 1 (178,624 -> 178,466 bytes
 * against pb 2); with the encoder's length prices kept up to date (./lzma-encoder.mjs) pb 0 is smaller, measured
 * on the session-16 data: content scripts' rule data pb 1 177,902, pb 0 177,644 bytes; delivered blob pb 1
 * 136,948, pb 0 136,586 (lc 4: 177,741, lc 2: 177,865; nice length 273: 177,668).
 */
export const LZMA_SETTINGS = { lc: 3, lp: 0, pb: 0 } as const;

/** Bytes of the built file per byte of LZMA output: the binary text's 226 bits in every 32 bytes (size reports). */
export const SHIPPED_PER_PACKED_BYTE = (GROUP_BYTES * 8) / GROUP_BITS;

/**
 * Compacts, lays out and compresses the rule files (see lib/engine/data/packed.ts):
 * LZMA at lzma1's strongest level with LZMA_SETTINGS (about 3 s for the rule data, so each text is packed
 * once per process). Both the page's decoder (lib/engine/data/lzma.ts) and lzma1's own
 * must give the text back, or the build fails: never ship data the page cannot read.
 */
export function packRuleData(files: readonly BundledFile[]): PackedRuleData {
  const { text, layout } = ruleDataText(files);
  const cached = packedByText.get(text);
  if (cached) return cached;
  const bytes = Buffer.from(text, 'utf8');
  const stream = lzmaCompress(bytes, 9, LZMA_SETTINGS);
  if (!Buffer.from(lzmaDecompress(stream)).equals(bytes))
    throw new Error('rule data: lzma1 does not read the packed data back');
  const compressed = withoutUnreadTail(stream, bytes);
  const packed = { size: bytes.length, compressed: compressed.length, layout, text: encodeBinaryText(compressed) };
  // The page's whole reading (binary text, LZMA, layout, order and lexicon paths put back) must give the files.
  if (layout && !isDeepStrictEqual(unpackRuleData(packed), compactRuleFiles(files)))
    throw new Error('rule data: the page does not read the packed files back');
  packedByText.set(text, packed);
  return packed;
}

/**
 * The rule files split as the extension ships them: the bundle's own (core, lexicons, word lists)
 * and the organisation packs with the backstop's weights, delivered at run time (lib/engine/data/delivered.ts), each packed alone.
 */
export function splitRuleFiles(files: readonly BundledFile[]): { own: BundledFile[]; delivered: BundledFile[] } {
  return {
    own: files.filter((file) => !DELIVERED_PATH.test(file.path)),
    delivered: files.filter((file) => DELIVERED_PATH.test(file.path)),
  };
}

/** The delivered blob as the background stores it: its id is a hash of the packed text, so a stale blob is told apart. */
export function deliveredRuleData(files: readonly BundledFile[] = readRuleSourceFiles()): DeliveredRuleData {
  const packed = packRuleData(splitRuleFiles(files).delivered);
  const id = createHash('sha256').update(packed.text).digest('hex').slice(0, 16);
  return { id, packed };
}

/** The code that takes lib/engine/data/source.ts's place in a bundle: the own files, and what to expect at run time. */
export function packedSourceModule(files: readonly BundledFile[] = readRuleSourceFiles()): string {
  const { id, packed } = deliveredRuleData(files);
  const expected: ExpectedRuleData = { id, size: packed.size, compressed: packed.compressed };
  return [
    '// Generated at build time by scripts/lib/rule-data-plugin.ts from rules/**.json and lib/engine/**.list.json (without what is delivered).',
    "import { packedRuleFileSteps } from './packed';",
    `export const readRuleFileSteps = packedRuleFileSteps(${JSON.stringify(packRuleData(splitRuleFiles(files).own))});`,
    `export const expectedDelivery = ${JSON.stringify(expected)};`,
    '',
  ].join('\n');
}

/** The code that takes lib/engine/data/delivered-blob.ts's place: the blob of the organisation packs and backstop weights. */
export function deliveredBlobModule(files: readonly BundledFile[] = readRuleSourceFiles()): string {
  return [
    "// Generated at build time by scripts/lib/rule-data-plugin.ts from rules/orgs/*.json and the backstop's weights.",
    `export const deliveredBlob = ${JSON.stringify(deliveredRuleData(files))};`,
    '',
  ].join('\n');
}

/** The replacement for a module the build replaces, or null for any other module. */
function replacedModule(id: string, files: () => readonly BundledFile[]): string | null {
  if (SOURCE_MODULE.test(id)) return packedSourceModule(files());
  if (DELIVERED_BLOB_MODULE.test(id)) return deliveredBlobModule(files());
  return null;
}

/** Vite plugin (wxt.config.ts). */
export function ruleDataVitePlugin(): VitePlugin {
  return {
    name: 'piketpaal:rule-data',
    enforce: 'pre',
    load(id) {
      return replacedModule(id.replace(/[?#].*$/, ''), () => {
        const files = readRuleSourceFiles();
        // Rebuild in `wxt dev` when a rule file or word list changes.
        for (const file of files) this.addWatchFile(path.join(ROOT, file.path));
        return files;
      });
    },
  };
}

/** esbuild plugin (scripts/bench.ts). */
export function ruleDataEsbuildPlugin(): EsbuildPlugin {
  return {
    name: 'piketpaal:rule-data',
    setup(build) {
      for (const filter of [SOURCE_MODULE, DELIVERED_BLOB_MODULE])
        build.onLoad({ filter }, (args) => ({
          contents: replacedModule(args.path, readRuleSourceFiles) ?? '',
          loader: 'ts',
          resolveDir: path.join(ROOT, 'lib/engine/data'),
        }));
    },
  };
}
