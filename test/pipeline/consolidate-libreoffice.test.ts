/**
 * The consolidated workbook in a second spreadsheet engine: LibreOffice recalculates every formula
 * on load (private profile, OOXMLRecalcMode = always) and must get the cached values the pipeline
 * wrote; after evaluators change answers, its recalculated totals and predikat must equal what the
 * core computes for the edited answers. Texts from submissions that look like formulas stay text.
 * Skipped only when `soffice` is missing (CI installs it).
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { parseAnswer } from '../../shared/scoring/answer-scale';
import { gradeScore } from '../../shared/scoring/predikat';
import { scoreLke } from '../../shared/scoring/rollup';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { editEvaluator, loadXlsx, records, shown, tempFolder, writeCity, writeOpd, FOUR_OPDS } from '../support/consolidate-scenario';
import { recalculateWithLibreOffice, sofficeAvailable } from '../support/libreoffice';

const INJECTIONS = ['=HYPERLINK("http://contoh.invalid","klik")', '+1+1', '-2+3', '@SUM(1,1)', '\t=1+1', '\r=1+1'];

/** Every formula cell: sheet, address, cached result. */
function formulaCells(workbook: ExcelJS.Workbook): { sheet: string; address: string; value: unknown }[] {
  const cells: { sheet: string; address: string; value: unknown }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) cells.push({ sheet: sheet.name, address: cell.address, value: shown(cell) });
      }),
    );
  }
  return cells;
}

const same = (a: unknown, b: unknown): boolean => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);

describe('sakip consolidate: LibreOffice recalculation', function () {
  this.timeout(180_000);
  let root: string;
  let out: string;

  before(async function () {
    if (!sofficeAvailable()) this.skip();
    root = await tempFolder('lo');
    const input = join(root, 'masukan');
    await mkdir(input);
    const city = await writeCity(root, FOUR_OPDS);
    await writeOpd(input, {
      kode: 'DINKES',
      answers: { '1.1.5': 'T', '2.2.3': 'C' },
      edit: (f) => {
        INJECTIONS.forEach((text, i) => {
          f.lke[4 + i]![4] = text; // Catatan
          f.lke[4 + i]![5] = text; // Bukti Dukung
        });
        f.lke[12]![5] = 'https://contoh.go.id/bukti.pdf';
        f.kinerja[1]![1] = INJECTIONS[0];
        f.pohon[1]![3] = INJECTIONS[1];
        f.rekomendasi[1]![1] = INJECTIONS[3];
      },
    });
    await writeOpd(input, { kode: 'DISDIK', answers: { '3.3.1': 'B', '4.2.2': '' } });
    await writeOpd(input, { kode: 'BAPPEDA', answers: { '1.2.1': 'E', '1.2.2': 'E' } });
    out = join(root, 'hasil.xlsx');
    const outcome = await runConsolidation({ city, input, out, period: { year: 2025, month: 5 } });
    assert.equal(outcome.kind, 'done');
  });

  it('recalculates every formula to the cached value the pipeline wrote', async () => {
    const ours = await loadXlsx(out);
    const theirs = await loadXlsx(await recalculateWithLibreOffice(out));
    const cells = formulaCells(ours);
    assert.ok(cells.length > 3 * 80 * 2, `${cells.length} formulas`);
    const differ = cells.filter((c) => !same(c.value, shown(theirs.getWorksheet(c.sheet)!.getCell(c.address))));
    assert.deepEqual(differ.slice(0, 5).map((c) => `${c.sheet}!${c.address}: ${String(c.value)} ≠ ${String(shown(theirs.getWorksheet(c.sheet)!.getCell(c.address)))}`), []);

    // Formula-like texts from the submission stay texts in LibreOffice too.
    const lke = records(theirs, 'LKE').filter((r) => r['Kode OPD'] === 'DINKES');
    // (The core reads submissions trimmed: a leading tab or CR is gone before the text is written.)
    for (const text of INJECTIONS.map((t) => t.trim())) {
      assert.ok(lke.some((r) => r['Catatan OPD'] === text), `Catatan OPD ${JSON.stringify(text)}`);
      assert.ok(lke.some((r) => r['Bukti Dukung'] === text), `Bukti Dukung ${JSON.stringify(text)}`);
    }
    assert.equal(records(theirs, 'Kinerja')[0]!.Indikator, INJECTIONS[0]);
    assert.equal(records(theirs, 'Pohon Kinerja').find((r) => r['Kode OPD'] === 'DINKES')!.Uraian, INJECTIONS[1]);
    assert.equal(records(theirs, 'Rekomendasi')[0]!.Rekomendasi, INJECTIONS[3]);
    // The only formulas LibreOffice keeps on LKE are ours: Nilai Akhir (H) and Poin (N).
    const columns = new Set<string>();
    theirs.getWorksheet('LKE')!.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && columns.add(cell.address.replace(/\d+/g, '')))));
    assert.deepEqual([...columns].sort(), ['H', 'N']);
  });

  it('writes formula-like texts as quote-prefixed text and only http(s) evidence as links', async () => {
    const ours = await loadXlsx(out);
    const lke = ours.getWorksheet('LKE')!;
    let links = 0;
    lke.eachRow((row, r) => {
      if (r === 1) return;
      for (const c of [11, 12]) {
        const cell = row.getCell(c);
        if (typeof cell.value === 'string' && INJECTIONS.map((t) => t.trim()).includes(cell.value)) assert.equal(cell.numFmt, '@', `${cell.address}`);
        if (cell.value && typeof cell.value === 'object' && 'hyperlink' in cell.value) {
          links += 1;
          assert.equal(cell.value.hyperlink, 'https://contoh.go.id/bukti.pdf');
        }
      }
    });
    assert.equal(links, 1);
    const styles = strFromU8(unzipSync(new Uint8Array(await readFile(out)))['xl/styles.xml']!);
    assert.match(styles, /<xf [^>]*numFmtId="49"[^>]*quotePrefix="1"/);
  });

  it('recalculates evaluator totals and predikat after evaluators change answers, as the core computes them', async () => {
    const edited = join(root, 'hasil-dinilai.xlsx');
    const edits = [
      { kodeOpd: 'DINKES', kode: '1.3.1', jawaban: 'C' },
      { kodeOpd: 'DINKES', kode: '2.3.4', jawaban: 'e' },
      { kodeOpd: 'DINKES', kode: '1.1.5', jawaban: 'Ya' },
      { kodeOpd: 'DISDIK', kode: '4.2.2', jawaban: 'B' },
      { kodeOpd: 'BAPPEDA', kode: '1.2.1', jawaban: 'A' },
      ...MODEL_88_2021.criteria.filter((c) => c.component === 2).map((c) => ({ kodeOpd: 'BAPPEDA', kode: c.code, jawaban: c.type === 'Y/T' ? 'T' : 'D' })),
    ];
    const ours = await loadXlsx(out);
    await ours.xlsx.writeFile(edited);
    await editEvaluator(edited, edits);
    const recalculated = await loadXlsx(await recalculateWithLibreOffice(edited));

    // The core's view of the edited LKE: evaluator answer if any, else the OPD's value.
    const lke = records(ours, 'LKE');
    const ringkasan = records(recalculated, 'Ringkasan');
    const expectedTotals = new Map<string, number>();
    for (const kodeOpd of ['DINKES', 'DISDIK', 'BAPPEDA']) {
      const values = new Map<string, number>();
      for (const row of lke.filter((r) => r['Kode OPD'] === kodeOpd)) {
        const criterion = MODEL_88_2021.criteria.find((c) => c.code === row.Kode)!;
        const edit = edits.find((e) => e.kodeOpd === kodeOpd && e.kode === row.Kode);
        const parsed = edit ? parseAnswer(edit.jawaban, criterion.type) : undefined;
        const value = parsed?.kind === 'valid' ? parsed.value : row['Nilai OPD'];
        if (typeof value === 'number') values.set(criterion.code, value);
      }
      const score = scoreLke(MODEL_88_2021, values);
      const total = score.total;
      expectedTotals.set(kodeOpd, total);
      const row = ringkasan.find((r) => r['Kode OPD'] === kodeOpd)!;
      // The per-component evaluator values (component-formulas.ts), recalculated by LibreOffice.
      for (const component of score.components) {
        const shown = row[`${component.shortName} Evaluator`] as number;
        assert.ok(Math.abs(shown - component.score) < 1e-9, `${kodeOpd} ${component.shortName} Evaluator: ${String(shown)} vs ${component.score}`);
      }
      assert.ok(Math.abs((row['Nilai Evaluator'] as number) - total) < 1e-9, `${kodeOpd}: ${String(row['Nilai Evaluator'])} vs ${total}`);
      const grade = gradeScore(total, 'eksklusif');
      assert.ok(grade.ok);
      assert.equal(row['Predikat Evaluator'], grade.predikat, kodeOpd);
    }
    // BAPPEDA lost component 2 down to T/D: a lower predikat than its own.
    const bappeda = ringkasan.find((r) => r['Kode OPD'] === 'BAPPEDA')!;
    assert.notEqual(bappeda['Predikat Evaluator'], bappeda['Predikat OPD']);
    const order = [...expectedTotals.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    assert.deepEqual(order.map((k) => ringkasan.find((r) => r['Kode OPD'] === k)!.Peringkat), [1, 2, 3]);
    assert.equal(ringkasan.find((r) => r['Kode OPD'] === 'DISHUB')!.Peringkat, '');
    // Nilai Akhir follows the evaluator's answer, in any case ("e", "Ya").
    const lkeAfter = records(recalculated, 'LKE');
    assert.equal(lkeAfter.find((r) => r['Kode OPD'] === 'DINKES' && r.Kode === '2.3.4')!['Nilai Akhir'], 0);
    assert.equal(lkeAfter.find((r) => r['Kode OPD'] === 'DINKES' && r.Kode === '1.1.5')!['Nilai Akhir'], 1);
  });
});
