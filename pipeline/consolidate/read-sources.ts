/**
 * Reads the input folder's files one by one, each in isolation: whatever one file holds, it can
 * only produce findings for itself. Every file gets its size and SHA-256 for the Sumber sheet.
 */
import { fileDigest } from '../read/file-digest';
import { makeFinding } from '../../shared';
import { readWorkbookFile } from '../read/read-workbook-file';
import { notReadFinding, type InputEntry } from './input-folder';
import type { SourceFile } from './consolidation-data';


export async function readSource(entry: InputEntry): Promise<SourceFile> {
  const base = { file: entry.file, path: entry.path, kodeOpd: '' };
  switch (entry.kind.kind) {
    case 'ignored':
      return { ...base, ...(await fileDigest(entry.path)), status: 'Diabaikan', findings: [notReadFinding(entry)!] };
    case 'unsupported':
      return { ...base, ...(await fileDigest(entry.path)), status: 'Tidak Terbaca', findings: [notReadFinding(entry)!] };
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
