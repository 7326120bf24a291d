/**
 * Writes every kind of file the kit produces into `<out>/written/` for the conformance check
 * (check-written-files.sh runs ooxml-check and openpyxl over every .xlsx/.docx found there):
 * - `sakip template kota|opd` for both models (88/2021, 12/2015);
 * - the demo's three monthly consolidations, and `sakip report` on the May one (LHE .docx per
 *   scored OPD and the city summary; one LHE in English);
 * - a consolidation of the hostile corpus (test/support/hostile-corpus.ts);
 * - a consolidation of hostile text: a 40,000-character note, the OOXML escapes `_x0001_`,
 *   `_xFFFE_`, `_xFFFF_` typed in cells, an input file whose name holds U+FFFF, a capaian that
 *   overflows (blank Batas Capaian, realisasi 9.99E+307 against a target of 0.01); then that
 *   consolidation used as next month's `--previous`, which must be accepted.
 * Inputs are written under `<out>/inputs/` (never checked: the hostile ones are broken on purpose).
 * A later kind of file (a DOCX report, a workbook with charts) is added here, in `written/`.
 * Exits 1 when a step did not produce its file.
 */
import { copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { main as sakip } from '../../pipeline/cli';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { writeHostileFolder } from '../../test/support/hostile-corpus';
import { opdFixture, writeCity } from '../../test/support/consolidate-scenario';
import { indicatorRow, lkeRowOf } from '../../test/support/opd-fixture';
import { writeOpdXlsx } from '../../test/support/write-xlsx';
import { outputName, runDemo, DEMO_PERIODS } from '../demo/run-demo';

const RUN_TIME = new Date(Date.UTC(2025, 5, 1));

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`conformance: ${what}`);
}

async function templates(written: string): Promise<void> {
  for (const model of ['88/2021', '12/2015']) {
    const tag = model.replace('/', '-');
    const kota = join(written, `template-kota-${tag}.xlsx`);
    const opd = join(written, `template-opd-${tag}.xlsx`);
    expect((await sakip(['template', 'kota', '--nama', 'Kota Contoh', '--tahun', '2025', '--model', model, '--out', kota, '--force'])) === 0, `template kota ${model}`);
    expect((await sakip(['template', 'opd', '--kode', 'DINKES', '--nama', 'Dinas Kesehatan', '--tahun', '2025', '--model', model, '--out', opd, '--force'])) === 0, `template opd ${model}`);
  }
}

async function demo(inputs: string, written: string): Promise<void> {
  const folder = join(inputs, 'demo');
  await runDemo({ outDir: folder });
  for (const period of DEMO_PERIODS) await copyFile(join(folder, outputName(period)), join(written, `demo-${outputName(period)}`));
  // The evaluation reports (LHE .docx per scored OPD and the city summary) of the May consolidation, in both languages.
  const may = join(folder, outputName(DEMO_PERIODS[DEMO_PERIODS.length - 1]!));
  expect((await sakip(['report', '--from', may, '--out', join(written, 'laporan-id'), '--date', '2025-06-05'])) === 0, 'sakip report (id)');
  expect((await sakip(['report', '--from', may, '--out', join(written, 'laporan-en'), '--opd', 'DINKES', '--date', '2025-06-05', '--lang', 'en'])) === 0, 'sakip report (en)');
}

async function hostileCorpus(written: string): Promise<void> {
  const folder = await writeHostileFolder();
  try {
    const result = await runConsolidation({ city: folder.city, input: folder.input, out: join(written, 'konsolidasi-korpus-rusak.xlsx'), now: RUN_TIME });
    expect(result.kind === 'done', 'consolidation of the hostile corpus');
  } finally {
    await rm(folder.root, { recursive: true, force: true });
  }
}

/** Text an OPD may type: OOXML escapes the reader decodes, a forbidden character, a long note. */
const ESCAPES = 'Catatan _x0001_ dan _xFFFE_ dan _xFFFF_ \u0001 selesai';
const LONG_NOTE = `${'Uraian bukti dukung yang sangat panjang. '.repeat(1_000)}`.slice(0, 40_000);

async function hostileText(inputs: string, written: string): Promise<void> {
  const folder = join(inputs, 'teks');
  const input = join(folder, 'masukan');
  await rm(folder, { recursive: true, force: true });
  await mkdir(input, { recursive: true });
  // The city leaves Batas Capaian blank (no cap): 9.99E+307 against 0.01 overflows.
  const city = await writeCity(folder, [
    ['DINKES', 'Dinas Kesehatan'],
    ['DISDIK', 'Dinas Pendidikan _xFFFF_'],
  ]);
  const dinkes = opdFixture({
    kode: 'DINKES',
    nama: `Dinas Kesehatan ${ESCAPES}`,
    edit: (f) => {
      f.lke[lkeRowOf(f.lke, '1.1.1')]![4] = LONG_NOTE;
      f.lke[lkeRowOf(f.lke, '1.1.2')]![4] = ESCAPES;
      f.lke[lkeRowOf(f.lke, '1.1.3')]![5] = `https://contoh.go.id/bukti_xFFFF_.pdf`;
      f.kinerja[1]![1] = `Indikator ${ESCAPES}`;
      f.kinerja.push(indicatorRow('IK3', { target: 0.01, realisasi: [9.99e307] }));
      f.pohon[1]![3] = `Uraian ${ESCAPES}`;
      f.rekomendasi[1]![1] = LONG_NOTE;
    },
  });
  await writeOpdXlsx(join(input, 'dinkes\uffff.xlsx'), dinkes);
  await writeOpdXlsx(join(input, 'disdik.xlsx'), opdFixture({ kode: 'DISDIK', nama: 'Dinas Pendidikan _x0001_' }));

  const first = join(written, 'konsolidasi-teks-mei.xlsx');
  const mei = await runConsolidation({ city, input, out: first, now: RUN_TIME });
  expect(mei.kind === 'done', 'consolidation of hostile text');
  // Next month (a same-month --previous is refused: a re-run keeps its entries through --out instead).
  const next = await runConsolidation({ city, input, out: join(written, 'konsolidasi-teks-lanjutan.xlsx'), previous: first, period: { year: 2025, month: 6 }, now: RUN_TIME });
  expect(next.kind === 'done', `the consolidation read back as --previous (${next.kind === 'config' ? (next.message ?? next.findings.map((f) => f.code).join(', ')) : ''})`);
}

async function writeAll(out: string): Promise<void> {
  const inputs = join(out, 'inputs');
  const written = join(out, 'written');
  await mkdir(inputs, { recursive: true });
  await mkdir(written, { recursive: true });
  await templates(written);
  await hostileText(inputs, written);
  await hostileCorpus(written);
  if (process.env.CONFORMANCE_SKIP_DEMO !== '1') await demo(inputs, written);
  await writeFile(join(out, 'written.txt'), 'Files written by the kit for the conformance check.\n');
}

writeAll(resolve(process.argv[2] ?? 'test-output/conformance')).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
