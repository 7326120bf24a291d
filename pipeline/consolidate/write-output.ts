/**
 * Writing the consolidated workbook, with the failures the bureau can act on said plainly: a full
 * disk (whatever layer noticed it first) and any other write error name the folder or file; the
 * old --out is untouched either way (write-atomic.ts).
 */
import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Lang } from '../../shared';
import { consolidateText } from './texts';

/** Below this many free bytes a failed write is taken to be a full disk. */
const NEARLY_FULL = 4 * 1024 * 1024;

async function diskFull(error: unknown, folder: string): Promise<boolean> {
  if ((error as NodeJS.ErrnoException).code === 'ENOSPC' || (error as NodeJS.ErrnoException).code === 'EDQUOT') return true;
  const free = await statfs(folder).then((s) => s.bavail * s.bsize).catch(() => undefined);
  return free !== undefined && free < NEARLY_FULL;
}

export async function writeOutput(write: () => Promise<void>, outPath: string, lang: Lang): Promise<void> {
  try {
    await write();
  } catch (error) {
    const text = consolidateText(lang);
    if (await diskFull(error, dirname(outPath))) throw new Error(text.diskFull(dirname(outPath)));
    throw new Error(text.writeFailed(outPath, error instanceof Error ? error.message : String(error)));
  }
}

export const previousUnreadable = (lang: Lang): string =>
  lang === 'en' ? 'it is not a readable .xlsx workbook (see the finding above)' : 'bukan workbook .xlsx yang terbaca (lihat temuan di atas)';
