// Draws images/icon.png (128x128): a letter page with a green check on a navy tile.
// Plain Node (zlib only), so the icon can be regenerated anywhere: `node images/make-icon.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 128;
const SS = 4; // supersampling per axis, for anti-aliased edges

const NAVY = [31, 58, 95];
const PAGE = [250, 250, 247];
const FOLD = [214, 220, 228];
const INK = [120, 134, 156];
const GREEN = [46, 160, 67];
const WHITE = [255, 255, 255];

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const distToSegment = (x, y, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

// Colour of one point, or null for transparent. Later layers paint over earlier ones.
function shade(x, y) {
  let c = null;
  if (inRoundRect(x, y, 2, 2, 126, 126, 22)) c = NAVY;
  // the page, with its top-right corner folded
  const [px0, py0, px1, py1, fold] = [28, 16, 92, 108, 18];
  if (x >= px0 && x <= px1 && y >= py0 && y <= py1 && x - px1 + fold <= y - py0) c = PAGE;
  const inCorner = x >= px1 - fold && x <= px1 && y >= py0 && y <= py0 + fold;
  if (inCorner && x - (px1 - fold) <= y - py0) c = FOLD; // the flap, under the cut-off diagonal
  // text lines: a caption, then body lines
  const lines = [[38, 30, 64, 5], [38, 44, 82, 4], [38, 54, 82, 4], [38, 64, 74, 4], [38, 78, 66, 4], [38, 88, 58, 4]];
  for (const [lx0, ly, lx1, h] of lines) if (inRoundRect(x, y, lx0, ly, lx1, ly + h, h / 2)) c = INK;
  // the check badge
  const [bx, by, br] = [90, 92, 24];
  const d = Math.hypot(x - bx, y - by);
  if (d <= br + 4) c = NAVY;
  if (d <= br) c = GREEN;
  if (Math.min(distToSegment(x, y, 78, 92, 87, 102), distToSegment(x, y, 87, 102, 103, 82)) <= 4) c = d <= br ? WHITE : c;
  return c;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // PNG filter: none
  for (let x = 0; x < SIZE; x++) {
    let [r, g, b, a] = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = shade(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
      }
    }
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0); ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(path.dirname(new URL(import.meta.url).pathname), 'icon.png');
fs.writeFileSync(out, png);
console.log(`${out}: ${png.length} bytes`);
