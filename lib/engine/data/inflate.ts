/**
 * A small raw DEFLATE (RFC 1951) decoder: the synchronous way to unpack the rule
 * data (./packed.ts), for Node, tests and a check that comes before the browser's
 * native DecompressionStream has finished. WHY our own: the bundle carries it in
 * every content script, and this is about a third of fflate's inflater there, at
 * a similar speed for data of this size (table lookup per symbol).
 */

const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Extra bits of length code i (0..28) and distance code i (0..29). */
const lengthExtra = (i: number) => (i < 8 || i === 28 ? 0 : (i - 4) >> 2);
const distExtra = (i: number) => (i < 2 ? 0 : (i - 2) >> 1);
/** The first length and distance of each code: each code's range follows the previous one. */
const LENGTH_BASE: number[] = [];
const DIST_BASE: number[] = [];
for (let i = 0, length = 3, distance = 1; i < 30; i++) {
  LENGTH_BASE.push(i === 28 ? 258 : length);
  DIST_BASE.push(distance);
  length += 1 << lengthExtra(i);
  distance += 1 << distExtra(i);
}

function fail(): never {
  throw new Error('rule data: bad DEFLATE data');
}

interface Table {
  /** Entry per `bits` low bits of the stream: symbol << 4 | code length (0: no such code). */
  entries: Uint16Array;
  bits: number;
}

/** The lookup table of a canonical Huffman code given by its code lengths. */
function table(lengths: ArrayLike<number>): Table {
  let bits = 0;
  for (let s = 0; s < lengths.length; s++) bits = Math.max(bits, lengths[s]!);
  const entries = new Uint16Array(1 << bits);
  let code = 0;
  for (let len = 1; len <= bits; len++) {
    for (let s = 0; s < lengths.length; s++) {
      if (lengths[s] !== len) continue;
      let reversed = 0;
      for (let k = 0; k < len; k++) reversed |= ((code >> k) & 1) << (len - 1 - k);
      for (let fill = reversed; fill < entries.length; fill += 1 << len) entries[fill] = (s << 4) | len;
      code++;
    }
    code <<= 1;
  }
  return { entries, bits };
}

let fixed: [Table, Table] | undefined;

/** Inflates `data` into `out` (which must be large enough); returns the part written. */
export function inflateRaw(data: Uint8Array, out: Uint8Array): Uint8Array {
  let at = 0;
  let buffer = 0;
  let count = 0;
  let written = 0;
  /** At least n bits in the buffer (zeros past the end, within a margin: a code may be shorter than the lookup). */
  const fill = (n: number) => {
    for (; count < n; count += 8) {
      if (at >= data.length + 4) fail();
      buffer |= (data[at++] ?? 0) << count;
    }
  };
  const bits = (n: number): number => {
    fill(n);
    const value = buffer & ((1 << n) - 1);
    buffer >>>= n;
    count -= n;
    return value;
  };
  const symbol = (t: Table): number => {
    fill(t.bits);
    const entry = t.entries[buffer & ((1 << t.bits) - 1)]!;
    const len = entry & 15;
    if (len === 0) fail();
    buffer >>>= len;
    count -= len;
    return entry >> 4;
  };
  for (let final = 0; !final; ) {
    final = bits(1);
    const type = bits(2);
    if (type === 0) {
      bits(count & 7);
      const length = bits(16);
      if ((bits(16) ^ 0xffff) !== length || written + length > out.length) fail();
      for (let k = 0; k < length; k++) out[written++] = bits(8);
      continue;
    }
    let lit: Table;
    let dist: Table;
    if (type === 1) {
      if (!fixed) {
        const lengths = new Uint8Array(288);
        lengths.fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
        fixed = [table(lengths), table(new Uint8Array(30).fill(5))];
      }
      [lit, dist] = fixed;
    } else if (type === 2) {
      const hlit = bits(5) + 257;
      const hdist = bits(5) + 1;
      const hclen = bits(4) + 4;
      const clen = new Uint8Array(19);
      for (let k = 0; k < hclen; k++) clen[CLEN_ORDER[k]!] = bits(3);
      const clenTable = table(clen);
      const lengths = new Uint8Array(hlit + hdist);
      for (let k = 0; k < lengths.length; ) {
        const sym = symbol(clenTable);
        if (sym < 16) lengths[k++] = sym;
        else {
          const [value, repeat] =
            sym === 16 ? [k > 0 ? lengths[k - 1]! : -1, 3 + bits(2)] : [0, sym === 17 ? 3 + bits(3) : 11 + bits(7)];
          if (value < 0 || k + repeat > lengths.length) fail();
          lengths.fill(value, k, k + repeat);
          k += repeat;
        }
      }
      lit = table(lengths.subarray(0, hlit));
      dist = table(lengths.subarray(hlit));
    } else fail();
    for (;;) {
      const sym = symbol(lit);
      if (sym < 256) {
        if (written >= out.length) fail();
        out[written++] = sym;
        continue;
      }
      if (sym === 256) break;
      const lc = sym - 257;
      if (lc > 28) fail();
      const length = LENGTH_BASE[lc]! + bits(lengthExtra(lc));
      const dc = symbol(dist);
      if (dc > 29) fail();
      const distance = DIST_BASE[dc]! + bits(distExtra(dc));
      if (distance > written || written + length > out.length) fail();
      for (let k = 0; k < length; k++, written++) out[written] = out[written - distance]!;
    }
  }
  // Bits read past the end (the zeros of the margin) mean the data was cut short.
  if (at - (count >> 3) > data.length) fail();
  return out.subarray(0, written);
}
