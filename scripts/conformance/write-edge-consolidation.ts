/**
 * Conformance generator: a consolidation of the inputs issue 10 names — a 40,000-character note,
 * the escapes `_x0001_`, `_xFFFE_` and `_xFFFF_` in text (as characters, the way a writer that
 * does not escape leaves them, and typed, as Excel saves `_x005F_xFFFF_`), an input file whose
 * name contains U+FFFF, and a capaian that overflows (9.99E+307 against 0.01 with `Batas Capaian`
 * blank) — written into the folder given, then used as the next month's `--previous`. Fails unless
 * both runs end 0 or 1 and the first one's Temuan reports the long cell and the capaian.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseXlsxBytes } from '../../pipeline/read/xlsx-sax-reader';
import type { OpdFixture } from '../../test/support/opd-fixture';
import { indicatorRow, lkeRowOf } from '../../test/support/opd-fixture';
import { tempFolder, writeCity, writeOpd } from '../../test/support/consolidate-scenario';
import { mkdir } from 'node:fs/promises';
import { runGenerator, sakip } from './sakip-in-process';

const LONG_NOTE = `Catatan panjang: ${'bukti dukung belum lengkap; '.repeat(1_500)}`.slice(0, 40_000);
const ESCAPES = 'a_x0001_b _xFFFE_ c_xFFFF_d';
const TYPED = 'diketik: _x005F_xFFFF_ dan _x005F_x0001_';
const CATATAN = 4;

function hostileTexts(fixture: OpdFixture): void {
  const row = lkeRowOf(fixture.lke, '1.1.1');
  fixture.lke[row]![CATATAN] = LONG_NOTE;
  fixture.lke[row + 1]![CATATAN] = ESCAPES;
  fixture.lke[row + 2]![CATATAN] = TYPED;
  fixture.pohon[1]![3] = `Meningkatnya derajat kesehatan ${ESCAPES}`;
  fixture.rekomendasi[1]![2] = `Reviu IKU ${TYPED}`;
  fixture.kinerja.push(indicatorRow('IK9', { target: 0.01, targets: Array(12).fill(0.01), realisasi: Array(6).fill(9.99e307) }));
}

async function month(folder: string, month: number): Promise<string> {
  const input = join(folder, `bulan-${month}`);
  await mkdir(input, { recursive: true });
  await writeOpd(input, { kode: 'DINKES', nama: 'Dinas Kesehatan', month, edit: hostileTexts }, 'dinkes-\uffff-mei.xlsx');
  await writeOpd(input, { kode: 'DISDIK', nama: 'Dinas Pendidikan', month });
  return input;
}

runGenerator(async (folder) => {
  const scratch = await tempFolder('edge');
  try {
    await mkdir(folder, { recursive: true });
    const city = await writeCity(scratch, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
    ]);
    const may = join(folder, 'konsolidasi-tepi-2025-05.xlsx');
    await sakip(['consolidate', '--city', city, '--input', await month(scratch, 5), '--out', may, '--period', '2025-05'], [0, 1]);
    const codes = new Set<string>();
    const temuan = parseXlsxBytes(await readFile(may), 'x.xlsx').sheets.find((s) => s.name === 'Temuan')!;
    for (const row of temuan.rows) for (const cell of row ?? []) if (cell?.value.type === 'text') codes.add(cell.value.value);
    for (const code of ['CELL_TEXT_TOO_LONG', 'KINERJA_NO_CAPAIAN']) if (!codes.has(code)) throw new Error(`Temuan of ${may} has no ${code}`);
    await sakip(['consolidate', '--city', city, '--input', await month(scratch, 6), '--out', join(folder, 'konsolidasi-tepi-2025-06.xlsx'), '--period', '2025-06', '--previous', may], [0, 1]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
