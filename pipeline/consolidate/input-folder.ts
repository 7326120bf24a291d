/**
 * The files of the input folder as they arrive from e-mail and chat, sorted by path, each
 * classified: an `.xlsx` (or `.xls`: web applications' exports) to read, another spreadsheet format (reported as unsupported: most
 * likely a submission saved wrongly), or something ignored with its reason (lock files of Excel
 * and LibreOffice, Windows and macOS system files, hidden files, documents, the city workbook or
 * the previous consolidation when they sit in the folder). Sub-folders are read down to
 * MAX_DEPTH levels (a deeper folder is listed, not read); a symlinked file is read, a link to a
 * folder or a broken link is listed with the reason; a name that is not valid UTF-8 is read
 * through an alias with a valid name and shown as Windows-1252 text. Loops, not recursion.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat, symlink } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { type Finding, makeFinding } from '../../shared';

/** Folder levels below the input folder that are read (`DINKES/mei/dinkes.xlsx` is level 2). */
export const MAX_DEPTH = 3;

export type InputKind =
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'unsupported'; readonly format: string }
  | { readonly kind: 'ignored'; readonly reason: string };

export interface InputEntry {
  /** The path relative to the input folder, `/`-separated: the name findings and Sumber use. */
  readonly file: string;
  /** An absolute path that opens the file (an alias for a name that is not valid UTF-8). */
  readonly path: string;
  readonly kind: InputKind;
}

const SPREADSHEET_FORMATS: Record<string, string> = {
  '.xlsm': 'Excel dengan makro (.xlsm)',
  '.xlsb': 'Excel biner (.xlsb)',
  '.ods': 'OpenDocument (.ods)',
  '.csv': 'CSV',
  '.numbers': 'Apple Numbers',
};

const SYSTEM_FILES: Record<string, string> = {
  'thumbs.db': 'berkas sistem Windows (Thumbs.db)',
  'desktop.ini': 'berkas sistem Windows (desktop.ini)',
  '.ds_store': 'berkas sistem macOS (.DS_Store)',
};

/** `file`: the base name. */
export function classify(file: string, path: string, special: ReadonlyMap<string, string>): InputKind {
  const own = special.get(resolve(path));
  if (own) return { kind: 'ignored', reason: own };
  const system = SYSTEM_FILES[file.toLowerCase()];
  if (system) return { kind: 'ignored', reason: system };
  if (file.startsWith('~$')) return { kind: 'ignored', reason: 'berkas kunci sementara Excel (~$…)' };
  if (file.startsWith('.~lock.')) return { kind: 'ignored', reason: 'berkas kunci LibreOffice (.~lock…#)' };
  if (file.startsWith('._')) return { kind: 'ignored', reason: 'berkas metadata macOS (._…)' };
  if (file.startsWith('.')) return { kind: 'ignored', reason: 'berkas tersembunyi' };
  const ext = extname(file).toLowerCase();
  // A `.xls` is read too: web applications' "Excel" exports are HTML pages with that name (read as
  // a table); a real Excel 97–2003 file gets its FILE_FORMAT_UNSUPPORTED from the reading gate.
  if (ext === '.xlsx' || ext === '.xls') return { kind: 'xlsx' };
  const format = SPREADSHEET_FORMATS[ext];
  if (format) return { kind: 'unsupported', format };
  return { kind: 'ignored', reason: 'bukan workbook .xlsx' };
}

const WINDOWS_1252 = new TextDecoder('windows-1252');

/** The name as text: UTF-8 when it is valid, else Windows-1252 (what old zip tools write). */
function nameOf(raw: Buffer): { name: string; utf8: boolean } {
  const name = raw.toString('utf8');
  if (Buffer.from(name, 'utf8').equals(raw)) return { name, utf8: true };
  return { name: WINDOWS_1252.decode(raw), utf8: false };
}

export interface ListOptions {
  /** A folder of this run where aliases of files whose name is not valid UTF-8 are made. */
  readonly aliasFolder?: string;
}

/**
 * `special`: absolute paths that are not submissions (city workbook, previous consolidation, the
 * output) → why.
 */
export async function listInputFolder(folder: string, special: ReadonlyMap<string, string>, options: ListOptions = {}): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const folders: { raw: Buffer; rel: string; depth: number }[] = [{ raw: Buffer.from(folder), rel: '', depth: 0 }];
  let aliases = 0;
  for (let next = folders.pop(); next; next = folders.pop()) {
    const dirents = (await readdir(next.raw, { withFileTypes: true, encoding: 'buffer' })) as unknown as Dirent<Buffer>[];
    for (const dirent of dirents) {
      const { name, utf8 } = nameOf(dirent.name);
      const raw = Buffer.concat([next.raw, Buffer.from('/'), dirent.name]);
      const rel = next.rel ? `${next.rel}/${name}` : name;
      const ignored = (reason: string): void => void entries.push({ file: rel, path: raw.toString('utf8'), kind: { kind: 'ignored', reason } });
      let isFile = dirent.isFile();
      let isFolder = dirent.isDirectory();
      if (dirent.isSymbolicLink()) {
        const target = await stat(raw).catch(() => undefined);
        if (!target) {
          ignored('tautan (symlink) yang tujuannya tidak ada');
          continue;
        }
        if (target.isDirectory()) {
          ignored('tautan (symlink) ke folder; folder tautan tidak dibaca');
          continue;
        }
        isFile = target.isFile();
        isFolder = false;
      }
      if (isFolder) {
        if (next.depth + 1 > MAX_DEPTH) ignored(`folder lebih dalam dari ${MAX_DEPTH} tingkat; isinya tidak dibaca`);
        else folders.push({ raw, rel, depth: next.depth + 1 });
        continue;
      }
      if (!isFile) {
        ignored('bukan berkas biasa');
        continue;
      }
      let path = raw.toString('utf8');
      if (!utf8) {
        if (!options.aliasFolder) {
          ignored('nama berkas bukan UTF-8');
          continue;
        }
        aliases += 1;
        path = join(options.aliasFolder, `${aliases}${extname(name)}`);
        await symlink(raw, path);
      }
      const real = await realpath(raw).then((p) => p.toString()).catch(() => path);
      entries.push({ file: rel, path, kind: classify(name, real, special) });
    }
  }
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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
