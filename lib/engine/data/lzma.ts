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
 */

import { runSteps } from '../steps';

const PROB_INIT = 1024;
const STATES = 12;
const POS_BITS_MAX = 4;
const END_POS_MODEL_INDEX = 14;
const FULL_DISTANCES = 128;
const ALIGN_BITS = 4;
const LEN_PROBS = 2 + 2 * (16 << 3) + 256;
/** Output bytes per step: about 3 ms on cold code in a fresh page (~1 ms warm), see lzmaDecodeSteps. */
export const LZMA_STEP_BYTES = 8 * 1024;

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
  if (input.length < 13) throw new Error('lzma: header too short');
  let props = input[0]!;
  if (props >= 9 * 5 * 5) throw new Error('lzma: bad properties');
  const lc = props % 9;
  props = (props / 9) | 0;
  const lp = props % 5;
  const pb = (props / 5) | 0;
  const dictSize = (input[1]! | (input[2]! << 8) | (input[3]! << 16) | (input[4]! << 24)) >>> 0;
  // The size is a 64-bit little-endian number; all ones means "unknown, up to an end marker".
  let size = 0;
  let unknownSize = true;
  for (let i = 0; i < 8; i++) {
    if (input[5 + i] !== 255) unknownSize = false;
    size += input[5 + i]! * 2 ** (8 * i);
  }
  if (unknownSize && knownSize !== undefined) size = knownSize;
  else if (unknownSize || (knownSize !== undefined && knownSize !== size)) throw new Error('lzma: unexpected size');
  if (size > 2 ** 31) throw new Error('lzma: too large');

  const probs = (n: number) => new Uint16Array(n).fill(PROB_INIT);
  const decoder: Decoder = {
    out: new Uint8Array(size),
    size,
    dictSize,
    lc,
    lpMask: (1 << lp) - 1,
    pbMask: (1 << pb) - 1,
    rc: new RangeDecoder(input, 13),
    literal: probs(0x300 << (lc + lp)),
    isMatch: probs(STATES << POS_BITS_MAX),
    isRep: probs(STATES),
    isRepG0: probs(STATES),
    isRepG1: probs(STATES),
    isRepG2: probs(STATES),
    isRep0Long: probs(STATES << POS_BITS_MAX),
    posSlot: probs(4 << 6),
    posSpecial: probs(1 + FULL_DISTANCES - END_POS_MODEL_INDEX),
    align: probs(1 << ALIGN_BITS),
    lenProbs: probs(LEN_PROBS),
    repLenProbs: probs(LEN_PROBS),
    state: 0,
    rep0: 0,
    rep1: 0,
    rep2: 0,
    rep3: 0,
    pos: 0,
  };
  while (decoder.pos < size) {
    if (decoder.pos > 0) yield decoder.pos;
    decodeTo(decoder, Math.min(size, decoder.pos + LZMA_STEP_BYTES));
  }
  return decoder.out;
}

/** The decoder between steps: its output, settings, probabilities, state and place. */
interface Decoder {
  out: Uint8Array<ArrayBuffer>;
  size: number;
  dictSize: number;
  lc: number;
  lpMask: number;
  pbMask: number;
  rc: RangeDecoder;
  literal: Uint16Array;
  isMatch: Uint16Array;
  isRep: Uint16Array;
  isRepG0: Uint16Array;
  isRepG1: Uint16Array;
  isRepG2: Uint16Array;
  isRep0Long: Uint16Array;
  posSlot: Uint16Array;
  posSpecial: Uint16Array;
  align: Uint16Array;
  lenProbs: Uint16Array;
  repLenProbs: Uint16Array;
  state: number;
  rep0: number;
  rep1: number;
  rep2: number;
  rep3: number;
  pos: number;
}

/**
 * One step: decodes up to `end` (a match may run past it). A plain function with
 * everything in locals: V8 optimizes a long loop while it runs in a plain function but
 * not in a generator, and reads of captured variables in the loop cost too (both ran the
 * decode about 1.6x slower).
 */
function decodeTo(decoder: Decoder, end: number): void {
  const { out, size, dictSize, lc, lpMask, pbMask, rc, literal, isMatch, isRep, isRepG0, isRepG1, isRepG2 } = decoder;
  const { isRep0Long, posSlot, posSpecial, align, lenProbs, repLenProbs } = decoder;
  let { state, rep0, rep1, rep2, rep3, pos } = decoder;
  // Length decoder layout: [choice, choice2, low 16 x 8, mid 16 x 8, high 256].
  const length = (p: Uint16Array, posState: number): number => {
    if (rc.bit(p, 0) === 0) return rc.tree(p, 2 + (posState << 3) - 1, 3);
    if (rc.bit(p, 1) === 0) return 8 + rc.tree(p, 2 + (16 << 3) + (posState << 3) - 1, 3);
    return 16 + rc.tree(p, 2 + 2 * (16 << 3) - 1, 8);
  };
  while (pos < end) {
    const posState = pos & pbMask;
    if (rc.bit(isMatch, (state << POS_BITS_MAX) + posState) === 0) {
      const previous = pos > 0 ? out[pos - 1]! : 0;
      const base = 0x300 * (((pos & lpMask) << lc) + (previous >>> (8 - lc))) - 1;
      const byte = state < 7 ? rc.tree(literal, base, 8) : rc.matchedLiteral(literal, base, out[pos - rep0 - 1]!);
      out[pos++] = byte;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len: number;
    if (rc.bit(isRep, state) !== 0) {
      if (pos === 0) throw new Error('lzma: bad data');
      if (rc.bit(isRepG0, state) === 0) {
        if (rc.bit(isRep0Long, (state << POS_BITS_MAX) + posState) === 0) {
          state = state < 7 ? 9 : 11;
          out[pos] = out[pos - rep0 - 1]!;
          pos++;
          continue;
        }
      } else {
        let distance: number;
        if (rc.bit(isRepG1, state) === 0) distance = rep1;
        else {
          if (rc.bit(isRepG2, state) === 0) distance = rep2;
          else {
            distance = rep3;
            rep3 = rep2;
          }
          rep2 = rep1;
        }
        rep1 = rep0;
        rep0 = distance;
      }
      len = length(repLenProbs, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2;
      rep2 = rep1;
      rep1 = rep0;
      len = length(lenProbs, posState);
      state = state < 7 ? 7 : 10;
      const slot = rc.tree(posSlot, (Math.min(len, 3) << 6) - 1, 6);
      if (slot < 4) rep0 = slot;
      else {
        const bits = (slot >>> 1) - 1;
        let distance = ((2 | (slot & 1)) << bits) >>> 0;
        if (slot < END_POS_MODEL_INDEX) distance += rc.reverseTree(posSpecial, distance - slot - 1, bits);
        else distance += rc.directBits(bits - ALIGN_BITS) * 16 + rc.reverseTree(align, -1, ALIGN_BITS);
        rep0 = distance >>> 0;
      }
      // An end marker (distance 0xffffffff) cannot come before the stored size is reached.
      if (rep0 >= pos || rep0 >= dictSize) throw new Error('lzma: bad distance');
    }
    len += 2;
    if (len > size - pos) throw new Error('lzma: data longer than its stored size');
    const from = pos - rep0 - 1;
    if (len > 16 && rep0 >= len)
      out.copyWithin(pos, from, from + len); // not overlapping: one native copy
    else for (let i = 0; i < len; i++) out[pos + i] = out[from + i]!;
    pos += len;
  }
  Object.assign(decoder, { state, rep0, rep1, rep2, rep3, pos });
}

/**
 * The range decoder. `range` and `code` are unsigned 32-bit values kept in int32 fields
 * (compared with the sign bit flipped): doubles would be boxed on every update.
 */
class RangeDecoder {
  private range = -1;
  private code = 0;
  private at: number;

  constructor(
    private readonly input: Uint8Array,
    start: number,
  ) {
    this.at = start;
    if (this.next() !== 0) throw new Error('lzma: bad stream start');
    for (let i = 0; i < 4; i++) this.code = (this.code << 8) | this.next();
    if (this.code === -1) throw new Error('lzma: bad stream start');
  }

  private next(): number {
    if (this.at >= this.input.length) throw new Error('lzma: data too short');
    return this.input[this.at++]!;
  }

  bit(probs: Uint16Array, index: number): number {
    const prob = probs[index]!;
    const bound = Math.imul(this.range >>> 11, prob);
    let result = 0;
    if ((this.code ^ 0x80000000) < (bound ^ 0x80000000)) {
      this.range = bound;
      probs[index] = prob + ((2048 - prob) >> 5);
    } else {
      this.range = (this.range - bound) | 0;
      this.code = (this.code - bound) | 0;
      probs[index] = prob - (prob >> 5);
      result = 1;
    }
    if (this.range >>> 24 === 0) {
      this.range <<= 8;
      this.code = (this.code << 8) | this.next();
    }
    return result;
  }

  directBits(count: number): number {
    let result = 0;
    for (let i = 0; i < count; i++) {
      this.range = this.range >>> 1;
      let b = 0;
      if ((this.code ^ 0x80000000) >= (this.range ^ 0x80000000)) {
        this.code = (this.code - this.range) | 0;
        b = 1;
      }
      result = (result << 1) | b;
      if (this.range >>> 24 === 0) {
        this.range <<= 8;
        this.code = (this.code << 8) | this.next();
      }
    }
    return result >>> 0;
  }

  /**
   * A bit tree of `bits` levels (most significant bit first). The hot loops below keep
   * `range` and `code` in locals: the same steps as bit(), about twice as fast.
   */
  tree(probs: Uint16Array, base: number, bits: number): number {
    let range = this.range;
    let code = this.code;
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
        code = (code << 8) | this.next();
      }
    }
    this.range = range;
    this.code = code;
    return m - (1 << bits);
  }

  /**
   * A literal after a match: its bits are predicted by the byte at the match distance
   * (`matchByte`) until the first bit that differs, then as a plain 8-level tree.
   */
  matchedLiteral(probs: Uint16Array, base: number, matchByte: number): number {
    let range = this.range;
    let code = this.code;
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
        code = (code << 8) | this.next();
      }
    }
    this.range = range;
    this.code = code;
    return symbol & 0xff;
  }

  reverseTree(probs: Uint16Array, base: number, bits: number): number {
    let m = 1;
    let symbol = 0;
    for (let i = 0; i < bits; i++) {
      const b = this.bit(probs, base + m);
      m = (m << 1) | b;
      symbol |= b << i;
    }
    return symbol;
  }
}
