/**
 * The rule files as the built extension carries them: compacted (./compact.ts),
 * serialised as one JSON array, deflated and base64-encoded by the build
 * (scripts/lib/rule-data-plugin.ts). Deflating the whole set at once lets
 * repeated vocabulary across packs share bytes: the JSON ships at about
 * 40% of its size (460 KB -> 190 KB of base64 at 16:40 UTC, 28 Nov 2026).
 */
import type { BundledFile } from './bundled';
import { inflateRaw } from './inflate';

export interface PackedRuleData {
  /** Length in bytes of the UTF-8 JSON before deflating (also a check on the result). */
  size: number;
  /** Raw DEFLATE (RFC 1951) of that JSON, base64. */
  base64: string;
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function parse(json: Uint8Array, packed: PackedRuleData): BundledFile[] {
  if (json.length !== packed.size) throw new Error(`rule data: ${json.length} bytes unpacked, expected ${packed.size}`);
  return JSON.parse(new TextDecoder().decode(json)) as BundledFile[];
}

/** Synchronous: the engine's checks are synchronous (JS inflater, ./inflate.ts). */
export function unpackRuleData(packed: PackedRuleData): BundledFile[] {
  return parse(inflateRaw(base64Bytes(packed.base64), packed.size), packed);
}

/** Asynchronous, through the browser's native DecompressionStream: several times cheaper. */
export async function unpackRuleDataAsync(packed: PackedRuleData): Promise<BundledFile[]> {
  const stream = new Blob([base64Bytes(packed.base64)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
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
