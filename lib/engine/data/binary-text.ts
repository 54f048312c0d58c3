/**
 * Binary data as the text of a JS string literal, at about 6.8 bits per character
 * (Z85, used before, gives 6.4: 5 characters per 4 bytes).
 *
 * WHY this alphabet: the built file's size is what counts, and the minifier (esbuild)
 * prints a string literal's characters as themselves unless they must be escaped. The
 * 117 characters below are exactly those it keeps as one byte inside "double quotes":
 * ASCII 0x20-0x7e except `"` and `\`, plus the control characters it does not escape
 * (not NUL, \b, \t... see CONTROL). Only the bytes of the built file depend on that:
 * an escaped character has the same value, so decoding never does.
 *
 * Scheme (like basE91): the bytes are read as a little-endian bit stream; each pair of
 * characters (117 * 117 = 13689 values) carries 14 bits when the next 13 bits are below
 * 13689 - 8192 = 5497, else 13 bits.
 */

/** Control characters esbuild prints raw in a string literal (it escapes 0, 7, 8, 10-13, 27, 127). */
const CONTROL = [1, 2, 3, 4, 5, 6, 9, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31];

export const BINARY_TEXT_ALPHABET = String.fromCharCode(
  ...CONTROL,
  ...Array.from({ length: 95 }, (_, i) => 32 + i).filter((c) => c !== 34 && c !== 92),
);

const BASE = 117;
/** Below this, a pair's 13 bits get a 14th (BASE * BASE - 8192). */
const WIDE = BASE * BASE - 8192;

export function encodeBinaryText(bytes: Uint8Array): string {
  const out: string[] = [];
  let bits = 0;
  let count = 0;
  const pair = (value: number) => {
    out.push(BINARY_TEXT_ALPHABET[value % BASE]!, BINARY_TEXT_ALPHABET[Math.floor(value / BASE)]!);
  };
  for (const byte of bytes) {
    bits |= byte << count;
    count += 8;
    if (count >= 14) {
      let value = bits & 8191;
      if (value < WIDE) {
        value = bits & 16383;
        bits >>>= 14;
        count -= 14;
      } else {
        bits >>>= 13;
        count -= 13;
      }
      pair(value);
    }
  }
  if (count > 0) pair(bits); // at most 13 bits, zero-padded: the decoder stops at the length
  return out.join('');
}

/** The first `length` bytes of `text` (see encodeBinaryText); throws on a character outside the alphabet. */
export function decodeBinaryText(text: string, length: number): Uint8Array<ArrayBuffer> {
  const digits = new Uint8Array(128).fill(255);
  for (let i = 0; i < BASE; i++) digits[BINARY_TEXT_ALPHABET.charCodeAt(i)] = i;
  const bytes = new Uint8Array(length);
  let bits = 0;
  let count = 0;
  let at = 0;
  for (let i = 0; i + 1 < text.length && at < length; i += 2) {
    const low = digits[text.charCodeAt(i) & 127]!;
    const high = digits[text.charCodeAt(i + 1) & 127]!;
    if (low === 255 || high === 255 || text.charCodeAt(i) > 127 || text.charCodeAt(i + 1) > 127)
      throw new Error('rule data: bad character in the packed text');
    const value = low + high * BASE;
    bits |= value << count;
    count += (value & 8191) < WIDE ? 14 : 13;
    while (count >= 8 && at < length) {
      bytes[at++] = bits & 255;
      bits >>>= 8;
      count -= 8;
    }
  }
  if (at < length) throw new Error('rule data: packed text too short');
  return bytes;
}
