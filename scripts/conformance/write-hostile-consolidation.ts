/**
 * Conformance generator: the hostile corpus (test/support/hostile-corpus.ts) materialised into a
 * scratch folder — its inputs are broken on purpose, so they are not checked — and consolidated
 * into the folder given, then used as the next run's `--previous`.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeHostileFolder } from '../../test/support/hostile-corpus';
import { runGenerator, sakip } from './sakip-in-process';

runGenerator(async (folder) => {
  const corpus = await writeHostileFolder();
  try {
    const first = join(folder, 'konsolidasi-hostile.xlsx');
    await sakip(['consolidate', '--city', corpus.city, '--input', corpus.input, '--out', first, '--period', '2025-05'], [0, 1]);
    await sakip(['consolidate', '--city', corpus.city, '--input', corpus.input, '--out', join(folder, 'konsolidasi-hostile-lagi.xlsx'), '--period', '2025-05', '--previous', first], [0, 1]);
  } finally {
    await rm(corpus.root, { recursive: true, force: true });
  }
});
