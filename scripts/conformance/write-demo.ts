/**
 * Conformance generator: the demo's three monthly consolidations (`npm run demo`, evaluator edits
 * carried month to month) run in a scratch folder; the consolidations are copied into the folder
 * given (the sample OPD inputs are not, some are broken on purpose).
 */
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tempFolder } from '../../test/support/consolidate-scenario';
import { runDemo } from '../demo/run-demo';
import { runGenerator } from './sakip-in-process';

runGenerator(async (folder) => {
  const scratch = await tempFolder('demo');
  try {
    const result = await runDemo({ outDir: scratch });
    await mkdir(folder, { recursive: true });
    for (const month of result.months) await copyFile(join(scratch, month.output), join(folder, month.output));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
