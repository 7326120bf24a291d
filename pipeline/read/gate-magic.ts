/**
 * The first bytes of a file tell what it is. Only a zip (`PK\x03\x04`) can be an .xlsx; an OLE2
 * compound file (`D0 CF 11 E0`) is either an Excel 97–2003 `.xls` or an encrypted (password
 * protected) OOXML workbook, which Office stores as OLE2 with `EncryptionInfo` and
 * `EncryptedPackage` streams.
 */
import { unreadable, unsupported, type GateRefusal } from './gate-refusal';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** UTF-16LE bytes of an ASCII name, as OLE2 directory entries store stream names. */
function utf16le(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

export function isEncryptedOle2(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(utf16le('EncryptedPackage'));
}

/** undefined when the bytes may be an .xlsx (a zip); otherwise why not. */
export function checkMagic(bytes: Uint8Array): GateRefusal | undefined {
  if (bytes.length === 0) return unreadable('berkas kosong (0 byte)', 'the file is empty (0 bytes)');
  if (startsWith(bytes, ZIP)) return undefined;
  if (startsWith(bytes, OLE2)) {
    return isEncryptedOle2(bytes)
      ? unsupported('workbook terkunci kata sandi (terenkripsi)', 'password-protected (encrypted) workbook')
      : unsupported('Excel 97–2003 (.xls)');
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
