/**
 * A slow, stronger DEFLATE encoder for build time (in the spirit of zopfli): the
 * output is ordinary raw DEFLATE (RFC 1951), so fflate and the browser's
 * DecompressionStream read it as before, but it is a few per cent smaller than
 * zlib's level 9 because it
 *   - finds, for every position, the nearest match of every length (hash chains);
 *   - chooses literals and matches by a shortest path over bit costs, iterated with
 *     the costs of the previous round's Huffman codes (zlib decides greedily);
 *   - splits the data into blocks where separate Huffman codes pay off.
 * Node has no zopfli and none may be installed here; this is the part of it that matters.
 * The caller checks the result by inflating it (scripts/lib/rule-data-plugin.ts).
 */

const WINDOW = 32768;
const MIN_MATCH = 3;
const MAX_MATCH = 258;

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CLEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Length code index (0..28) per match length. */
const LENGTH_CODE = new Uint8Array(MAX_MATCH + 1);
for (let code = 0; code < 29; code++) {
  const end = code === 28 ? MAX_MATCH : LENGTH_BASE[code]! + (1 << LENGTH_EXTRA[code]!) - 1;
  for (let len = LENGTH_BASE[code]!; len <= Math.min(end, MAX_MATCH); len++) LENGTH_CODE[len] = code;
}
LENGTH_CODE[MAX_MATCH] = 28;

/** Distance code per distance - 1 below 256, then per (distance - 1) >> 7 (as zlib does). */
const DIST_CODE = new Uint8Array(512);
for (let code = 0; code < 30; code++) {
  for (let d = DIST_BASE[code]!; d < DIST_BASE[code]! + (1 << DIST_EXTRA[code]!); d++) {
    DIST_CODE[d - 1 < 256 ? d - 1 : 256 + ((d - 1) >> 7)] = code;
  }
}

function distCode(dist: number): number {
  return DIST_CODE[dist - 1 < 256 ? dist - 1 : 256 + ((dist - 1) >> 7)]!;
}

/**
 * Every position's matches as steps: for each distinct nearest distance, the longest
 * length it reaches (lengths up to that one, above the previous step, use that distance).
 */
interface Matches {
  /** Per position, offset into lens/dists; count = starts[i + 1] - starts[i]. */
  starts: Int32Array;
  lens: Uint16Array;
  dists: Uint16Array;
}

function findMatches(data: Uint8Array, chainLimit: number): Matches {
  const n = data.length;
  const head = new Int32Array(1 << 16).fill(-1);
  const prev = new Int32Array(n).fill(-1);
  const starts = new Int32Array(n + 1);
  const lens: number[] = [];
  const dists: number[] = [];
  const hash = (i: number) => ((data[i]! << 8) ^ (data[i + 1]! << 4) ^ data[i + 2]!) & 0xffff;
  for (let i = 0; i < n; i++) {
    starts[i] = lens.length;
    if (i + MIN_MATCH > n) continue;
    const h = hash(i);
    const maxLen = Math.min(MAX_MATCH, n - i);
    let best = MIN_MATCH - 1;
    let chain = 0;
    for (let j = head[h]!; j >= 0 && i - j <= WINDOW && chain < chainLimit; j = prev[j]!, chain++) {
      if (data[j + best] !== data[i + best] || data[j] !== data[i]) continue;
      let len = 0;
      while (len < maxLen && data[j + len] === data[i + len]) len++;
      if (len > best) {
        best = len;
        lens.push(len);
        dists.push(i - j);
        if (len === maxLen) break;
      }
    }
    prev[i] = head[h]!;
    head[h] = i;
  }
  starts[n] = lens.length;
  return { starts, lens: Uint16Array.from(lens), dists: Uint16Array.from(dists) };
}

/** One LZ77 symbol: a literal (dist 0, len = byte) or a match. */
interface Symbols {
  lens: number[];
  dists: number[];
}

interface Costs {
  literal: Float64Array; // 0..285 lit/len symbol costs in bits
  dist: Float64Array; // 0..29
}

/** Shortest path over [from, to) with the given bit costs. */
function optimalParse(data: Uint8Array, matches: Matches, from: number, to: number, costs: Costs): Symbols {
  const n = to - from;
  const cost = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const stepLen = new Uint16Array(n + 1);
  const stepDist = new Uint16Array(n + 1);
  cost[0] = 0;
  const lengthCost = new Float64Array(MAX_MATCH + 1);
  for (let len = MIN_MATCH; len <= MAX_MATCH; len++) {
    const lc = LENGTH_CODE[len]!;
    lengthCost[len] = costs.literal[257 + lc]! + LENGTH_EXTRA[lc]!;
  }
  for (let k = 0; k < n; k++) {
    const base = cost[k]!;
    const i = from + k;
    const lit = base + costs.literal[data[i]!]!;
    if (lit < cost[k + 1]!) {
      cost[k + 1] = lit;
      stepLen[k + 1] = 1;
      stepDist[k + 1] = 0;
    }
    let len = MIN_MATCH;
    for (let m = matches.starts[i]!; m < matches.starts[i + 1]!; m++) {
      const dist = matches.dists[m]!;
      const dc = distCode(dist);
      const withDist = base + costs.dist[dc]! + DIST_EXTRA[dc]!;
      const top = Math.min(matches.lens[m]!, to - i);
      for (; len <= top; len++) {
        const c = withDist + lengthCost[len]!;
        if (c < cost[k + len]!) {
          cost[k + len] = c;
          stepLen[k + len] = len;
          stepDist[k + len] = dist;
        }
      }
    }
  }
  const lens: number[] = [];
  const dists: number[] = [];
  for (let k = n; k > 0; ) {
    const len = stepLen[k]!;
    if (stepDist[k] === 0) {
      lens.push(data[from + k - 1]!);
      dists.push(0);
      k -= 1;
    } else {
      lens.push(len);
      dists.push(stepDist[k]!);
      k -= len;
    }
  }
  lens.reverse();
  dists.reverse();
  return { lens, dists };
}

function counts(symbols: Symbols): { literal: Uint32Array; dist: Uint32Array } {
  const literal = new Uint32Array(286);
  const dist = new Uint32Array(30);
  for (let s = 0; s < symbols.lens.length; s++) {
    if (symbols.dists[s] === 0) literal[symbols.lens[s]!]!++;
    else {
      literal[257 + LENGTH_CODE[symbols.lens[s]!]!]!++;
      dist[distCode(symbols.dists[s]!)]!++;
    }
  }
  literal[256] = 1;
  return { literal, dist };
}

/** Bit costs from counts: each symbol's information content (an unused one a bit dearer than the rarest). */
function costsFrom(c: { literal: Uint32Array; dist: Uint32Array }): Costs {
  const side = (freq: Uint32Array) => {
    let total = 0;
    for (const f of freq) total += f;
    const log = Math.log2(Math.max(total, 1));
    return Float64Array.from(freq, (f) => (f === 0 ? log + 2 : log - Math.log2(f)));
  };
  return { literal: side(c.literal), dist: side(c.dist) };
}

function fixedCosts(): Costs {
  const literal = new Float64Array(286);
  for (let s = 0; s < 286; s++) literal[s] = s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8;
  return { literal, dist: new Float64Array(30).fill(5) };
}

/** Length-limited Huffman code lengths (package-merge). */
export function codeLengths(freq: ArrayLike<number>, maxBits: number): Uint8Array {
  const lengths = new Uint8Array(freq.length);
  const leaves: { w: number; syms: number[] }[] = [];
  for (let s = 0; s < freq.length; s++) if (freq[s]! > 0) leaves.push({ w: freq[s]!, syms: [s] });
  if (leaves.length === 0) return lengths;
  if (leaves.length === 1) {
    lengths[leaves[0]!.syms[0]!] = 1;
    return lengths;
  }
  leaves.sort((a, b) => a.w - b.w || a.syms[0]! - b.syms[0]!);
  let list = leaves;
  for (let level = 1; level < maxBits; level++) {
    const packages: { w: number; syms: number[] }[] = [];
    for (let j = 0; j + 1 < list.length; j += 2)
      packages.push({ w: list[j]!.w + list[j + 1]!.w, syms: list[j]!.syms.concat(list[j + 1]!.syms) });
    const merged: { w: number; syms: number[] }[] = [];
    let a = 0;
    let b = 0;
    while (a < leaves.length || b < packages.length) {
      if (b >= packages.length || (a < leaves.length && leaves[a]!.w <= packages[b]!.w)) merged.push(leaves[a++]!);
      else merged.push(packages[b++]!);
    }
    list = merged;
  }
  for (let k = 0; k < 2 * (leaves.length - 1); k++) for (const s of list[k]!.syms) lengths[s]!++;
  return lengths;
}

class BitWriter {
  private bytes: number[] = [];
  private bits = 0;
  private count = 0;
  write(value: number, width: number): void {
    this.bits |= value << this.count;
    this.count += width;
    while (this.count >= 8) {
      this.bytes.push(this.bits & 255);
      this.bits >>>= 8;
      this.count -= 8;
    }
  }
  /** A Huffman code: written from its most significant bit. */
  code(code: number, length: number): void {
    let reversed = 0;
    for (let k = 0; k < length; k++) reversed |= ((code >> k) & 1) << (length - 1 - k);
    this.write(reversed, length);
  }
  finish(): Uint8Array {
    if (this.count > 0) this.bytes.push(this.bits & 255);
    return Uint8Array.from(this.bytes);
  }
}

function canonicalCodes(lengths: Uint8Array): Uint16Array {
  const codes = new Uint16Array(lengths.length);
  const blCount = new Uint16Array(16);
  for (const l of lengths) if (l) blCount[l]!++;
  const next = new Uint16Array(16);
  let code = 0;
  for (let bits = 1; bits < 16; bits++) {
    code = (code + blCount[bits - 1]!) << 1;
    next[bits] = code;
  }
  blCount[0] = 0;
  for (let s = 0; s < lengths.length; s++) if (lengths[s]) codes[s] = next[lengths[s]!]!++;
  return codes;
}

/** Run-length coded code lengths (symbols 0-18 with their extra bits). */
function runLengths(lengths: number[]): { sym: number; extra: number; bits: number }[] {
  const out: { sym: number; extra: number; bits: number }[] = [];
  for (let i = 0; i < lengths.length; ) {
    const l = lengths[i]!;
    let run = 1;
    while (i + run < lengths.length && lengths[i + run] === l) run++;
    if (l === 0 && run >= 3) {
      let left = run;
      while (left >= 11) {
        const r = Math.min(left, 138);
        out.push({ sym: 18, extra: r - 11, bits: 7 });
        left -= r;
      }
      if (left >= 3) {
        out.push({ sym: 17, extra: left - 3, bits: 3 });
        left = 0;
      }
      for (; left > 0; left--) out.push({ sym: 0, extra: 0, bits: 0 });
    } else if (l !== 0 && run >= 4) {
      out.push({ sym: l, extra: 0, bits: 0 });
      let left = run - 1;
      while (left >= 3) {
        const r = Math.min(left, 6);
        out.push({ sym: 16, extra: r - 3, bits: 2 });
        left -= r;
      }
      for (; left > 0; left--) out.push({ sym: l, extra: 0, bits: 0 });
    } else for (let k = 0; k < run; k++) out.push({ sym: l, extra: 0, bits: 0 });
    i += run;
  }
  return out;
}

interface BlockCodes {
  litLengths: Uint8Array;
  distLengths: Uint8Array;
  rle: { sym: number; extra: number; bits: number }[];
  clenLengths: Uint8Array;
  hlit: number;
  hdist: number;
  hclen: number;
}

function blockCodes(symbols: Symbols): BlockCodes {
  const c = counts(symbols);
  const litLengths = codeLengths(c.literal, 15);
  let distLengths = codeLengths(c.dist, 15);
  // Two distance codes at least: a complete code every decoder accepts.
  const used = distLengths.reduce((sum, l) => sum + (l > 0 ? 1 : 0), 0);
  if (used < 2) {
    distLengths = new Uint8Array(30);
    const present = c.dist.findIndex((f) => f > 0);
    const a = Math.max(present, 0);
    distLengths[a] = 1;
    distLengths[a === 0 ? 1 : 0] = 1;
  }
  let hlit = 286;
  while (hlit > 257 && litLengths[hlit - 1] === 0) hlit--;
  let hdist = 30;
  while (hdist > 1 && distLengths[hdist - 1] === 0) hdist--;
  const rle = runLengths([...litLengths.slice(0, hlit), ...distLengths.slice(0, hdist)]);
  const clenFreq = new Uint32Array(19);
  for (const r of rle) clenFreq[r.sym]!++;
  const clenLengths = codeLengths(clenFreq, 7);
  let hclen = 19;
  while (hclen > 4 && clenLengths[CLEN_ORDER[hclen - 1]!] === 0) hclen--;
  return { litLengths, distLengths, rle, clenLengths, hlit, hdist, hclen };
}

/** Size in bits of a dynamic block of `symbols`. */
function blockBits(symbols: Symbols): number {
  const b = blockCodes(symbols);
  let bits = 3 + 5 + 5 + 4 + 3 * b.hclen;
  for (const r of b.rle) bits += b.clenLengths[r.sym]! + r.bits;
  for (let s = 0; s < symbols.lens.length; s++) {
    const len = symbols.lens[s]!;
    const dist = symbols.dists[s]!;
    if (dist === 0) bits += b.litLengths[len]!;
    else {
      const lc = LENGTH_CODE[len]!;
      const dc = distCode(dist);
      bits += b.litLengths[257 + lc]! + LENGTH_EXTRA[lc]! + b.distLengths[dc]! + DIST_EXTRA[dc]!;
    }
  }
  return bits + b.litLengths[256]!;
}

function writeBlock(out: BitWriter, symbols: Symbols, final: boolean): void {
  const b = blockCodes(symbols);
  const litCodes = canonicalCodes(b.litLengths);
  const distCodes = canonicalCodes(b.distLengths);
  const clenCodes = canonicalCodes(b.clenLengths);
  out.write(final ? 1 : 0, 1);
  out.write(2, 2);
  out.write(b.hlit - 257, 5);
  out.write(b.hdist - 1, 5);
  out.write(b.hclen - 4, 4);
  for (let k = 0; k < b.hclen; k++) out.write(b.clenLengths[CLEN_ORDER[k]!]!, 3);
  for (const r of b.rle) {
    out.code(clenCodes[r.sym]!, b.clenLengths[r.sym]!);
    if (r.bits) out.write(r.extra, r.bits);
  }
  for (let s = 0; s < symbols.lens.length; s++) {
    const len = symbols.lens[s]!;
    const dist = symbols.dists[s]!;
    if (dist === 0) out.code(litCodes[len]!, b.litLengths[len]!);
    else {
      const lc = LENGTH_CODE[len]!;
      out.code(litCodes[257 + lc]!, b.litLengths[257 + lc]!);
      if (LENGTH_EXTRA[lc]) out.write(len - LENGTH_BASE[lc]!, LENGTH_EXTRA[lc]!);
      const dc = distCode(dist);
      out.code(distCodes[dc]!, b.distLengths[dc]!);
      if (DIST_EXTRA[dc]) out.write(dist - DIST_BASE[dc]!, DIST_EXTRA[dc]!);
    }
  }
  out.code(litCodes[256]!, b.litLengths[256]!);
}

/** Symbols of [from, to): shortest paths, each round priced with the previous round's codes; the cheapest kept. */
function parseRange(data: Uint8Array, matches: Matches, from: number, to: number, rounds: number): Symbols {
  let costs = fixedCosts();
  let best: Symbols | undefined;
  let bestBits = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const symbols = optimalParse(data, matches, from, to, costs);
    const bits = blockBits(symbols);
    if (bits < bestBits) {
      bestBits = bits;
      best = symbols;
    } else if (round > 2) break;
    costs = costsFrom(counts(symbols));
  }
  return best!;
}

export interface OptimalDeflateOptions {
  /** Match candidates tried per position (zlib level 9: 4096). */
  chainLimit?: number;
  /** Rounds of re-pricing per block. */
  rounds?: number;
  /** Input bytes per block candidate: neighbouring candidates are merged while that is smaller. */
  blockSize?: number;
}

/** Raw DEFLATE of `data`. */
export function deflateOptimal(data: Uint8Array, options: OptimalDeflateOptions = {}): Uint8Array {
  const { chainLimit = 1024, rounds = 6, blockSize = 16384 } = options;
  const matches = findMatches(data, chainLimit);
  const out = new BitWriter();
  if (data.length === 0) {
    writeBlock(out, { lens: [], dists: [] }, true);
    return out.finish();
  }
  // Blocks: start from fixed-size pieces, merge a piece into the previous block while
  // one block (parsed anew) costs fewer bits than the two.
  const edges: number[] = [];
  for (let at = 0; at < data.length; at += blockSize) edges.push(at);
  edges.push(data.length);
  const blocks: { from: number; to: number; symbols: Symbols; bits: number }[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = edges[k]!;
    const to = edges[k + 1]!;
    const symbols = parseRange(data, matches, from, to, rounds);
    const piece = { from, to, symbols, bits: blockBits(symbols) };
    const last = blocks[blocks.length - 1];
    if (last) {
      const joined = parseRange(data, matches, last.from, to, rounds);
      const joinedBits = blockBits(joined);
      if (joinedBits < last.bits + piece.bits) {
        blocks[blocks.length - 1] = { from: last.from, to, symbols: joined, bits: joinedBits };
        continue;
      }
    }
    blocks.push(piece);
  }
  blocks.forEach((block, k) => {
    writeBlock(out, block.symbols, k === blocks.length - 1);
  });
  return out.finish();
}
