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
  const file = options.file ?? basename(path);
  const { file: _file, ...pool } = options;
  // One worker (or, with `size: 0`, this thread: tests and tools that ask for no isolation).
  const [outcome] = await readFilesIsolated([{ path, file }], { ...pool, size: pool.size === 0 ? 0 : 1 });
  return { file: outcome!.file, size: outcome!.size, sha256: outcome!.sha256, findings: outcome!.findings, ...(outcome!.table ? { table: outcome!.table } : {}) };
}
