// Draws the Piketpaal icon (a surveyor's stake, red and white, on Rijksblauw)
// as PNG files in assets/icon/. Run once after changing the design:
//   node scripts/make-icons.mjs
// Written without an image library on purpose: four small PNGs do not justify a dependency.
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x / size, y / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [0x15, 0x42, 0x73, 255];
const RED = [0xd5, 0x2b, 0x1e, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function pixel(x, y) {
  // rounded square background
  const r = 0.18;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return CLEAR;
  // the stake: a vertical bar with a pointed foot, striped red and white
  const half = 0.1;
  const top = 0.14,
    foot = 0.72,
    tip = 0.88;
  const inBar = Math.abs(x - 0.5) <= half && y >= top && y <= foot;
  const inTip = y > foot && y <= tip && Math.abs(x - 0.5) <= half * (1 - (y - foot) / (tip - foot));
  if (inBar || inTip) return Math.floor((y - top) / 0.145) % 2 === 0 ? RED : WHITE;
  return BLUE;
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../assets/icon/${size}.png`, import.meta.url), png(size, pixel));
}
console.log('icons written to assets/icon/');
