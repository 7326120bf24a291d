/**
 * Writes a file so that readers never see half of it: the bytes go to a temporary file in the
 * same directory (same file system, so the rename is atomic), which is flushed and then renamed
 * over the target. On any failure the temporary file is removed and the target is untouched.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Test-only: with `SAKIP_TEST_PAUSE_BEFORE_RENAME=<ms>` in the environment, the writer announces
 * `sakip-test: paused before rename <temporary path>` on stderr once the temporary file is
 * written and flushed, and waits that long before renaming, so a test can kill the process at
 * exactly that moment (test/pipeline/data-safety.test.ts). Unset, it costs nothing.
 */
export const PAUSE_BEFORE_RENAME_ENV = 'SAKIP_TEST_PAUSE_BEFORE_RENAME';

async function testPauseBeforeRename(temporary: string): Promise<void> {
  const value = process.env[PAUSE_BEFORE_RENAME_ENV];
  if (value === undefined || value === '') return;
  const ms = Number(value);
  process.stderr.write(`sakip-test: paused before rename ${temporary}\n`);
  await new Promise((resolve) => setTimeout(resolve, Number.isFinite(ms) && ms > 0 ? ms : 60_000));
}

/** The temporary name used for `target`: hidden, in the same directory, unique per call. */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

const TEMPORARY = /^\.(.*)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed run left for `target` (same folder, same name, a process
 * that no longer runs); returns how many. A running writer's temporary file is left alone.
 */
export async function removeStaleTemporaries(target: string): Promise<number> {
  const entries = await readdir(dirname(target)).catch(() => [] as string[]);
  let removed = 0;
  for (const entry of entries) {
    const match = TEMPORARY.exec(entry);
    if (!match || match[1] !== basename(target) || processAlive(Number(match[2]))) continue;
    await rm(join(dirname(target), entry), { force: true });
    removed += 1;
  }
  return removed;
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await testPauseBeforeRename(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Like writeFileAtomic, for content produced piece by piece: `write` gets the temporary file's
 * descriptor and writes to it synchronously (the streaming workbook writer), so the content is
 * never held in memory whole.
 */
export async function writeFileAtomicWith(target: string, write: (fd: number) => void): Promise<void> {
  const temporary = temporaryPathFor(target);
  try {
    const fd = openSync(temporary, 'wx');
    try {
      write(fd);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    await testPauseBeforeRename(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes an exceljs workbook (or anything with `xlsx.writeBuffer`) atomically. */
export async function writeWorkbookAtomic(target: string, workbook: { xlsx: { writeBuffer(): Promise<unknown> } }): Promise<void> {
  const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  await writeFileAtomic(target, buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer));
}
