/**
 * The files of the input folder, sorted by name, each classified: an `.xlsx` to read, another
 * spreadsheet format (reported as unsupported: it is most likely a submission saved wrongly),
 * or anything else (ignored: Excel lock files `~$….xlsx`, hidden files, documents, the city
 * workbook or the previous consolidation when they sit in the folder). Sub-folders are not read.
 */
import { readdir } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Finding } from '../../shared/findings/finding';
import { makeFinding } from '../../shared/findings/make-finding';

export type InputKind =
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'unsupported'; readonly format: string }
  | { readonly kind: 'ignored'; readonly reason: string };

export interface InputEntry {
  readonly file: string;
  readonly path: string;
  readonly kind: InputKind;
}

const SPREADSHEET_FORMATS: Record<string, string> = {
  '.xls': 'Excel 97–2003 (.xls)',
  '.xlsm': 'Excel dengan makro (.xlsm)',
  '.xlsb': 'Excel biner (.xlsb)',
  '.ods': 'OpenDocument (.ods)',
  '.csv': 'CSV',
  '.numbers': 'Apple Numbers',
};

export function classify(file: string, path: string, special: ReadonlyMap<string, string>): InputKind {
  const own = special.get(resolve(path));
  if (own) return { kind: 'ignored', reason: own };
  if (file.startsWith('~$')) return { kind: 'ignored', reason: 'berkas kunci sementara Excel (~$)' };
  if (file.startsWith('.')) return { kind: 'ignored', reason: 'berkas tersembunyi' };
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return { kind: 'xlsx' };
  const format = SPREADSHEET_FORMATS[ext];
  if (format) return { kind: 'unsupported', format };
  return { kind: 'ignored', reason: 'bukan workbook .xlsx' };
}

/** `special`: absolute paths that are not submissions (city workbook, previous consolidation) → why. */
export async function listInputFolder(folder: string, special: ReadonlyMap<string, string>): Promise<InputEntry[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) => {
      const path = join(folder, file);
      return { file, path, kind: classify(file, path, special) };
    });
}

/** The finding of a file that is not read (FILE_IGNORED, FILE_FORMAT_UNSUPPORTED); none for an .xlsx. */
export function notReadFinding(entry: InputEntry): Finding | undefined {
  switch (entry.kind.kind) {
    case 'ignored':
      return makeFinding('FILE_IGNORED', { file: entry.file }, { reason: entry.kind.reason });
    case 'unsupported':
      return makeFinding('FILE_FORMAT_UNSUPPORTED', { file: entry.file }, { format: entry.kind.format });
    case 'xlsx':
      return undefined;
  }
}
