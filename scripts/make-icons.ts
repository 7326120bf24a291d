/**
 * Draws the add-in's ribbon and manifest icons (16, 32, 64 and 80 px PNG) into `addin/assets/`:
 * a blue rounded square with three rising white bars. Run `npx tsx scripts/make-icons.ts` after
 * changing the drawing; the PNGs are committed so the build needs no image tools.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80] as const;

const BLUE: readonly [number, number, number] = [0x1f, 0x5f, 0xa8];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The colour and opacity of pixel (x, y) of an icon of `size` px. */
function pixel(x: number, y: number, size: number): [number, number, number, number] {
  const radius = size * 0.18;
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > radius) return [0, 0, 0, 0];
  const bars = [0.35, 0.55, 0.75];
  const bottom = size * 0.8;
  for (const [i, height] of bars.entries()) {
    const left = size * (0.2 + i * 0.22);
    const right = left + size * 0.16;
    if (x + 0.5 >= left && x + 0.5 <= right && y + 0.5 <= bottom && y + 0.5 >= bottom - size * height * 0.8) return [...WHITE, 255];
  }
  return [...BLUE, 255];
}

/** An RGBA PNG of the icon at `size` px. */
export function iconPng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < size; x++) rows.push(...pixel(x, y, size));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const iconFileName = (size: number): string => `icon-${size}.png`;

if (process.argv[1]?.endsWith('make-icons.ts')) {
  const dir = join(__dirname, '..', 'addin', 'assets');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(join(dir, iconFileName(size)), iconPng(size));
}
