/**
 * A raw DEFLATE decoder (RFC 1951), synchronous and dependency-free.
 *
 * WHY: the built-in rule data ships deflated (see ./packed.ts), which takes the
 * engine with its packs from ~490 KB to ~250 KB in every content script. The
 * browser's own DecompressionStream is asynchronous, and checkPost() is
 * synchronous, so the few lines of Huffman decoding live here. Decoding runs
 * once per page, when the engine first needs its data.
 */

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** Order in which a dynamic block lists the code lengths of the code-length alphabet. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * A canonical Huffman code as one lookup table indexed by the next `bits` input
 * bits (least significant first): entry = symbol << 4 | code length, 0 = no code.
 */
interface HuffmanTable {
  table: Uint16Array;
  bits: number;
}

function buildTable(lengths: ArrayLike<number>, count: number): HuffmanTable {
  const perLength = new Uint16Array(16);
  let bits = 0;
  for (let symbol = 0; symbol < count; symbol++) {
    const length = lengths[symbol]!;
    if (length > 0) {
      perLength[length]!++;
      if (length > bits) bits = length;
    }
  }
  // An all-zero code is legal (e.g. no distances); any lookup then fails as invalid.
  if (bits === 0) return { table: new Uint16Array(2), bits: 1 };
  const nextCode = new Uint16Array(16);
  let code = 0;
  for (let length = 1; length <= 15; length++) {
    code = (code + perLength[length - 1]!) << 1;
    nextCode[length] = code;
  }
  const size = 1 << bits;
  const table = new Uint16Array(size);
  for (let symbol = 0; symbol < count; symbol++) {
    const length = lengths[symbol]!;
    if (length === 0) continue;
    const value = nextCode[length]!++;
    if (value >= 1 << length) throw new Error('inflate: over-subscribed Huffman code');
    // Codes are stored most significant bit first, the bit reader is least significant first.
    let reversed = 0;
    for (let i = 0; i < length; i++) reversed |= ((value >> i) & 1) << (length - 1 - i);
    for (let index = reversed; index < size; index += 1 << length) table[index] = (symbol << 4) | length;
  }
  return { table, bits };
}

let fixedTables: { literal: HuffmanTable; distance: HuffmanTable } | undefined;

function fixed(): { literal: HuffmanTable; distance: HuffmanTable } {
  if (!fixedTables) {
    const literal = new Uint8Array(288);
    literal.fill(8, 0, 144);
    literal.fill(9, 144, 256);
    literal.fill(7, 256, 280);
    literal.fill(8, 280, 288);
    fixedTables = { literal: buildTable(literal, 288), distance: buildTable(new Uint8Array(30).fill(5), 30) };
  }
  return fixedTables;
}

/**
 * Input bits, least significant first. Block headers read through its methods;
 * the per-symbol loop in inflateRaw copies the fields into locals (much faster
 * before the JIT has warmed up, which matters: this runs once per page).
 */
class BitReader {
  position = 0;
  buffer = 0;
  count = 0;

  /** `input` carries zero bytes of padding after `end`, see inflateRaw. */
  constructor(
    readonly input: Uint8Array,
    readonly end: number,
  ) {}

  bits(count: number): number {
    if (count === 0) return 0;
    while (this.count < count) {
      if (this.position >= this.end + 4) throw new Error('inflate: unexpected end of data');
      this.buffer |= this.input[this.position++]! << this.count;
      this.count += 8;
    }
    const value = this.buffer & ((1 << count) - 1);
    this.buffer >>>= count;
    this.count -= count;
    return value;
  }

  symbol(code: HuffmanTable): number {
    while (this.count < code.bits) {
      if (this.position >= this.end + 4) throw new Error('inflate: unexpected end of data');
      this.buffer |= this.input[this.position++]! << this.count;
      this.count += 8;
    }
    const entry = code.table[this.buffer & ((1 << code.bits) - 1)]!;
    const length = entry & 15;
    if (length === 0) throw new Error('inflate: invalid Huffman code');
    this.buffer >>>= length;
    this.count -= length;
    return entry >> 4;
  }
}

/**
 * Decodes raw DEFLATE data. `sizeHint` (the expected output size) avoids
 * regrowing the output buffer. Throws on corrupt input.
 */
export function inflateRaw(data: Uint8Array, sizeHint = data.length * 4): Uint8Array {
  // Zero padding: a final code may be shorter than the table is wide, so reading a few
  // bytes past the end is normal; reading further means the data is truncated.
  const input = new Uint8Array(data.length + 8);
  input.set(data);
  const end = data.length;
  const reader = new BitReader(input, end);
  let out = new Uint8Array(Math.max(sizeHint, 64));
  let outPos = 0;
  const grow = (needed: number) => {
    const grown = new Uint8Array(Math.max(out.length * 2, needed));
    grown.set(out.subarray(0, outPos));
    out = grown;
  };

  let last = 0;
  while (!last) {
    last = reader.bits(1);
    const type = reader.bits(2);
    if (type === 0) {
      // Stored block: drop the bits up to the byte boundary, then give back whole buffered bytes.
      reader.bits(reader.count & 7);
      let pos = reader.position - (reader.count >> 3);
      reader.buffer = 0;
      reader.count = 0;
      if (pos + 4 > end) throw new Error('inflate: unexpected end of data');
      const length = input[pos]! | (input[pos + 1]! << 8);
      const check = input[pos + 2]! | (input[pos + 3]! << 8);
      if ((length ^ 0xffff) !== check) throw new Error('inflate: corrupt stored block');
      pos += 4;
      if (pos + length > end) throw new Error('inflate: unexpected end of data');
      if (outPos + length > out.length) grow(outPos + length);
      out.set(input.subarray(pos, pos + length), outPos);
      outPos += length;
      reader.position = pos + length;
      continue;
    }
    let literal: HuffmanTable;
    let distance: HuffmanTable;
    if (type === 1) ({ literal, distance } = fixed());
    else if (type === 2) ({ literal, distance } = dynamicTables(reader));
    else throw new Error('inflate: invalid block type');
    // The hot loop: all state in locals, bit reading and table lookups inlined.
    const literalTable = literal.table;
    const literalBits = literal.bits;
    const literalMask = (1 << literalBits) - 1;
    const distanceTable = distance.table;
    const distanceBits = distance.bits;
    const distanceMask = (1 << distanceBits) - 1;
    const limit = end + 4;
    let pos = reader.position;
    let buffer = reader.buffer;
    let count = reader.count;
    let output = out;
    for (;;) {
      while (count < literalBits) {
        if (pos >= limit) throw new Error('inflate: unexpected end of data');
        buffer |= input[pos++]! << count;
        count += 8;
      }
      let entry = literalTable[buffer & literalMask]!;
      let codeLength = entry & 15;
      if (codeLength === 0) throw new Error('inflate: invalid Huffman code');
      buffer >>>= codeLength;
      count -= codeLength;
      const symbol = entry >> 4;
      if (symbol < 256) {
        if (outPos >= output.length) {
          grow(outPos + 1);
          output = out;
        }
        output[outPos++] = symbol;
        continue;
      }
      if (symbol === 256) break;
      const index = symbol - 257;
      if (index >= 29) throw new Error('inflate: invalid length code');
      // Extra bits (at most 13) and the distance code (at most 15) fit after one refill.
      while (count < 24) {
        if (pos >= limit) throw new Error('inflate: unexpected end of data');
        buffer |= input[pos++]! << count;
        count += 8;
      }
      const lengthExtra = LENGTH_EXTRA[index]!;
      const length = LENGTH_BASE[index]! + (buffer & ((1 << lengthExtra) - 1));
      buffer >>>= lengthExtra;
      count -= lengthExtra;
      while (count < distanceBits) {
        if (pos >= limit) throw new Error('inflate: unexpected end of data');
        buffer |= input[pos++]! << count;
        count += 8;
      }
      entry = distanceTable[buffer & distanceMask]!;
      codeLength = entry & 15;
      if (codeLength === 0) throw new Error('inflate: invalid Huffman code');
      buffer >>>= codeLength;
      count -= codeLength;
      const distanceSymbol = entry >> 4;
      if (distanceSymbol >= 30) throw new Error('inflate: invalid distance code');
      const distanceExtra = DIST_EXTRA[distanceSymbol]!;
      while (count < distanceExtra) {
        if (pos >= limit) throw new Error('inflate: unexpected end of data');
        buffer |= input[pos++]! << count;
        count += 8;
      }
      const back = DIST_BASE[distanceSymbol]! + (buffer & ((1 << distanceExtra) - 1));
      buffer >>>= distanceExtra;
      count -= distanceExtra;
      if (back > outPos) throw new Error('inflate: distance too far back');
      if (outPos + length > output.length) {
        grow(outPos + length);
        output = out;
      }
      if (back >= length) {
        // Most copies do not overlap: one native call instead of a loop (this matters before the JIT warms up).
        output.copyWithin(outPos, outPos - back, outPos - back + length);
        outPos += length;
      } else {
        // An overlapping copy repeats its own output (a run): byte by byte.
        for (let from = outPos - back, stop = outPos + length; outPos < stop; ) output[outPos++] = output[from++]!;
      }
    }
    reader.position = pos;
    reader.buffer = buffer;
    reader.count = count;
  }
  if (reader.position - (reader.count >> 3) > end) throw new Error('inflate: unexpected end of data');
  return out.subarray(0, outPos);
}

function dynamicTables(reader: BitReader): { literal: HuffmanTable; distance: HuffmanTable } {
  const literalCount = reader.bits(5) + 257;
  const distanceCount = reader.bits(5) + 1;
  const codeLengthCount = reader.bits(4) + 4;
  if (literalCount > 286 || distanceCount > 30) throw new Error('inflate: too many codes');
  const codeLengthLengths = new Uint8Array(19);
  for (let i = 0; i < codeLengthCount; i++) codeLengthLengths[CODE_LENGTH_ORDER[i]!] = reader.bits(3);
  const codeLengthCode = buildTable(codeLengthLengths, 19);
  const lengths = new Uint8Array(literalCount + distanceCount);
  let i = 0;
  while (i < lengths.length) {
    const symbol = reader.symbol(codeLengthCode);
    if (symbol < 16) {
      lengths[i++] = symbol;
      continue;
    }
    let value = 0;
    let repeat: number;
    if (symbol === 16) {
      if (i === 0) throw new Error('inflate: repeat without a previous length');
      value = lengths[i - 1]!;
      repeat = 3 + reader.bits(2);
    } else if (symbol === 17) repeat = 3 + reader.bits(3);
    else repeat = 11 + reader.bits(7);
    if (i + repeat > lengths.length) throw new Error('inflate: too many code lengths');
    lengths.fill(value, i, i + repeat);
    i += repeat;
  }
  if (lengths[256] === 0) throw new Error('inflate: no end-of-block code');
  return {
    literal: buildTable(lengths.subarray(0, literalCount), literalCount),
    distance: buildTable(lengths.subarray(literalCount), distanceCount),
  };
}
