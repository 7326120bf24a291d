/**
 * A consolidation read for the carry-over (`--previous`, or what sits at `--out`): in a worker,
 * through the gate, with the limits sized for a consolidation (read-previous-consolidation.ts).
 * Only the sheets the carry-over reads are parsed, and only its reading of them comes back, never
 * the table (read-worker.ts, `previous` jobs): a 1,000-OPD consolidation (36 MB, ~300,000 Kinerja
 * and Pohon rows) used to be parsed whole and sent back as a table, ~38 s and 3.3 GB of a re-run.
 */
import { basename } from 'node:path';
import type { Finding } from '../../shared';
import type { ReadIsolatedOptions } from '../read/read-isolated';
import { readFilesIsolated } from '../read/worker-pool';
import { withConsolidationLimits, type PreviousRead } from './read-previous-consolidation';

export interface PreviousFileRead {
  /** The name findings use. */
  readonly file: string;
  /** Why the file was not read (no `previous` then). */
  readonly findings: Finding[];
  /** The carry-over's reading of it, when the file was read. */
  readonly previous?: PreviousRead;
}

export async function readPreviousFile(path: string, options: ReadIsolatedOptions = {}): Promise<PreviousFileRead> {
  const { file, ...pool } = withConsolidationLimits(options);
  const [outcome] = await readFilesIsolated([{ path, file: file ?? basename(path), previous: true }], pool);
  return { file: outcome!.file, findings: outcome!.findings, ...(outcome!.previous ? { previous: outcome!.previous } : {}) };
}
