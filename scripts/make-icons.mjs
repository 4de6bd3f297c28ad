/**
 * Draws the extension's icon (public/icon/<size>.png): a white first-aid cross on a shop-bag shape, in green and
 * white, none of TikTok's colours (black, cyan #25F4EE, red #FE2C55). Node and zlib only: `node scripts/make-icons.mjs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128];
const GREEN = [21, 112, 74]; // #15704a
const WHITE = [255, 255, 255];
const HANDLE = [13, 74, 49]; // #0d4a31

/** Shape in a 0..1 square: which colour covers the point, or null (transparent). */
function colourAt(x, y) {
  // bag handle: a ring above the bag
  const hx = x - 0.5;
  const hy = y - 0.3;
  const r = Math.hypot(hx, hy * 1.1);
  const inBag = x > 0.1 && x < 0.9 && y > 0.3 && y < 0.94 && roundedCorner(x, y);
  if (!inBag && y < 0.34 && r > 0.16 && r < 0.24) return HANDLE;
  if (!inBag) return null;
  // the cross
  const cx = Math.abs(x - 0.5);
  const cy = Math.abs(y - 0.62);
  if ((cx < 0.08 && cy < 0.22) || (cx < 0.22 && cy < 0.08)) return WHITE;
  return GREEN;
}

function roundedCorner(x, y) {
  const rad = 0.1;
  const corners = [
    [0.1 + rad, 0.3 + rad],
    [0.9 - rad, 0.3 + rad],
    [0.1 + rad, 0.94 - rad],
    [0.9 - rad, 0.94 - rad],
  ];
  for (const [cx, cy] of corners) {
    const outX = (x < cx && cx < 0.5) || (x > cx && cx > 0.5);
    const outY = (y < cy && cy < 0.62) || (y > cy && cy > 0.62);
    if (outX && outY && Math.hypot(x - cx, y - cy) > rad) return false;
  }
  return true;
}

/** RGBA pixels, 4x4 supersampled for smooth edges. */
function render(size) {
  const px = Buffer.alloc(size * size * 4);
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((pxi + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + pxi) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a);
        px[i + 1] = Math.round(g / a);
        px[i + 2] = Math.round(b / a);
      }
      px[i + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function png(size) {
  const rgba = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), png(size));
console.log(`icons written to ${OUT}: ${SIZES.join(', ')} px`);
