/** Conformance generator: `sakip template kota` and `template opd` for every LKE model, into the folder given. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SHIPPED_MODELS } from '../../shared';
import { runGenerator, sakip } from './sakip-in-process';

runGenerator(async (folder) => {
  await mkdir(folder, { recursive: true });
  for (const { id: model } of SHIPPED_MODELS) {
    const tag = model.replace(/\W/g, '-');
    await sakip(['template', 'kota', '--nama', 'Kota Contoh', '--tahun', '2025', '--model', model, '--out', join(folder, `kota-${tag}.xlsx`), '--force']);
    await sakip(['template', 'opd', '--kode', 'DINKES', '--nama', 'Dinas Kesehatan', '--tahun', '2025', '--period', '5', '--model', model, '--out', join(folder, `opd-${tag}.xlsx`), '--force']);
  }
});
