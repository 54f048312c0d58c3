/** LZMA alone format (.lzma) at level 1-9, with the uncompressed size in the header; lc, lp and pb as given (default 3, 0, 2). */
export function lzmaCompress(
  data: Uint8Array,
  mode?: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9,
  settings?: { lc?: number; lp?: number; pb?: number },
): Uint8Array;
/** lzma1's own decoder: an independent check on what the build ships. */
export function lzmaDecompress(data: Uint8Array): Uint8Array;
