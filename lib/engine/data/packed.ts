/**
 * The rule files as the built extension carries them: compacted (./compact.ts),
 * written in a compact text layout (./layout.ts; plain JSON if a file cannot be),
 * deflated and written as the text of a JS string (./binary-text.ts) by the build
 * (scripts/lib/rule-data-plugin.ts). Deflating the whole set at once lets
 * repeated vocabulary across packs share bytes: 880 KB of source JSON ships as
 * about 230 KB of text (28 Nov 2026).
 */

// fflate: a small, widely used DEFLATE library (tree-shaken to its synchronous raw inflater here, ~3.7 kB).
import { inflateSync } from 'fflate';
import { decodeBinaryText } from './binary-text';
import type { BundledFile } from './bundled';
import { decodeLayout } from './layout';

export interface PackedRuleData {
  /** Length in bytes of the UTF-8 text before deflating (also a check on the result). */
  size: number;
  /** Length in bytes of the deflated data. */
  deflated: number;
  /** Whether that text is in ./layout.ts's layout (else it is the JSON array of files). */
  layout: boolean;
  /** Raw DEFLATE (RFC 1951) of that text, as ./binary-text.ts text. */
  text: string;
}

/** The deflated bytes, exactly: a native decompressor rejects bytes after the end of the data. */
function deflatedBytes(packed: PackedRuleData): Uint8Array<ArrayBuffer> {
  return decodeBinaryText(packed.text, packed.deflated);
}

function parse(bytes: Uint8Array, packed: PackedRuleData): BundledFile[] {
  if (bytes.length !== packed.size)
    throw new Error(`rule data: ${bytes.length} bytes unpacked, expected ${packed.size}`);
  const text = new TextDecoder().decode(bytes);
  return (packed.layout ? decodeLayout(text) : JSON.parse(text)) as BundledFile[];
}

/** Synchronous: the engine's checks are synchronous (fflate's JS inflater). */
export function unpackRuleData(packed: PackedRuleData): BundledFile[] {
  return parse(inflateSync(deflatedBytes(packed), { out: new Uint8Array(packed.size) }), packed);
}

/** Asynchronous, through the browser's native DecompressionStream: several times cheaper. */
export async function unpackRuleDataAsync(packed: PackedRuleData): Promise<BundledFile[]> {
  const stream = new Blob([deflatedBytes(packed)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const json = new Uint8Array(packed.size);
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    if (length + chunk.value.length > json.length) throw new Error('rule data: more bytes than expected');
    json.set(chunk.value, length);
    length += chunk.value.length;
  }
  return parse(json.subarray(0, length), packed);
}

/**
 * The packed data's reader, as the build's generated source module exports it.
 * WHY both ways: the JS inflater costs tens of milliseconds on a cold page (the
 * JIT has not warmed up), the native one a few. So unpacking starts natively as
 * soon as the script loads, and the rules are usually ready before the first
 * check; a check that comes earlier (or a browser without 'deflate-raw') unpacks
 * synchronously. Both give the same bytes.
 */
export function packedRuleFiles(packed: PackedRuleData): () => BundledFile[] {
  let early: BundledFile[] | undefined;
  if (typeof DecompressionStream === 'function' && typeof Blob === 'function') {
    unpackRuleDataAsync(packed).then(
      (files) => {
        early = files;
      },
      () => {}, // the synchronous path reports any real problem when the rules are needed
    );
  }
  return () => early ?? unpackRuleData(packed);
}
