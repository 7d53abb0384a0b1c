// Draws Sourcemark's icon (a highlighted line of text on a dark tile) as PNGs at the sizes browsers
// ask for. Run once with `node scripts/make-icons.mjs`; the PNGs are committed in public/icon/.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

// Shapes in a 0..1 unit square; later shapes paint over earlier ones.
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const SHAPES = [
  [roundedRect(0.02, 0.02, 0.98, 0.98, 0.2), [31, 42, 68]],
  [roundedRect(0.16, 0.24, 0.84, 0.32, 0.04), [236, 236, 240]],
  [roundedRect(0.12, 0.42, 0.88, 0.6, 0.05), [255, 196, 0]],
  [roundedRect(0.18, 0.47, 0.7, 0.55, 0.04), [31, 42, 68]],
  [roundedRect(0.16, 0.7, 0.62, 0.78, 0.04), [236, 236, 240]],
];

function draw(size) {
  const SS = 4; // supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const u = (x + (sx + 0.5) / SS) / size;
          const v = (y + (sy + 0.5) / SS) / size;
          let color = null;
          for (const [inside, c] of SHAPES) if (inside(u, v)) color = c;
          if (color) { r += color[0]; g += color[1]; b += color[2]; a += 255; }
        }
      }
      const n = SS * SS;
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const cover = a / 255;
      raw[i] = cover ? Math.round(r / cover) : 0;
      raw[i + 1] = cover ? Math.round(g / cover) : 0;
      raw[i + 2] = cover ? Math.round(b / cover) : 0;
      raw[i + 3] = Math.round(a / n);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; header[10] = 0; header[11] = 0; header[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, draw(size));
