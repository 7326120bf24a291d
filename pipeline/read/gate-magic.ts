/**
 * The first bytes of a file tell what it is. Only a zip (`PK\x03\x04`) can be an .xlsx; an OLE2
 * compound file (`D0 CF 11 E0`) is either an Excel 97–2003 `.xls` or an encrypted (password
 * protected) OOXML workbook, which Office stores as OLE2 with `EncryptionInfo` and
 * `EncryptedPackage` streams.
 */
import { encrypted, unreadable, unsupported, type GateRefusal } from './gate-refusal';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Names of the streams and storages in an OLE2 file's directory. Directory sectors start at a
 * multiple of the sector size (512 or 4096) and hold 128-byte entries: the name in UTF-16LE
 * (64 bytes), its length in bytes with the terminating NUL (uint16 at 64) and the object type
 * (byte 66: 1 storage, 2 stream, 5 root). Every 128-byte-aligned slot after the header is tried,
 * which finds the directory without following the FAT chains (a damaged FAT cannot hide it).
 */
export function ole2EntryNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = buffer.readUInt16LE(at + 64);
    const type = buffer[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (buffer.readUInt16LE(at + length - 2) !== 0) continue;
    const name = buffer.toString('utf16le', at, at + length - 2);
    if (/^[\u0001-\u0006]?[\x20-\x7e]+$/.test(name)) names.add(name.replace(/^[\u0001-\u0006]/, ''));
  }
  return names;
}

/** An encrypted OOXML workbook: OLE2 with `EncryptionInfo` and/or `EncryptedPackage` streams. */
export function isEncryptedOle2(bytes: Uint8Array): boolean {
  const names = ole2EntryNames(bytes);
  return names.has('EncryptedPackage') || names.has('EncryptionInfo');
}

function ole2Refusal(bytes: Uint8Array): GateRefusal {
  const names = ole2EntryNames(bytes);
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return encrypted();
  if (names.has('WordDocument')) return unsupported('Word 97–2003 (.doc)');
  if (names.has('PowerPoint Document')) return unsupported('PowerPoint 97–2003 (.ppt)');
  // `Workbook` / `Book` stream, or a directory too damaged to tell: most likely an old Excel file.
  return unsupported('Excel 97–2003 (.xls)');
}

/** undefined when the bytes may be an .xlsx (a zip); otherwise why not. */
export function checkMagic(bytes: Uint8Array): GateRefusal | undefined {
  if (bytes.length === 0) return unreadable('berkas kosong (0 byte)', 'the file is empty (0 bytes)');
  if (startsWith(bytes, ZIP)) return undefined;
  if (startsWith(bytes, OLE2)) {
    return ole2Refusal(bytes);
  }
  if (startsWith(bytes, EMPTY_ZIP)) return unreadable('arsip zip kosong, bukan workbook Excel', 'an empty zip archive, not an Excel workbook');
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('%pdf')) return unsupported('PDF');
  if (head.startsWith('<?xml') || head.startsWith('<html') || head.startsWith('<!doctype') || head.startsWith('<table')) {
    return unsupported('XML/HTML (lembar kerja lama atau ekspor web)', 'XML/HTML (old spreadsheet or web export)');
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return unsupported('RTF');
  return unreadable('bukan berkas .xlsx (tanda zip tidak ditemukan)', 'not an .xlsx file (no zip signature)');
}
