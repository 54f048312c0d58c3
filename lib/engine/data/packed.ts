/**
 * The rule files as the built extension carries them: compacted (./compact.ts),
 * written in a compact text layout (./layout.ts; plain JSON if a file cannot be),
 * LZMA-compressed and written as the text of a JS string (./binary-text.ts) by the
 * build (scripts/lib/rule-data-plugin.ts). Compressing the whole set at once lets
 * repeated vocabulary across packs share bytes: 930 KB of source JSON ships as
 * about 225 KB of text (29 Nov 2026).
 */
import { decodeBinaryText } from './binary-text';
import type { BundledFile } from './bundled';
import { decodeLayout } from './layout';
import { lzmaDecode } from './lzma';

export interface PackedRuleData {
  /** Length in bytes of the UTF-8 text before compressing (also a check on the result). */
  size: number;
  /** Length in bytes of the compressed data. */
  compressed: number;
  /** Whether that text is in ./layout.ts's layout (else it is the JSON array of files). */
  layout: boolean;
  /** That text in the LZMA alone format (.lzma, ./lzma.ts), as ./binary-text.ts text. */
  text: string;
}

/**
 * Synchronous: the engine's checks are synchronous. About 20 ms for the rule data once
 * the JIT is warm; the page does it once, in the engine's warm-up in idle time
 * (lib/engine/engine.ts warmUpSteps) or at the first check.
 */
export function unpackRuleData(packed: PackedRuleData): BundledFile[] {
  const bytes = lzmaDecode(decodeBinaryText(packed.text, packed.compressed), packed.size);
  if (bytes.length !== packed.size)
    throw new Error(`rule data: ${bytes.length} bytes unpacked, expected ${packed.size}`);
  const text = new TextDecoder().decode(bytes);
  return (packed.layout ? decodeLayout(text) : JSON.parse(text)) as BundledFile[];
}

/** The packed data's reader, as the build's generated source module exports it (./bundled.ts keeps the result). */
export function packedRuleFiles(packed: PackedRuleData): () => BundledFile[] {
  return () => unpackRuleData(packed);
}
