/**
 * Reads a zip's central directory without inflating anything, and inflates single entries with a
 * hard bound: the inflater stops as soon as an entry produces more bytes than it declared or than
 * the limits allow, so a zip bomb costs at most the limit, never the bomb.
 */
import { inflateRawSync } from 'node:zlib';
import { COMPRESSION_RATIO_FROM_BYTES, type ReadLimits } from './gate-limits';
import { encrypted, GateError, megabytes, unreadable } from './gate-refusal';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
/** Bounds of zlib's output chunk (its minimum is 64 bytes); a part larger than MAX_CHUNK comes in several. */
const MIN_CHUNK = 64;
const MAX_CHUNK = 64 * 1024 * 1024;

const damaged = (detail: string, detailEn: string): GateError =>
  new GateError(unreadable(`berkas zip rusak atau terpotong (${detail})`, `damaged or truncated zip (${detailEn})`));

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let offset = last; offset >= first; offset--) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

/**
 * Why an entry name is unsafe (undefined when it is safe): OOXML part names are relative, use `/`
 * only, and have no `.`/`..` segment, NUL or control character. A parser or a later extraction
 * that trusted such a name could write or read outside the package ("zip slip").
 */
export function unsafeNameReason(name: string): { id: string; en: string } | undefined {
  if (name.length === 0 || name.length > 512) return { id: 'nama kosong atau terlalu panjang', en: 'empty or too long' };
  if (/[\u0000-\u001f\u007f]/.test(name)) return { id: 'memuat karakter NUL/kontrol', en: 'holds a NUL/control character' };
  if (name.includes('\\')) return { id: 'memuat garis miring terbalik (\\)', en: 'holds a backslash (\\)' };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return { id: 'jalur absolut', en: 'absolute path' };
  if (name.split('/').some((segment) => segment === '..' || segment === '.')) return { id: 'memuat segmen ..', en: 'holds a .. segment' };
  return undefined;
}

/** The name as messages show it: control characters visible, at most 80 characters. */
export function shownName(name: string): string {
  const visible = name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}...` : visible;
}

/** Every entry of the zip's central directory, checked against the limits; throws GateError. */
export function listZipEntries(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw damaged('terlalu pendek', 'too short');
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw damaged('direktori pusat tidak ditemukan', 'central directory not found');
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === ZIP64_MARK) throw new GateError(unreadable('format ZIP64 tidak didukung', 'ZIP64 is not supported'));
  if (count > limits.maxZipEntries) {
    throw new GateError(unreadable(`terlalu banyak bagian di dalam zip (${count}; batas ${limits.maxZipEntries})`, `too many parts in the zip (${count}; limit ${limits.maxZipEntries})`));
  }
  if (directoryOffset + directorySize > eocd) throw damaged('direktori pusat di luar berkas', 'central directory out of bounds');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let offset = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw damaged('entri direktori rusak', 'bad directory entry');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    if (offset + 46 + nameLength > eocd) throw damaged('nama entri terpotong', 'truncated entry name');
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;

    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK) throw new GateError(unreadable('format ZIP64 tidak didukung', 'ZIP64 is not supported'));
    // A zip-level password (PKWARE or AES): to the sender it is a password-protected workbook too.
    if (flags & 0x1) throw new GateError(encrypted());
    if (method !== 0 && method !== 8) throw new GateError(unreadable(`metode kompresi ${method} tidak didukung`, `compression method ${method} is not supported`));
    const unsafe = unsafeNameReason(name);
    if (unsafe) throw new GateError(unreadable(`nama bagian zip tidak aman: "${shownName(name)}" (${unsafe.id})`, `unsafe zip entry name: "${shownName(name)}" (${unsafe.en})`));
    const key = name.toLowerCase();
    if (names.has(key)) throw new GateError(unreadable(`bagian zip ganda: ${name}`, `duplicate zip entry: ${name}`));
    names.add(key);
    if (method === 0 && compressedSize !== uncompressedSize) throw damaged('ukuran bagian tidak konsisten', 'inconsistent entry sizes');
    if (localHeaderOffset + 30 + compressedSize > bytes.byteLength) throw damaged('data bagian di luar berkas', 'entry data out of bounds');
    if (uncompressedSize > limits.maxEntryBytes) {
      throw new GateError(unreadable(`bagian ${name} terlalu besar setelah diekstrak (${megabytes(uncompressedSize)}; batas ${megabytes(limits.maxEntryBytes)})`, `part ${name} is too large when inflated (${megabytes(uncompressedSize)}; limit ${megabytes(limits.maxEntryBytes)})`));
    }
    if (uncompressedSize > COMPRESSION_RATIO_FROM_BYTES && uncompressedSize > compressedSize * limits.maxCompressionRatio) {
      const ratio = Math.round(uncompressedSize / Math.max(1, compressedSize));
      throw new GateError(
        unreadable(
          `bagian ${shownName(name)} mengembang ${ratio} kali saat diekstrak (batas ${limits.maxCompressionRatio} kali; bom zip?)`,
          `part ${shownName(name)} inflates ${ratio} times (limit ${limits.maxCompressionRatio} times; zip bomb?)`,
        ),
      );
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw new GateError(unreadable(`isi zip terlalu besar setelah diekstrak (batas ${megabytes(limits.maxTotalBytes)})`, `zip content too large when inflated (limit ${megabytes(limits.maxTotalBytes)})`));
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
  }
  return entries;
}

/**
 * The entry's bytes, inflated. Never produces more than the entry declared: a part whose real size
 * differs from its declared size is refused (zip bombs lie about it).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw damaged('header lokal rusak', 'bad local header');
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) throw damaged('data bagian terpotong', 'truncated entry data');
  const raw = bytes.subarray(start, end);
  if (entry.method === 0) return raw;

  const tooLarge = (): GateError =>
    new GateError(unreadable(`ukuran asli bagian ${entry.name} melebihi ukuran yang dinyatakan (bom zip?)`, `the real size of part ${entry.name} exceeds its declared size (zip bomb?)`));
  let out: Buffer;
  try {
    // Native zlib, bounded: it stops with ERR_BUFFER_TOO_LARGE one byte past the declared size. One
    // output chunk of the declared size, so nothing is joined afterwards.
    out = inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1, chunkSize: Math.max(MIN_CHUNK, Math.min(entry.uncompressedSize + 1, MAX_CHUNK)) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw damaged(`bagian ${entry.name} tidak dapat diekstrak`, `part ${entry.name} cannot be inflated`);
  }
  if (out.length > entry.uncompressedSize) throw tooLarge();
  if (out.length !== entry.uncompressedSize) throw damaged(`ukuran bagian ${entry.name} tidak sesuai`, `size of part ${entry.name} does not match`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
