/**
 * Three months in a row with evaluator edits made to each output before the next run: every
 * answer and note carries over, Perlu Ditinjau marks answers the OPD changed, entries of an OPD
 * that did not submit wait in Arsip Evaluator and come back when it does.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { runConsolidation, type ConsolidateOutcome } from '../../pipeline/consolidate/run-consolidation';
import { editEvaluator, loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';

type Row = Record<string, unknown>;
const lkeRow = (wb: ExcelJS.Workbook, kodeOpd: string, kode: string): Row => records(wb, 'LKE').find((r) => r['Kode OPD'] === kodeOpd && r.Kode === kode)!;
const ringkasanRow = (wb: ExcelJS.Workbook, kodeOpd: string): Row => records(wb, 'Ringkasan').find((r) => r['Kode OPD'] === kodeOpd)!;
const evaluatorEntries = (wb: ExcelJS.Workbook): string[] =>
  records(wb, 'LKE')
    .filter((r) => r['Jawaban Evaluator'] !== '' || r['Catatan Evaluator'] !== '')
    .map((r) => `${String(r['Kode OPD'])} ${String(r.Kode)} ${String(r['Jawaban Evaluator'])} ${String(r['Catatan Evaluator'])} ${String(r['Perlu Ditinjau'])}`);

describe('sakip consolidate: three months with evaluator carry-over', function () {
  this.timeout(60_000);
  let root: string;
  let city: string;
  const out = (month: number) => join(root, `konsolidasi-2025-0${month}.xlsx`);
  const months: ExcelJS.Workbook[] = [];
  const outcomes: ConsolidateOutcome[] = [];

  async function consolidateMonth(month: number, opds: Parameters<typeof writeOpd>[1][], previous?: string): Promise<void> {
    const input = join(root, `masukan-0${month}`);
    await mkdir(input);
    for (const opd of opds) await writeOpd(input, { ...opd, month });
    const outcome = await runConsolidation({ city, input, out: out(month), period: { year: 2025, month }, ...(previous ? { previous } : {}) });
    assert.equal(outcome.kind, 'done');
    outcomes.push(outcome);
  }

  before(async () => {
    root = await tempFolder('carry');
    city = await writeCity(root, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
    ]);
    // Month 3 (Maret): both submit everything at the top; evaluators then edit the output.
    await consolidateMonth(3, [{ kode: 'DINKES' }, { kode: 'DISDIK' }]);
    months.push(await loadXlsx(out(3)));
    await editEvaluator(out(3), [
      { kodeOpd: 'DINKES', kode: '1.1.1', jawaban: 'T', catatan: 'Dokumen belum ditetapkan' },
      { kodeOpd: 'DINKES', kode: '1.2.1', catatan: 'Cek ulang bulan depan' },
      { kodeOpd: 'DISDIK', kode: '2.2.1', jawaban: 'C', catatan: 'Bukti kurang' },
    ]);
    // Month 4 (April): DINKES now answers 1.1.1 = T itself and 4.1.1 = T; DISDIK does not submit.
    await consolidateMonth(4, [{ kode: 'DINKES', answers: { '1.1.1': 'T', '4.1.1': 'T' } }], out(3));
    months.push(await loadXlsx(out(4)));
    await editEvaluator(out(4), [{ kodeOpd: 'DINKES', kode: '3.1.1', jawaban: 't', catatan: 'Laporan terlambat' }]);
    // Month 5 (Mei): DINKES unchanged, DISDIK is back with the same answers as in March.
    await consolidateMonth(5, [{ kode: 'DINKES', answers: { '1.1.1': 'T', '4.1.1': 'T' } }, { kode: 'DISDIK' }], out(4));
    months.push(await loadXlsx(out(5)));
  });

  it('month 4: carries every entry, marks the answer DINKES changed, archives DISDIK\'s', () => {
    const april = months[1]!;
    assert.deepEqual(evaluatorEntries(april), ['DINKES 1.1.1 T Dokumen belum ditetapkan Ya (sebelumnya Y)', 'DINKES 1.2.1  Cek ulang bulan depan ']);
    assert.deepEqual(records(april, 'Arsip Evaluator'), [
      { 'Kode OPD': 'DISDIK', Kode: '2.2.1', 'Jawaban Evaluator': 'C', 'Catatan Evaluator': 'Bukti kurang', Periode: '2025-03', 'Jawaban OPD': 'A' },
    ]);
    const done = outcomes[1]!;
    assert.ok(done.kind === 'done' && done.consolidation.archive.length === 1 && done.consolidation.carried === 2);
  });

  it('month 4: Perubahan compares with March\'s evaluator total as the evaluators left it', () => {
    const dinkes = ringkasanRow(months[1]!, 'DINKES');
    // March after the edits: 1.1.1 = T → 100 − 6/7. April: also 4.1.1 = T (sub 4.1: 5/3) → 100 − 6/7 − 5/3.
    assert.equal(dinkes['Nilai Evaluator Sebelumnya'], 99.1428571429);
    assert.equal(dinkes['Nilai Evaluator'], 97.4761904762);
    assert.equal(dinkes.Perubahan, -1.6666666667);
    assert.equal(ringkasanRow(months[1]!, 'DISDIK').Status, 'Belum Mengirim');
  });

  it('month 5: nothing lost, the archived entry is restored, Perlu Ditinjau only where the OPD changed since', () => {
    const mei = months[2]!;
    assert.deepEqual(evaluatorEntries(mei), [
      'DINKES 1.1.1 T Dokumen belum ditetapkan ',
      'DINKES 1.2.1  Cek ulang bulan depan ',
      'DINKES 3.1.1 t Laporan terlambat ',
      'DISDIK 2.2.1 C Bukti kurang ',
    ]);
    assert.deepEqual(records(mei, 'Arsip Evaluator'), []);
    const done = outcomes[2]!;
    assert.ok(done.kind === 'done' && done.consolidation.restored === 1 && done.consolidation.carried === 3);
  });

  it('month 5: evaluator answers count in Nilai Akhir and the totals (any case), Perubahan per OPD', () => {
    const mei = months[2]!;
    assert.equal(lkeRow(mei, 'DINKES', '3.1.1')['Nilai Akhir'], 0);
    assert.equal(lkeRow(mei, 'DISDIK', '2.2.1')['Nilai Akhir'], 0.5);
    const dinkes = ringkasanRow(mei, 'DINKES');
    // April as edited: 97.476… − 0.5 (3.1.1 = T, sub 3.1 has 6 criteria of weight 3).
    assert.equal(dinkes['Nilai Evaluator'], 96.9761904762);
    assert.equal(dinkes['Nilai Evaluator Sebelumnya'], 96.9761904762);
    assert.equal(dinkes.Perubahan, 0);
    assert.equal(dinkes['Nilai OPD'], 100 - 6 / 7 - 5 / 3);
    const disdik = ringkasanRow(mei, 'DISDIK');
    // 2.2.1 = C (0.5) on sub 2.2 (7 criteria, weight 9): 100 − 0.5 × 9/7.
    assert.equal(disdik['Nilai Evaluator'], 99.3571428571);
    assert.equal(disdik['Predikat Evaluator'], 'AA');
    assert.equal(disdik.Perubahan, '', 'no April total for DISDIK');
    assert.equal(disdik.Peringkat, 1);
    assert.equal(dinkes.Peringkat, 2);
  });

  it('names the period in Keterangan, which the next run reads for the archive', () => {
    const keterangan = months[2]!.getWorksheet('Keterangan')!;
    const values = new Map<string, unknown>();
    keterangan.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    assert.equal(values.get('Periode'), '2025-05');
    assert.equal(values.get('Konsolidasi Sebelumnya'), 'konsolidasi-2025-04.xlsx');
  });

  it('writes the same cells for the same inputs (the run time only in the file properties)', async () => {
    const again = join(root, 'ulang.xlsx');
    const outcome = await runConsolidation({ city, input: join(root, 'masukan-05'), out: again, period: { year: 2025, month: 5 }, previous: out(4), now: new Date('2030-01-01T00:00:00Z') });
    assert.equal(outcome.kind, 'done');
    const a = months[2]!;
    const b = await loadXlsx(again);
    for (const sheet of a.worksheets) {
      if (sheet.name === 'Keterangan') continue;
      assert.deepEqual(records(b, sheet.name), records(a, sheet.name), sheet.name);
    }
    assert.notEqual(b.created.getTime(), a.created.getTime());
  });
});
