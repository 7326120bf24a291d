/**
 * A zip writer for hostile test files: unlike a real zip library it writes whatever it is told —
 * any entry name (absolute, `..`, backslashes, NUL), declared sizes that lie, flags, methods —
 * so the gate's checks can be exercised. Test-only.
 */
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';

export interface RawEntry {
  readonly name: string | Uint8Array;
  /** The content, inflated. */
  readonly data: Uint8Array;
  /** 0 stored, 8 deflate (default). */
  readonly method?: 0 | 8;
  /** Overrides the declared inflated size (central directory and local header). */
  readonly declaredSize?: number;
  /** General-purpose flags (bit 0: encrypted). */
  readonly flags?: number;
  /** Written as a local entry only, absent from the central directory (what a streaming reader would still see). */
  readonly hidden?: boolean;
}

const u16 = (value: number): Uint8Array => new Uint8Array(new Uint16Array([value]).buffer);
const u32 = (value: number): Uint8Array => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0, true);
  return out;
};

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? new TextEncoder().encode(entry.name) : entry.name;
    const method = entry.method ?? 8;
    const body = method === 8 ? deflateSync(entry.data, { level: 1 }) : entry.data;
    const crc = crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const flags = entry.flags ?? 0x0800; // UTF-8 names
    const common = [u16(20), u16(flags), u16(method), u16(0), u16(0x21), u32(crc), u32(body.length), u32(size), u16(name.length), u16(0)];
    const local = concat([u32(0x04034b50), ...common, name, body]);
    if (!entry.hidden) centrals.push(concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(centrals);
  const end = concat([u32(0x06054b50), u16(0), u16(0), u16(centrals.length), u16(centrals.length), u32(directory.length), u32(offset), u16(0)]);
  return concat([...locals, directory, end]);
}
