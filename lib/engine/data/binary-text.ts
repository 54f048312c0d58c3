/**
 * Binary data as the text of a JS string literal, at 7.06 bits per byte of the built file
 * (UTF-8): 226 bits in every 32 bytes. Until session 16: 28 bits in every 4 bytes (7.0 bits,
 * one- and two-byte characters only); Z85 gave 6.4 bits, our earlier ASCII-only text 6.8.
 *
 * WHY this alphabet: the built file's size is what counts, and the minifiers (Oxc in the
 * extension build, esbuild with charset utf8 in the bench) print a string literal's
 * characters as themselves unless they must be escaped. ONE-BYTE: the 117 ASCII characters
 * they keep inside "double quotes" (0x20-0x7e except `"` and `\`, and the control characters
 * they do not escape, see CONTROL); TWO-BYTE: the 1887 characters U+00A1-U+07FF (Oxc
 * escapes U+00A0); THREE-BYTE: the 60,878 characters U+0800-U+FDCF but the surrogates
 * (not text on their own) and U+2028 and U+2029 (both minifiers escape them). Nothing from
 * U+FDD0 up: Chromium refuses to load an extension script that holds a noncharacter
 * (U+FDD0-U+FDEF, U+FFFE, U+FFFF: "isn't UTF-8 encoded", its IsStringUTF8), and esbuild
 * escapes U+FEFF; the 559 characters lost cost 0.008 bits per group.
 * Only the built file's bytes depend on that: an escaped character has the same value, so
 * decoding never does.
 *
 * Scheme: the bytes are read as a little-endian bit stream, 226 bits at a time. Each group is
 * written as exactly 32 bytes of UTF-8: there are just over 2^226 strings of these characters
 * that fill 32 bytes (count(n) = 117 count(n-1) + 1887 count(n-2) + 60878 count(n-3)), and a
 * group's value is its string's rank among them (one-byte characters first, then two-byte, then
 * three-byte, each by its place in its class). WHY groups this long: the rate of these
 * characters is at most 7.07 bits per byte, but a group of n bytes carries a whole number of
 * bits, floor(log2 count(n)): 7.0 for every n up to 17, 7.0625 at 32 (0.9% fewer bytes than
 * 4-byte groups: about 1.8 KB of the content scripts' rule data). The group's value is
 * summed in 16-bit limbs held in doubles (no BigInt on the page, exact below 2^53).
 */

import { runSteps } from '../steps';

/** Control characters the minifiers print raw in a string literal (esbuild escapes 0, 7, 8, 10-13, 27, 127). */
const CONTROL = [1, 2, 3, 4, 5, 6, 9, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31];

export const BINARY_TEXT_ALPHABET = String.fromCharCode(
  ...CONTROL,
  ...Array.from({ length: 95 }, (_, i) => 32 + i).filter((c) => c !== 34 && c !== 92),
);
/** How many characters of each UTF-8 length (1, 2, 3 bytes) the scheme uses. */
const CLASS_SIZES = [117, 0x800 - 0xa1, 60878] as const;
/** The first code point past the three-byte class (the noncharacters U+FDD0-U+FDEF begin here). */
const THREE_BYTE_END = 0xfdd0;
/** Two-byte characters: U+00A1 + 0 .. 1886. */
const WIDE_FIRST = 0xa1;
/** A group: its bytes of text and the bits of data they hold (also for the size reports, scripts/lib/size-*.ts). */
export const GROUP_BYTES = 32;
export const GROUP_BITS = 226;
const LIMB = 0x10000;
/** 16-bit limbs of a group's value (and of the counts it is summed from): 240 bits. */
const LIMBS = 15;

/**
 * STRINGS[n * LIMBS + j]: limb j of count(n), the number of strings of these characters that fill
 * exactly n bytes (n = 0 .. GROUP_BYTES), built with the same limb arithmetic the decoder uses.
 */
const STRINGS = new Float64Array((GROUP_BYTES + 1) * LIMBS);
/** USED[n]: the limbs of count(n) up to its highest non-zero one (WHY: half the decoder's work, the rest are 0). */
const USED = new Uint8Array(GROUP_BYTES + 1).fill(LIMBS);
STRINGS[0] = 1;
for (let n = 1; n <= GROUP_BYTES; n++) {
  const at = n * LIMBS;
  for (let k = 0; k < 3 && k < n; k++) addTimes(STRINGS, at, CLASS_SIZES[k]!, n - 1 - k);
  carry(STRINGS, at);
}
for (let n = 0; n <= GROUP_BYTES; n++) while (STRINGS[n * LIMBS + USED[n]! - 1] === 0) USED[n]!--;

/** out[at ..] += times * count(n), limb by limb (no carry: the sums stay far below 2^53). */
function addTimes(out: Float64Array, at: number, times: number, n: number): void {
  const from = n * LIMBS;
  for (let j = 0; j < USED[n]!; j++) out[at + j]! += times * STRINGS[from + j]!;
}

/** Carries the limbs at out[at ..] so that each is below 2^16 (the last one takes what is left). */
function carry(out: Float64Array, at: number): void {
  for (let j = 0; j < LIMBS - 1; j++) {
    const high = Math.floor(out[at + j]! / LIMB);
    out[at + j]! -= high * LIMB;
    out[at + j + 1]! += high;
  }
}

/** count(n) as a BigInt (the build's encoder). */
function count(n: number): bigint {
  let out = 0n;
  for (let j = LIMBS - 1; j >= 0; j--) out = out * BigInt(LIMB) + BigInt(STRINGS[n * LIMBS + j]!);
  return out;
}

/** The three-byte character of place `digit`: U+0800 on, past U+2028-2029 and the surrogates. */
function threeByteChar(digit: number): string {
  let code = 0x800 + digit;
  if (code >= 0x2028) code += 2;
  if (code >= 0xd800) code += 0x800;
  return String.fromCharCode(code);
}

/** The place of a three-byte character (code >= U+0800), or -1 when the scheme does not use it. */
function threeByteDigit(code: number): number {
  if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff) || code >= THREE_BYTE_END) return -1;
  return code - 0x800 - (code > 0x2029 ? 2 : 0) - (code > 0xdfff ? 0x800 : 0);
}

/** The string of GROUP_BYTES bytes of a group's value (below 2^GROUP_BITS). */
function group(value: bigint, out: string[]): void {
  let rest = value;
  for (let left = GROUP_BYTES; left > 0; ) {
    for (let k = 0; ; k++) {
      // Strings whose first character has k + 1 bytes (none when fewer bytes are left).
      const tail = k < left ? count(left - 1 - k) : 0n;
      const here = BigInt(CLASS_SIZES[k]!) * tail;
      if (rest >= here) {
        rest -= here;
        continue;
      }
      const digit = Number(rest / tail);
      rest %= tail;
      out.push(
        k === 0
          ? BINARY_TEXT_ALPHABET[digit]!
          : k === 1
            ? String.fromCharCode(WIDE_FIRST + digit)
            : threeByteChar(digit),
      );
      left -= k + 1;
      break;
    }
  }
}

export function encodeBinaryText(bytes: Uint8Array): string {
  if (count(GROUP_BYTES) < 1n << BigInt(GROUP_BITS)) throw new Error('binary text: a group cannot hold its bits');
  const out: string[] = [];
  let value = 0n;
  let filled = 0;
  for (const byte of bytes) {
    // A group's last byte may straddle two groups: its low bits end this one, the rest start the next.
    value |= BigInt(byte) << BigInt(filled);
    filled += 8;
    if (filled >= GROUP_BITS) {
      group(value & ((1n << BigInt(GROUP_BITS)) - 1n), out);
      value >>= BigInt(GROUP_BITS);
      filled -= GROUP_BITS;
    }
  }
  if (filled > 0) group(value, out); // zero-padded: the decoder stops at the length
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
  const reader: Reader = {
    bytes: new Uint8Array(length),
    i: 0,
    at: 0,
    bits: 0,
    count: 0,
    value: new Float64Array(LIMBS),
    left: GROUP_BYTES,
  };
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
  /** The group's value so far, in limbs (not carried until the group is complete). */
  value: Float64Array;
  left: number;
}

let digits: Uint8Array | undefined;

/** One step, up to character `end`, in a plain function with its state in locals (as ./lzma.ts's decodeTo, and why). */
function read(text: string, reader: Reader, end: number): void {
  if (!digits) {
    digits = new Uint8Array(128).fill(255);
    for (let d = 0; d < CLASS_SIZES[0]; d++) digits[BINARY_TEXT_ALPHABET.charCodeAt(d)] = d;
  }
  const bad = () => new Error('rule data: bad character in the packed text');
  const { bytes, value } = reader;
  const length = bytes.length;
  let { i, at, bits, count, left } = reader;
  for (; i < end && at < length; i++) {
    const code = text.charCodeAt(i);
    // The character's class k (k + 1 bytes of UTF-8) and its place in the class.
    const k = code < 128 ? 0 : code < 0x800 ? 1 : 2;
    const digit = k === 0 ? digits[code]! : k === 1 ? code - WIDE_FIRST : threeByteDigit(code);
    if (digit < 0 || digit >= CLASS_SIZES[k]! || left <= k) throw bad();
    left -= k + 1;
    // Its rank: the strings that start with a shorter character, then those with a smaller one of its class.
    for (let shorter = 0; shorter < k; shorter++) addTimes(value, 0, CLASS_SIZES[shorter]!, left + k - shorter);
    addTimes(value, 0, digit, left);
    if (left > 0) continue;
    carry(value, 0);
    if (value[LIMBS - 1]! >= 2 ** (GROUP_BITS - 16 * (LIMBS - 1))) throw bad(); // a value of 2^226 or more
    // The group's bits, 16 at a time (2 in the last limb), so the bit buffer stays within 32 bits.
    for (let j = 0; j < LIMBS; j++) {
      bits |= value[j]! << count;
      count += j < LIMBS - 1 ? 16 : GROUP_BITS - 16 * (LIMBS - 1);
      while (count >= 8 && at < length) {
        bytes[at++] = bits & 255;
        bits >>>= 8;
        count -= 8;
      }
    }
    value.fill(0);
    left = GROUP_BYTES;
  }
  Object.assign(reader, { i, at, bits, count, left });
}
