/**
 * The Rekomendasi sheet month to month: the evaluators' Komponen, Batas Waktu and Prioritas carry
 * over by (Kode OPD, No); an open recommendation of an OPD that does not submit is carried as it
 * was; a finished one is not; an open one past its Batas Waktu gets REKOMENDASI_OVERDUE.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';

const REKOMENDASI = [
  ['No', 'Rekomendasi', 'Tindak Lanjut', 'Status', 'Bukti Dukung'],
  [1, 'Perbaiki indikator kinerja utama', 'Reviu IKU', 'Proses', ''],
  [2, 'Susun pohon kinerja sampai eselon IV', '', 'Belum', ''],
  [3, 'Publikasikan LKjIP', 'Sudah', 'Selesai', ''],
];

describe('consolidate: Rekomendasi follow-up carried month to month', function () {
  this.timeout(300_000);

  it('carries the evaluator columns and open recommendations, and warns on an overdue one', async () => {
    const root = await tempFolder('rekomendasi');
    const april = join(root, 'april');
    const may = join(root, 'mei');
    await mkdir(april);
    await mkdir(may);
    const city = await writeCity(root, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
    ]);
    for (const kode of ['DINKES', 'DISDIK']) await writeOpd(april, { kode, month: 4, edit: (f) => (f.rekomendasi = REKOMENDASI.map((r) => [...r])) });
    await writeOpd(may, { kode: 'DINKES', month: 5, edit: (f) => (f.rekomendasi = REKOMENDASI.map((r) => [...r])) });
    const first = join(root, 'konsolidasi-2025-04.xlsx');
    assert.equal((await runConsolidation({ city, input: april, out: first, period: { year: 2025, month: 4 }, now: new Date('2025-05-02T00:00:00Z') })).kind, 'done');

    // The evaluator fills the follow-up columns in April's workbook.
    const workbook = await loadXlsx(first);
    const sheet = workbook.getWorksheet('Rekomendasi')!;
    const col = new Map<string, number>();
    sheet.getRow(1).eachCell((cell, c) => col.set(String(cell.value), c));
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (String(row.getCell(col.get('No')!).value) !== '1') continue;
      row.getCell(col.get('Komponen')!).value = 'Pengukuran';
      row.getCell(col.get('Batas Waktu')!).value = new Date('2025-05-15T00:00:00Z');
      row.getCell(col.get('Prioritas')!).value = 'Tinggi';
    }
    await workbook.xlsx.writeFile(first);

    const second = join(root, 'konsolidasi-2025-05.xlsx');
    const outcome = await runConsolidation({ city, input: may, out: second, previous: first, period: { year: 2025, month: 5 }, now: new Date('2025-06-02T00:00:00Z') });
    assert.equal(outcome.kind, 'done');
    const result = await loadXlsx(second);
    const rows = records(result, 'Rekomendasi').map((r) => [r['Kode OPD'], String(r.No), r.Status, r.Komponen, r.Prioritas, r.Periode]);
    assert.deepEqual(rows, [
      ['DINKES', '1', 'Proses', 'Pengukuran', 'Tinggi', '2025-05'],
      ['DINKES', '2', 'Belum', '', '', '2025-05'],
      ['DINKES', '3', 'Selesai', '', '', '2025-05'],
      // DISDIK did not submit in May: its open ones are carried from April, its finished one is not.
      ['DISDIK', '1', 'Proses', 'Pengukuran', 'Tinggi', '2025-04'],
      ['DISDIK', '2', 'Belum', '', '', '2025-04'],
    ]);
    const overdue = records(result, 'Temuan').filter((t) => t.Kode === 'REKOMENDASI_OVERDUE');
    assert.deepEqual(overdue.map((t) => [t.Berkas, t.Tingkat]), [
      ['dinkes.xlsx', 'Peringatan'],
      ['konsolidasi-2025-04.xlsx', 'Peringatan'],
    ]);
    assert.match(String(overdue[0]!.Pesan), /Rekomendasi 1 \(DINKES\) berstatus Proses dan melewati batas waktu 2025-05-15/);
  });
});
