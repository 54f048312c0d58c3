/**
 * Binary data as the text of a JS string literal, at 7 bits per byte of the built file
 * (UTF-8): 28 bits in every 4 bytes. Z85 gave 6.4 bits, our earlier ASCII-only text 6.8.
 *
 * WHY this alphabet: the built file's size is what counts, and the minifiers (Oxc in the
 * extension build, esbuild with charset utf8 in the bench) print a string literal's
 * characters as themselves unless they must be escaped. ONE-BYTE: the 117 ASCII characters
 * they keep inside "double quotes" (0x20-0x7e except `"` and `\`, and the control characters
 * they do not escape, see CONTROL); TWO-BYTE: the 1887 characters U+00A1-U+07FF (Oxc
 * escapes U+00A0). Only the built file's bytes depend on that: an escaped character has
 * the same value, so decoding never does.
 *
 * Scheme: the bytes are read as a little-endian bit stream, 28 bits at a time. Each group
 * is written as exactly 4 bytes of UTF-8: there are 268,442,919 strings of one- and
 * two-byte characters that fill 4 bytes (count(n) = 117 count(n-1) + 1887 count(n-2)),
 * just over 2^28, and a group's value is its string's rank among them (one-byte
 * characters first, each by its place in the alphabet).
 */

import { runSteps } from '../steps';

/** Control characters the minifiers print raw in a string literal (esbuild escapes 0, 7, 8, 10-13, 27, 127). */
const CONTROL = [1, 2, 3, 4, 5, 6, 9, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31];

export const BINARY_TEXT_ALPHABET = String.fromCharCode(
  ...CONTROL,
  ...Array.from({ length: 95 }, (_, i) => 32 + i).filter((c) => c !== 34 && c !== 92),
);
const ONE = 117;
/** Two-byte characters: U+00A1 + 0 .. 1886. */
const WIDE_FIRST = 0xa1;
const WIDE = 0x800 - WIDE_FIRST;
/** STRINGS[n]: how many strings of these characters fill exactly n bytes. */
const STRINGS = [1, ONE, ONE * ONE + WIDE, ONE * (ONE * ONE + WIDE) + WIDE * ONE];
const GROUP_BITS = 28;
const GROUP_BYTES = 4;

/** The 4-byte string of a 28-bit value. */
function group(value: number, out: string[]): void {
  let rest = value;
  for (let left = GROUP_BYTES; left > 0; ) {
    const tail = STRINGS[left - 1]!;
    if (rest < ONE * tail) {
      out.push(BINARY_TEXT_ALPHABET[Math.floor(rest / tail)]!);
      rest %= tail;
      left -= 1;
    } else {
      rest -= ONE * tail;
      const wideTail = STRINGS[left - 2]!;
      out.push(String.fromCharCode(WIDE_FIRST + Math.floor(rest / wideTail)));
      rest %= wideTail;
      left -= 2;
    }
  }
}

export function encodeBinaryText(bytes: Uint8Array): string {
  const out: string[] = [];
  let bits = 0;
  let count = 0;
  let value = 0;
  let filled = 0;
  // 14 bits at a time (two per group), so the bit buffer stays within 32 bits.
  const half = (h: number) => {
    value += h * 2 ** filled;
    filled += 14;
    if (filled === GROUP_BITS) {
      group(value, out);
      value = 0;
      filled = 0;
    }
  };
  for (const byte of bytes) {
    bits |= byte << count;
    count += 8;
    if (count >= 14) {
      half(bits & 0x3fff);
      bits >>>= 14;
      count -= 14;
    }
  }
  if (count > 0) half(bits); // zero-padded: the decoder stops at the length
  if (filled > 0) group(value, out);
  return out.join('');
}

/** The first `length` bytes of `text` (see encodeBinaryText); throws on a character or group outside the scheme. */
export function decodeBinaryText(text: string, length: number): Uint8Array<ArrayBuffer> {
  return runSteps(decodeBinaryTextSteps(text, length));
}

/** Characters per step of decodeBinaryTextSteps: a few ms on cold code in a fresh page. */
export const BINARY_TEXT_STEP_CHARS = 16 * 1024;

/** The same in steps of BINARY_TEXT_STEP_CHARS characters (the page's warm-up); each yields the characters read so far. */
export function* decodeBinaryTextSteps(text: string, length: number): Generator<number, Uint8Array<ArrayBuffer>> {
  const reader: Reader = { bytes: new Uint8Array(length), i: 0, at: 0, bits: 0, count: 0, value: 0, left: GROUP_BYTES };
  while (reader.i < text.length && reader.at < length) {
    if (reader.i > 0) yield reader.i;
    read(text, reader, Math.min(text.length, reader.i + BINARY_TEXT_STEP_CHARS));
  }
  if (reader.at < length) throw new Error('rule data: packed text too short');
  return reader.bytes;
}

/** Where decodeBinaryTextSteps is between steps: the next character, the bytes so far, the bit buffer and the group read so far. */
interface Reader {
  bytes: Uint8Array<ArrayBuffer>;
  i: number;
  at: number;
  bits: number;
  count: number;
  value: number;
  left: number;
}

let digits: Uint8Array | undefined;

/** One step, up to character `end`, in a plain function with its state in locals (as ./lzma.ts's decodeTo, and why). */
function read(text: string, reader: Reader, end: number): void {
  if (!digits) {
    digits = new Uint8Array(128).fill(255);
    for (let d = 0; d < ONE; d++) digits[BINARY_TEXT_ALPHABET.charCodeAt(d)] = d;
  }
  const bad = () => new Error('rule data: bad character in the packed text');
  const { bytes } = reader;
  const length = bytes.length;
  let { i, at, bits, count, value, left } = reader;
  for (; i < end && at < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const digit = digits[code]!;
      if (digit === 255) throw bad();
      left -= 1;
      value += digit * STRINGS[left]!;
    } else {
      const digit = code - WIDE_FIRST;
      if (digit < 0 || digit >= WIDE || left < 2) throw bad();
      left -= 2;
      value += ONE * STRINGS[left + 1]! + digit * STRINGS[left]!;
    }
    if (left > 0) continue;
    if (value >= 2 ** GROUP_BITS) throw bad();
    // 28 bits: 14 now and 14 below, so the bit buffer stays within 32 bits.
    bits |= (value & 0x3fff) << count;
    count += 14;
    for (let half = 0; half < 2; half++) {
      while (count >= 8 && at < length) {
        bytes[at++] = bits & 255;
        bits >>>= 8;
        count -= 8;
      }
      if (half === 0) {
        bits |= (value >>> 14) << count;
        count += 14;
      }
    }
    value = 0;
    left = GROUP_BYTES;
  }
  Object.assign(reader, { i, at, bits, count, value, left });
}
