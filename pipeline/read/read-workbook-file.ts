/**
 * Reads one workbook file into the core's table form, never throwing for bad input: a file that
 * cannot be read, is in another format or is refused by the gate gives a FILE_UNREADABLE or
 * FILE_FORMAT_UNSUPPORTED finding instead of a table. The gate (gate.ts) runs before any parser
 * sees a byte; the table is read by the SAX reader (xlsx-sax-reader.ts: zlib + saxes), which
 * gives the same table as exceljs's document reader (`parseWorkbookBytes` in test/support/table-from-exceljs.ts,
 * the reference the equivalence test compares against) in a fraction of the time and memory, and
 * keeps exceljs out of the read workers. exceljs's streaming reader is never used: it corrupts
 * multi-byte text and loses shared strings stored last in the zip.
 *
 * The file is read synchronously: this runs in a read worker, one file after the other, where
 * each asynchronous read left the worker waiting on libuv's thread pool (~6 % of the workers' time
 * on the 1,000-workbook benchmark, issue 15). A file over the size cap is only streamed through
 * the hash, never read whole.
 */
import { sha256OfFile } from './file-digest';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Finding, WorkbookTable } from '../../shared';
import { gateZipParts } from './gate';
import { readLimits, type ReadLimits } from './gate-limits';
import { readIfHtmlExport } from './gate-html';
import { GateError, megabytes, refusalFinding, unreadable } from './gate-refusal';
import { parseXlsxParts } from './xlsx-sax-reader';

export interface WorkbookFileRead {
  /** The file's base name, as findings name it. */
  readonly file: string;
  /** Size in bytes (0 when the file could not be opened). */
  readonly size: number;
  /** SHA-256 of the file's bytes, lowercase hex ('' when the file could not be opened). */
  readonly sha256: string;
  /** The workbook's cells; absent when the file was not read. */
  readonly table?: WorkbookTable;
  /** Why the file was not read; with `table`: what it was read as (FILE_HTML_EXPORT), else empty. */
  readonly findings: Finding[];
}

export interface ReadWorkbookOptions {
  /** Overrides of the gate's limits (gate-limits.ts). */
  readonly limits?: Partial<ReadLimits>;
  /** The name findings use; default: the path's base name. */
  readonly file?: string;
  /** Parse only the sheets of these names (xlsx-sax-reader.ts `parseXlsxParts`); default: every sheet. */
  readonly sheets?: readonly string[];
}


function osReason(error: unknown): { id: string; en: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { id: 'berkas tidak ditemukan', en: 'file not found' };
    case 'EACCES':
    case 'EPERM':
      return { id: 'tidak ada izin membaca berkas', en: 'no permission to read the file' };
    case 'EISDIR':
      return { id: 'ini folder, bukan berkas', en: 'this is a folder, not a file' };
    default:
      return { id: `berkas tidak dapat dibuka (${code ?? 'galat'})`, en: `the file cannot be opened (${code ?? 'error'})` };
  }
}

export async function readWorkbookFile(path: string, options: ReadWorkbookOptions = {}): Promise<WorkbookFileRead> {
  const file = options.file ?? basename(path);
  const limits = readLimits(options.limits);
  let size = 0;
  let sha256 = '';
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = info.size;
    if (size > limits.maxFileBytes) {
      sha256 = await sha256OfFile(path);
      const refusal = unreadable(`berkas terlalu besar (${megabytes(size)}; batas ${megabytes(limits.maxFileBytes)})`, `file too large (${megabytes(size)}; limit ${megabytes(limits.maxFileBytes)})`);
      return { file, size, sha256, findings: [refusalFinding(file, refusal)] };
    }
    const bytes = readFileSync(path);
    size = bytes.byteLength;
    sha256 = createHash('sha256').update(bytes).digest('hex');
    const html = readIfHtmlExport(bytes, file, limits);
    if (html) return { file, size, sha256, ...(html.table ? { table: html.table } : {}), findings: html.findings };
    // Zip-level gate, then one SAX pass per part that enforces the XML limits as it goes (issue 15).
    const passed = gateZipParts(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
    const table = parseXlsxParts(passed, file, limits, options.sheets);
    return { file, size, sha256, table, findings: [] };
  } catch (error) {
    if (error instanceof GateError) return { file, size, sha256, findings: [refusalFinding(file, error.refusal)] };
    const reason = sha256 === '' ? osReason(error) : { id: `galat tak terduga (${String(error).slice(0, 200)})`, en: `unexpected error (${String(error).slice(0, 200)})` };
    return { file, size, sha256, findings: [refusalFinding(file, unreadable(reason.id, reason.en))] };
  }
}
