/**
 * One workbook file read in a worker thread, under the same gate and the same per-file time and
 * memory limits as every OPD file (worker-pool.ts): the city workbook and `--previous` go through
 * here, so no input is ever read on the main thread without a bound. A file stopped at a limit, or
 * whose reader crashed, gives its finding (FILE_TOO_SLOW, FILE_TOO_LARGE_IN_MEMORY,
 * FILE_UNREADABLE) instead of a table, exactly as an OPD file would.
 */
import { basename } from 'node:path';
import type { ReadLimits } from './gate-limits';
import type { WorkbookFileRead } from './read-workbook-file';
import { readFilesIsolated, type ReadPoolOptions } from './worker-pool';

export interface ReadIsolatedOptions extends Omit<ReadPoolOptions, 'city' | 'limits'> {
  /** Overrides of the gate's limits (gate-limits.ts). */
  readonly limits?: Partial<ReadLimits>;
  /** The name findings use; default: the path's base name. */
  readonly file?: string;
}

export async function readWorkbookIsolated(path: string, options: ReadIsolatedOptions = {}): Promise<WorkbookFileRead> {
  const { file, ...pool } = options;
  const [read] = await readWorkbooksIsolated([path], pool, file === undefined ? undefined : [file]);
  return read!;
}

/**
 * Several files at once (the city workbook and `--previous`: read side by side, one worker each),
 * in the order given. `files`: the names findings use (default: the paths' base names).
 */
export async function readWorkbooksIsolated(paths: readonly string[], options: Omit<ReadIsolatedOptions, 'file'> = {}, files?: readonly string[]): Promise<WorkbookFileRead[]> {
  const jobs = paths.map((path, i) => ({ path, file: files?.[i] ?? basename(path) }));
  // Workers up to the pool's size (or, with `size: 0`, this thread: tests and tools that ask for no isolation).
  const outcomes = await readFilesIsolated(jobs, { ...options, size: options.size === 0 ? 0 : Math.min(options.size ?? jobs.length, jobs.length) });
  return outcomes.map((o) => ({ file: o.file, size: o.size, sha256: o.sha256, findings: o.findings, ...(o.table ? { table: o.table } : {}) }));
}
