/**
 * What already sits at `--out` (issue 11, safe re-runs): nothing; a consolidation (of which city
 * and period), whose evaluator entries a re-run of the same month keeps; or another file, which is
 * refused unless `--force`. Whatever is replaced is first kept byte for byte as a dated backup
 * beside it: `konsolidasi-2025-05.bak-20250604-101500.xlsx`.
 */
import { constants } from 'node:fs';
import { copyFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { ReadIsolatedOptions } from '../read/read-isolated';
import type { PreviousConsolidation } from './read-previous-consolidation';
import { readPreviousFile } from './read-previous-file';

export type ExistingOutput =
  | { readonly kind: 'none' }
  | { readonly kind: 'consolidation'; readonly consolidation: PreviousConsolidation }
  | { readonly kind: 'other'; readonly reason: 'unreadable' | 'notConsolidation' };

/**
 * The file at `outPath` is read like `--previous`: in a worker, with the limits sized to what the
 * writer produces (a 1,000-OPD consolidation is ~36 MB, over an OPD file's 20 MB).
 */
export async function inspectExistingOutput(outPath: string, readOptions: ReadIsolatedOptions = {}): Promise<ExistingOutput> {
  const info = await stat(outPath).catch(() => undefined);
  if (!info) return { kind: 'none' };
  if (!info.isFile()) return { kind: 'other', reason: 'unreadable' };
  const read = await readPreviousFile(outPath, readOptions);
  if (!read.previous) return { kind: 'other', reason: 'unreadable' };
  return read.previous.ok ? { kind: 'consolidation', consolidation: read.previous.previous } : { kind: 'other', reason: 'notConsolidation' };
}

/** Same city: the Nama Kota of the file's Keterangan, compared as Daftar OPD codes are (case and spaces). */
export const sameCity = (a: string, b: string): boolean => a.trim().replace(/\s+/g, ' ').toLowerCase() === b.trim().replace(/\s+/g, ' ').toLowerCase();

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
/** `20250604-101500` in local time (what the bureau's clock shows). */
export const backupStamp = (now: Date): string =>
  `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;

/** Copies `path` byte for byte to `<name>.bak-<stamp>.xlsx` beside it (never over another file); returns the backup's path. */
export async function backUp(path: string, now: Date): Promise<string> {
  const ext = extname(path);
  const stem = join(dirname(path), `${basename(path, ext)}.bak-${backupStamp(now)}`);
  for (let n = 1; ; n += 1) {
    const candidate = `${stem}${n === 1 ? '' : `-${n}`}${ext}`;
    try {
      await copyFile(path, candidate, constants.COPYFILE_EXCL);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 1000) throw error;
    }
  }
}
