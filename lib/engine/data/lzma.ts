/**
 * LZMA decoder for the rule data: the "LZMA alone" format (.lzma, as written by
 * `xz --format=lzma` and the lzma1 package the build uses): a 13-byte header (properties,
 * dictionary size, uncompressed size), then the range-coded stream. Follows the reference
 * decoder of the LZMA SDK (LzmaSpec.cpp, public domain), with the output in one array.
 *
 * WHY our own: LZMA packs the rule data about 10% smaller than the best DEFLATE (28 kB of
 * the content script), and no decoder on npm is both small and fast enough for the page:
 * lzma1 bundles its encoder (48 kB) and takes ~60 ms, LZMA-JS's decoder ~1 s (64-bit
 * arithmetic emulated). This one is ~3 kB minified and decodes the rule data in ~25 ms
 * (warm). Tests check it against lzma1's decoder and the xz tool on random data.
 *
 * WHY one class with private (#) members and one probability array at fixed offsets (session 17):
 * the minifiers rename private members and locals but not public properties, so the decoder's
 * names no longer ship (3.8 -> 3.0 kB minified, the same steps and speed: CPU of the whole unpack B/A
 * 0.99 warm, not slower cold).
 */

import { runSteps } from '../steps';

const PROB_INIT = 1024;
const POS_BITS_MAX = 4;
const END_POS_MODEL_INDEX = 14;
const ALIGN_BITS = 4;
/**
 * Where each model's probabilities start in the one array (12 states, 16 position states at most), written
 * as numbers (the minifiers keep a chain of constants as variables): isMatch 12 x 16, isRep, isRepG0, isRepG1,
 * isRepG2 12 each, isRep0Long 12 x 16, posSlot 4 x 64, posSpecial 1 + 128 - 14, align 16, the match and
 * rep match lengths 514 each ([choice, choice2, low 16 x 8, mid 16 x 8, high 256]), then the literals. tests/unit/engine/compact-rule-data.test.ts decodes
 * streams that use every model against lzma1 and xz.
 */
const IS_REP = 192;
const IS_REP_G0 = 204;
const IS_REP_G1 = 216;
const IS_REP_G2 = 228;
const IS_REP0_LONG = 240;
const POS_SLOT = 432;
const POS_SPECIAL = 688;
const ALIGN = 803;
const LEN = 819;
const REP_LEN = 1333;
const LITERAL = 1847;
/** Output bytes per step: about 3 ms on cold code in a fresh page (~1 ms warm), see lzmaDecodeSteps. */
export const LZMA_STEP_BYTES = 8 * 1024;

const fail = (what: string): never => {
  throw new Error(`lzma: ${what}`);
};

/**
 * The decoded bytes; throws on a damaged or truncated stream. `knownSize` is the
 * uncompressed size for a stream whose header does not store it (xz writes an end marker).
 */
export function lzmaDecode(input: Uint8Array, knownSize?: number): Uint8Array<ArrayBuffer> {
  return runSteps(lzmaDecodeSteps(input, knownSize));
}

/**
 * The same decode in steps of about LZMA_STEP_BYTES of output (at most one match, 273
 * bytes, more): WHY: the rule data takes 35-100 ms to decode, a long task if done at
 * once on the page. Each step yields the number of bytes decoded so far.
 */
export function* lzmaDecodeSteps(input: Uint8Array, knownSize?: number): Generator<number, Uint8Array<ArrayBuffer>> {
  const decoder = new Decoder(input, knownSize);
  while (decoder.pos < decoder.size) {
    if (decoder.pos > 0) yield decoder.pos;
    decoder.decodeTo(Math.min(decoder.size, decoder.pos + LZMA_STEP_BYTES));
  }
  return decoder.out;
}

/**
 * The decoder between steps: its settings, probabilities, state and place, and the range decoder.
 * `range` and `code` are unsigned 32-bit values kept in int32 fields (compared with the sign bit
 * flipped): doubles would be boxed on every update.
 */
class Decoder {
  readonly out: Uint8Array<ArrayBuffer>;
  readonly size: number;
  pos = 0;
  #input: Uint8Array;
  #at = 13;
  #range = -1;
  #code = 0;
  #probs: Uint16Array;
  #dictSize: number;
  #lc: number;
  #lpMask: number;
  #pbMask: number;
  #state = 0;
  #rep0 = 0;
  #rep1 = 0;
  #rep2 = 0;
  #rep3 = 0;

  constructor(input: Uint8Array, knownSize?: number) {
    if (input.length < 13) fail('header too short');
    let props = input[0]!;
    if (props >= 9 * 5 * 5) fail('bad properties');
    const lc = props % 9;
    props = (props / 9) | 0;
    const lp = props % 5;
    this.#input = input;
    this.#lc = lc;
    this.#lpMask = (1 << lp) - 1;
    this.#pbMask = (1 << ((props / 5) | 0)) - 1;
    this.#dictSize = (input[1]! | (input[2]! << 8) | (input[3]! << 16) | (input[4]! << 24)) >>> 0;
    // The size is a 64-bit little-endian number; all ones means "unknown, up to an end marker".
    let size = 0;
    let unknownSize = true;
    for (let i = 0; i < 8; i++) {
      if (input[5 + i] !== 255) unknownSize = false;
      size += input[5 + i]! * 2 ** (8 * i);
    }
    if (unknownSize && knownSize !== undefined) size = knownSize;
    else if (unknownSize || (knownSize !== undefined && knownSize !== size)) fail('unexpected size');
    if (size > 2 ** 31) fail('too large');
    this.size = size;
    this.out = new Uint8Array(size);
    this.#probs = new Uint16Array(LITERAL + (0x300 << (lc + lp))).fill(PROB_INIT);
    const first = this.#next();
    for (let i = 0; i < 4; i++) this.#code = (this.#code << 8) | this.#next();
    if (first !== 0 || this.#code === -1) fail('bad stream start');
  }

  /**
   * One step: decodes up to `end` (a match may run past it). Everything in locals: V8 optimizes a
   * long loop while it runs in a plain function or method but not in a generator, and reads of
   * fields or captured variables in the loop cost too (both ran the decode about 1.6x slower).
   */
  decodeTo(end: number): void {
    const out = this.out;
    const size = this.size;
    const lc = this.#lc;
    const lpMask = this.#lpMask;
    const pbMask = this.#pbMask;
    let state = this.#state;
    let rep0 = this.#rep0;
    let rep1 = this.#rep1;
    let rep2 = this.#rep2;
    let rep3 = this.#rep3;
    let pos = this.pos;
    const length = (base: number, posState: number): number =>
      this.#bit(base) === 0
        ? this.#tree(base + 2 + (posState << 3) - 1, 3)
        : this.#bit(base + 1) === 0
          ? 8 + this.#tree(base + 2 + (16 << 3) + (posState << 3) - 1, 3)
          : 16 + this.#tree(base + 2 + 2 * (16 << 3) - 1, 8);
    while (pos < end) {
      const posState = pos & pbMask;
      if (this.#bit((state << POS_BITS_MAX) + posState) === 0) {
        const previous = pos > 0 ? out[pos - 1]! : 0;
        const base = LITERAL - 1 + 0x300 * (((pos & lpMask) << lc) + (previous >>> (8 - lc)));
        out[pos] = state < 7 ? this.#tree(base, 8) : this.#matchedLiteral(base, out[pos - rep0 - 1]!);
        pos++;
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len: number;
      if (this.#bit(IS_REP + state) !== 0) {
        if (pos === 0) fail('bad data');
        if (this.#bit(IS_REP_G0 + state) === 0) {
          if (this.#bit(IS_REP0_LONG + (state << POS_BITS_MAX) + posState) === 0) {
            state = state < 7 ? 9 : 11;
            out[pos] = out[pos - rep0 - 1]!;
            pos++;
            continue;
          }
        } else {
          let distance: number;
          if (this.#bit(IS_REP_G1 + state) === 0) distance = rep1;
          else {
            if (this.#bit(IS_REP_G2 + state) === 0) distance = rep2;
            else {
              distance = rep3;
              rep3 = rep2;
            }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = distance;
        }
        len = length(REP_LEN, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2;
        rep2 = rep1;
        rep1 = rep0;
        len = length(LEN, posState);
        state = state < 7 ? 7 : 10;
        const slot = this.#tree(POS_SLOT + (Math.min(len, 3) << 6) - 1, 6);
        if (slot < 4) rep0 = slot;
        else {
          const bits = (slot >>> 1) - 1;
          let distance = ((2 | (slot & 1)) << bits) >>> 0;
          if (slot < END_POS_MODEL_INDEX) distance += this.#reverseTree(POS_SPECIAL + distance - slot - 1, bits);
          else distance += this.#directBits(bits - ALIGN_BITS) * 16 + this.#reverseTree(ALIGN - 1, ALIGN_BITS);
          rep0 = distance >>> 0;
        }
        // An end marker (distance 0xffffffff) cannot come before the stored size is reached.
        if (rep0 >= pos || rep0 >= this.#dictSize) fail('bad distance');
      }
      len += 2;
      if (len > size - pos) fail('too long');
      const from = pos - rep0 - 1;
      if (len > 16 && rep0 >= len)
        out.copyWithin(pos, from, from + len); // not overlapping: one native copy
      else for (let i = 0; i < len; i++) out[pos + i] = out[from + i]!;
      pos += len;
    }
    this.#state = state;
    this.#rep0 = rep0;
    this.#rep1 = rep1;
    this.#rep2 = rep2;
    this.#rep3 = rep3;
    this.pos = pos;
  }

  #next(): number {
    if (this.#at >= this.#input.length) fail('data too short');
    return this.#input[this.#at++]!;
  }

  /** One bit of the model at `index`: a bit tree of one level (WHY: one hot loop in the code instead of two). */
  #bit(index: number): number {
    return this.#tree(index - 1, 1);
  }

  #directBits(count: number): number {
    let result = 0;
    for (let i = 0; i < count; i++) {
      this.#range = this.#range >>> 1;
      let b = 0;
      if ((this.#code ^ 0x80000000) >= (this.#range ^ 0x80000000)) {
        this.#code = (this.#code - this.#range) | 0;
        b = 1;
      }
      result = (result << 1) | b;
      if (this.#range >>> 24 === 0) {
        this.#range <<= 8;
        this.#code = (this.#code << 8) | this.#next();
      }
    }
    return result >>> 0;
  }

  /**
   * A bit tree of `bits` levels (most significant bit first). The hot loops below keep
   * `range` and `code` in locals (about twice as fast as fields).
   */
  #tree(base: number, bits: number): number {
    const probs = this.#probs;
    let range = this.#range;
    let code = this.#code;
    let m = 1;
    for (let i = 0; i < bits; i++) {
      const prob = probs[base + m]!;
      const bound = Math.imul(range >>> 11, prob);
      if ((code ^ 0x80000000) < (bound ^ 0x80000000)) {
        range = bound;
        probs[base + m] = prob + ((2048 - prob) >> 5);
        m <<= 1;
      } else {
        range = (range - bound) | 0;
        code = (code - bound) | 0;
        probs[base + m] = prob - (prob >> 5);
        m = (m << 1) | 1;
      }
      if (range >>> 24 === 0) {
        range <<= 8;
        code = (code << 8) | this.#next();
      }
    }
    this.#range = range;
    this.#code = code;
    return m - (1 << bits);
  }

  /**
   * A literal after a match: its bits are predicted by the byte at the match distance
   * (`matchByte`) until the first bit that differs, then as a plain 8-level tree.
   */
  #matchedLiteral(base: number, matchByte: number): number {
    const probs = this.#probs;
    let range = this.#range;
    let code = this.#code;
    let symbol = 1;
    let offset = 0x100;
    let match = matchByte;
    while (symbol < 0x100) {
      match <<= 1;
      const matchBit = match & offset;
      const index = base + offset + matchBit + symbol;
      const prob = probs[index]!;
      const bound = Math.imul(range >>> 11, prob);
      if ((code ^ 0x80000000) < (bound ^ 0x80000000)) {
        range = bound;
        probs[index] = prob + ((2048 - prob) >> 5);
        symbol <<= 1;
        offset &= ~matchBit;
      } else {
        range = (range - bound) | 0;
        code = (code - bound) | 0;
        probs[index] = prob - (prob >> 5);
        symbol = (symbol << 1) | 1;
        offset &= matchBit;
      }
      if (range >>> 24 === 0) {
        range <<= 8;
        code = (code << 8) | this.#next();
      }
    }
    this.#range = range;
    this.#code = code;
    return symbol & 0xff;
  }

  #reverseTree(base: number, bits: number): number {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.#bit(base + m);
      m = (m << 1) | b;
      symbol |= b << i;
    }
    return symbol;
  }
}
