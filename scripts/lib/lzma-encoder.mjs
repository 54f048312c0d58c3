// lzma1 (MIT): a pure TypeScript LZMA encoder, used at build time only (the page decodes
// with lib/engine/data/lzma.ts). Imported through this plain JS module because lzma1
// publishes its TypeScript sources as its types, which our stricter compiler settings
// (noUncheckedIndexedAccess) would check and reject; ./lzma-encoder.d.mts types it.
export { compress as lzmaCompress, decompress as lzmaDecompress } from 'lzma1';
