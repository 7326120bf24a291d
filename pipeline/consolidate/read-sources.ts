/**
 * Reads the input folder's files one by one, each in isolation: whatever one file holds, it can
 * only produce findings for itself. Every file gets its size and SHA-256 for the Sumber sheet.
 */
import { fileDigest } from '../read/file-digest';
import { makeFinding } from '../../shared/findings/make-finding';
import { readWorkbookFile } from '../read/read-workbook-file';
import type { InputEntry } from './input-folder';
import type { SourceFile } from './model';


export async function readSource(entry: InputEntry): Promise<SourceFile> {
  const base = { file: entry.file, path: entry.path, kodeOpd: '' };
  switch (entry.kind.kind) {
    case 'ignored':
      return { ...base, ...(await fileDigest(entry.path)), status: 'Diabaikan', findings: [makeFinding('FILE_IGNORED', { file: entry.file }, { reason: entry.kind.reason })] };
    case 'unsupported':
      return { ...base, ...(await fileDigest(entry.path)), status: 'Tidak Terbaca', findings: [makeFinding('FILE_FORMAT_UNSUPPORTED', { file: entry.file }, { format: entry.kind.format })] };
    case 'xlsx':
      try {
        const read = await readWorkbookFile(entry.path, { file: entry.file });
        return read.table
          ? { ...base, size: read.size, sha256: read.sha256, status: 'Dibaca', findings: [...read.findings], table: read.table }
          : { ...base, size: read.size, sha256: read.sha256, status: 'Tidak Terbaca', findings: [...read.findings] };
      } catch (error) {
        return { ...base, ...(await fileDigest(entry.path)), status: 'Tidak Terbaca', findings: [makeFinding('FILE_UNREADABLE', { file: entry.file }, { reason: String(error).slice(0, 200) })] };
      }
  }
}
