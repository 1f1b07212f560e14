// Draws examples/logo-cvrh-lyon.png, the fictitious logo of the hybrid example's producer: a square
// in bleu France with three white steps and a red line, as a small palette PNG (no dependency).
// Usage: node scripts/make-example-logo.mjs
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZE = 240;
const PALETTE = [
  [255, 255, 255], // 0: white (outside the rounded corners too)
  [0, 0, 145], // 1: bleu France #000091
  [225, 0, 15], // 2: rouge Marianne #E1000F
];

/** The colour index at (x, y). */
function colourAt(x, y) {
  const radius = 36;
  const cx = Math.min(Math.max(x, radius), SIZE - 1 - radius);
  const cy = Math.min(Math.max(y, radius), SIZE - 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return 0; // rounded corner
  // Three ascending steps, white on blue.
  const steps = [
    { x0: 48, x1: 92, top: 128 },
    { x0: 100, x1: 144, top: 96 },
    { x0: 152, x1: 196, top: 64 },
  ];
  for (const s of steps) if (x >= s.x0 && x < s.x1 && y >= s.top && y < 168) return 0;
  if (x >= 48 && x < 196 && y >= 180 && y < 192) return 2;
  return 1;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 3; // palette colour
const rows = [];
for (let y = 0; y < SIZE; y++) {
  rows.push(0); // filter: none
  for (let x = 0; x < SIZE; x++) rows.push(colourAt(x, y));
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("PLTE", Buffer.from(PALETTE.flat())),
  chunk("IDAT", deflateSync(Buffer.from(rows), { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
const out = new URL("../examples/logo-cvrh-lyon.png", import.meta.url);
writeFileSync(out, png);
console.log(`examples/logo-cvrh-lyon.png (${png.length} octets)`);
