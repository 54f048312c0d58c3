// lzma1 (MIT): a pure TypeScript LZMA encoder, used at build time only (the page decodes
// with lib/engine/data/lzma.ts). Imported through this plain JS module because lzma1
// publishes its TypeScript sources as its types, which our stricter compiler settings
// (noUncheckedIndexedAccess) would check and reject; ./lzma-encoder.d.mts types it.

import { Encoder } from '../../node_modules/lzma1/lib/encoder.js';
import { MODES } from '../../node_modules/lzma1/lib/lzma.js';
import { InputBuffer, OutputBuffer } from '../../node_modules/lzma1/lib/streams.js';

export { decompress as lzmaDecompress } from 'lzma1';

/**
 * lzma1's compress, with the literal and position settings (lc, lp, pb) it otherwise fixes at 3, 0, 2, and
 * with its length prices kept up to date (see below).
 * WHY: pb (position bits of the match and length models) below lzma1's 2 packs the rule data smaller (its
 * lines have no 4-byte structure; the value and its measurements: LZMA_SETTINGS in ./rule-data-plugin.ts). lzma1's package exports only compress(), which calls its Encoder's configure()
 * and then writes the header from these fields; the encoder is used here the same way, with the fields set
 * after configure(). Both decoders read the settings from the header (the build checks both read it back).
 */
export function lzmaCompress(data, mode = 5, { lc = 3, lp = 0, pb = 2 } = {}) {
  // WHY the bounds: lzma1's own decoder hangs (no error) on pb 3-4 and lp 4, so the build's read-back would hang.
  if (!(lc >= 0 && lc <= 8 && lp >= 0 && lp <= 3 && pb >= 0 && pb <= 2))
    throw new Error(`LZMA lc/lp/pb out of range: ${lc}/${lp}/${pb}`);
  const encoder = new Encoder();
  const configure = encoder.configure.bind(encoder);
  encoder.configure = (settings) => {
    configure(settings);
    encoder._numLiteralContextBits = lc;
    encoder._numLiteralPosStateBits = lp;
    encoder._posStateBits = pb;
    encoder._posStateMask = (1 << pb) - 1;
  };
  // lzma1's encoder never refreshes its match-length price tables: it encodes lengths with its LenEncoder's
  // encode(), not encodeWithUpdate() (which would only reset the counter anyway), so the optimal parser prices
  // every length with the tables of the stream's start. The LZMA SDK refreshes a position state's table each
  // time it has coded table-size lengths in it (LenPriceTableEncoder.Encode -> UpdateTable); so does this.
  // WHY: the parser then picks cheaper matches: the rule data 178,507 -> 177,644 bytes (29 Nov 2026, with pb 0).
  // The output stays a valid stream for any decoder; only the encoder's choices change.
  // If lzma1 renames what this relies on, fail here rather than silently pack larger.
  if (typeof encoder.encodeLength !== 'function') throw new Error('lzma1 has no encodeLength (renamed?)');
  encoder.encodeLength = (lengths, symbol, posState) => {
    if (typeof lengths.setPrices !== 'function' || !lengths.counters || !lengths.prices)
      throw new Error("lzma1's length encoder changed (setPrices, counters, prices)");
    lengths.encode(symbol, posState, encoder);
    lengths.counters[posState] -= 1;
    if (lengths.counters[posState] === 0) {
      lengths.setPrices(posState, lengths.tableSize, lengths.prices, 0);
      lengths.counters[posState] = lengths.tableSize;
    }
  };
  const output = new OutputBuffer(Math.max(32, Math.ceil(data.length * 1.2)));
  encoder.compress(new InputBuffer(data), output, MODES[mode]);
  const bytes = output.toArray();
  // The header's first byte says which settings were used: if lzma1 renames the fields set above, they would
  // silently stop taking effect (the read-back would still pass), so fail here instead.
  if (bytes[0] !== (pb * 5 + lp) * 9 + lc) throw new Error('lzma1 ignored the lc/lp/pb settings (its fields renamed?)');
  return bytes;
}
