/**
 * The rule files as the built extension carries them: compacted (./compact.ts),
 * serialised as one JSON array, deflated and written as Z85 text by the build
 * (scripts/lib/rule-data-plugin.ts). Deflating the whole set at once lets
 * repeated vocabulary across packs share bytes: the JSON ships at about 37% of
 * its size (520 KB -> 188 KB of text at 16:50 UTC, 28 Nov 2026).
 *
 * Z85 (ZeroMQ RFC 32, base 85: 5 characters per 4 bytes) rather than base64
 * (4 per 3): 6% smaller, and its alphabet needs no escaping in a JS string.
 */

// fflate: a small, widely used DEFLATE library (tree-shaken to its synchronous raw inflater here).
import { inflateSync } from 'fflate';
import type { BundledFile } from './bundled';

export interface PackedRuleData {
  /** Length in bytes of the UTF-8 JSON before deflating (also a check on the result). */
  size: number;
  /** Length in bytes of the deflated data (Z85 pads it to a multiple of 4). */
  deflated: number;
  /** Raw DEFLATE (RFC 1951) of that JSON, Z85-encoded. */
  z85: string;
}

export const Z85_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

function z85Digits(): Uint8Array {
  const digits = new Uint8Array(128).fill(255);
  for (let i = 0; i < Z85_ALPHABET.length; i++) digits[Z85_ALPHABET.charCodeAt(i)] = i;
  return digits;
}

/** The first `length` bytes of Z85 `text` (each 5 characters are one big-endian 32-bit word). */
export function z85Decode(text: string, length: number): Uint8Array<ArrayBuffer> {
  if (text.length % 5 !== 0 || length > (text.length / 5) * 4) throw new Error('rule data: bad Z85 length');
  const digits = z85Digits();
  const bytes = new Uint8Array((text.length / 5) * 4);
  for (let i = 0, at = 0; i < text.length; i += 5, at += 4) {
    let value = 0;
    for (let k = 0; k < 5; k++) {
      const digit = digits[text.charCodeAt(i + k) & 127]!;
      if (digit === 255 || text.charCodeAt(i + k) > 127) throw new Error('rule data: bad Z85 character');
      value = value * 85 + digit;
    }
    if (value > 0xffffffff) throw new Error('rule data: bad Z85 group');
    bytes[at] = value >>> 24;
    bytes[at + 1] = (value >>> 16) & 255;
    bytes[at + 2] = (value >>> 8) & 255;
    bytes[at + 3] = value & 255;
  }
  return bytes.subarray(0, length);
}

/** The deflated bytes without Z85's padding: a native decompressor rejects bytes after the end of the data. */
function deflatedBytes(packed: PackedRuleData): Uint8Array<ArrayBuffer> {
  return z85Decode(packed.z85, packed.deflated);
}

function parse(json: Uint8Array, packed: PackedRuleData): BundledFile[] {
  if (json.length !== packed.size) throw new Error(`rule data: ${json.length} bytes unpacked, expected ${packed.size}`);
  return JSON.parse(new TextDecoder().decode(json)) as BundledFile[];
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
