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

export function unpackRuleData(packed: PackedRuleData): BundledFile[] {
  const binary = atob(packed.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const json = inflateRaw(bytes, packed.size);
  if (json.length !== packed.size) throw new Error(`rule data: ${json.length} bytes unpacked, expected ${packed.size}`);
  return JSON.parse(new TextDecoder().decode(json)) as BundledFile[];
}
