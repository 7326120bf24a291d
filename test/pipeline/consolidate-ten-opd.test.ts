/**
 * A 10-OPD city with known answers: every total, predikat and rank below was worked out by hand
 * from scoring.md (88/2021 weights: sub 1 of each component answered Y/T, subs 2–3 A–E).
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import type { Criterion } from '../../shared/models/model';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';

/** Answers for every criterion by a rule (criterion → answer). */
function answers(rule: (c: Criterion) => string): Record<string, string> {
  return Object.fromEntries(MODEL_88_2021.criteria.map((c) => [c.code, rule(c)]));
}
const top = (c: Criterion): string => (c.type === 'Y/T' ? 'Y' : 'A');

const OPDS: { kode: string; answers: Record<string, string> }[] = [
  // 100: everything at the top.
  { kode: 'OPD01', answers: answers(top) },
  // Y/T subs full (6+6+3+5 = 20) + A–E subs all B: 0.75 × 80 = 60 → 80.00: BB (80 is not above 80).
  { kode: 'OPD02', answers: answers((c) => (c.type === 'Y/T' ? 'Y' : 'B')) },
  // 20 + 0.5 × 80 = 60.00 → CC (60 is not above 60).
  { kode: 'OPD03', answers: answers((c) => (c.type === 'Y/T' ? 'Y' : 'C')) },
  // All T / E → 0 → D.
  { kode: 'OPD04', answers: answers((c) => (c.type === 'Y/T' ? 'T' : 'E')) },
  // 1.1.5 = T: sub 1.1 = 6/7 × 6 = 5.142857… → 99.142857… → 99.14 AA.
  { kode: 'OPD05', answers: answers((c) => (c.code === '1.1.5' ? 'T' : top(c))) },
  // Component 4 subs 2–3 all D (0.25): 5 + 0.25 × 20 = 10 → 30 + 30 + 15 + 10 = 85 → A.
  { kode: 'OPD06', answers: answers((c) => (c.component === 4 && c.type !== 'Y/T' ? 'D' : top(c))) },
  // 2.3.1–2.3.3 unanswered (Tidak Lengkap): sub 2.3 = 7/10 × 15 = 10.5 → 95.5 → AA.
  { kode: 'OPD07', answers: answers((c) => (['2.3.1', '2.3.2', '2.3.3'].includes(c.code) ? '' : top(c))) },
  // Sub 1.2 all C: 0.5 × 9 = 4.5 → 95.5 → AA, tied with OPD07.
  { kode: 'OPD08', answers: answers((c) => (c.component === 1 && c.slot === 2 ? 'C' : top(c))) },
  // Y/T all T (−20), A–E all A → 80.00 → BB, tied with OPD02.
  { kode: 'OPD09', answers: answers((c) => (c.type === 'Y/T' ? 'T' : 'A')) },
  // Sub 3.3 (7 criteria) A,B,C,D,E,A,A: 4.5/7 × 7.5 = 4.821428… → 97.321428… → 97.32 AA.
  { kode: 'OPD10', answers: answers((c) => (c.component === 3 && c.slot === 3 ? ['A', 'B', 'C', 'D', 'E', 'A', 'A'][Number(c.code.split('.')[2]) - 1]! : top(c))) },
];

const EXPECTED: Record<string, { nilai: number; predikat: string; rank: number; status: string; components: [number, number, number, number] }> = {
  OPD01: { nilai: 100, predikat: 'AA', rank: 1, status: 'Lengkap', components: [30, 30, 15, 25] },
  OPD02: { nilai: 80, predikat: 'BB', rank: 7, status: 'Lengkap', components: [24, 24, 12, 20] },
  OPD03: { nilai: 60, predikat: 'CC', rank: 9, status: 'Lengkap', components: [18, 18, 9, 15] },
  OPD04: { nilai: 0, predikat: 'D', rank: 10, status: 'Lengkap', components: [0, 0, 0, 0] },
  OPD05: { nilai: 99.1428571429, predikat: 'AA', rank: 2, status: 'Lengkap', components: [29.142857142857142, 30, 15, 25] },
  OPD06: { nilai: 85, predikat: 'A', rank: 6, status: 'Lengkap', components: [30, 30, 15, 10] },
  OPD07: { nilai: 95.5, predikat: 'AA', rank: 4, status: 'Tidak Lengkap', components: [30, 25.5, 15, 25] },
  OPD08: { nilai: 95.5, predikat: 'AA', rank: 4, status: 'Lengkap', components: [25.5, 30, 15, 25] },
  OPD09: { nilai: 80, predikat: 'BB', rank: 7, status: 'Lengkap', components: [24, 24, 12, 20] },
  OPD10: { nilai: 97.3214285714, predikat: 'AA', rank: 3, status: 'Lengkap', components: [30, 30, 12.321428571428571, 25] },
};

describe('sakip consolidate: a 10-OPD city with hand-checked totals', function () {
  this.timeout(60_000);
  let workbook: ExcelJS.Workbook;
  let ringkasan: Record<string, unknown>[];

  before(async () => {
    const root = await tempFolder('ten');
    const input = join(root, 'masukan');
    await mkdir(input);
    const city = await writeCity(root, OPDS.map((o) => [o.kode, `Dinas ${o.kode}`] as const));
    for (const opd of OPDS) await writeOpd(input, { kode: opd.kode, answers: opd.answers });
    const outcome = await runConsolidation({ city, input, out: join(root, 'konsolidasi-2025-05.xlsx'), now: new Date('2025-06-02T08:00:00Z') });
    assert.equal(outcome.kind, 'done');
    workbook = await loadXlsx(join(root, 'konsolidasi-2025-05.xlsx'));
    ringkasan = records(workbook, 'Ringkasan');
  });

  it('writes one Ringkasan row per listed OPD with the literal headers of workbook-format.md §3', () => {
    const headers = (workbook.getWorksheet('Ringkasan')!.getRow(1).values as unknown[]).slice(1, 17);
    assert.deepEqual(headers, [
      'Kode OPD', 'Nama OPD', 'Status', 'Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi Internal', 'Nilai OPD', 'Predikat OPD',
      'Nilai Evaluator', 'Predikat Evaluator', 'Peringkat', 'Capaian IKU', 'Temuan Error', 'Temuan Peringatan', 'Perubahan',
    ]);
    assert.deepEqual(ringkasan.map((r) => r['Kode OPD']), OPDS.map((o) => o.kode));
    assert.deepEqual(workbook.worksheets.map((w) => w.name), ['Ringkasan', 'Grafik', 'Rekap Komponen', 'Riwayat', 'LKE', 'Kinerja', 'Pohon Kinerja', 'Rekomendasi', 'Temuan', 'Sumber', 'Arsip Evaluator', 'Keterangan']);
  });

  for (const [kode, expected] of Object.entries(EXPECTED)) {
    it(`${kode}: ${expected.nilai} → ${expected.predikat}, rank ${expected.rank}, ${expected.status}`, () => {
      const row = ringkasan.find((r) => r['Kode OPD'] === kode)!;
      assert.equal(row.Status, expected.status);
      assert.ok(Math.abs((row['Nilai OPD'] as number) - expected.nilai) < 1e-9, `Nilai OPD ${String(row['Nilai OPD'])}`);
      assert.equal(row['Nilai Evaluator'], expected.nilai);
      assert.equal(row['Predikat OPD'], expected.predikat);
      assert.equal(row['Predikat Evaluator'], expected.predikat);
      assert.equal(row.Peringkat, expected.rank);
      ['Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi Internal'].forEach((name, i) =>
        assert.ok(Math.abs((row[name] as number) - expected.components[i]!) < 1e-9, `${name} ${String(row[name])}`),
      );
      assert.equal(row.Perubahan, '', 'no previous consolidation: Perubahan empty');
    });
  }

  it('lists every criterion of the model for every scored OPD on LKE, with Nilai Akhir = Nilai OPD before evaluation', () => {
    const lke = records(workbook, 'LKE');
    assert.equal(lke.length, 10 * 80);
    const opd07 = lke.filter((r) => r['Kode OPD'] === 'OPD07');
    assert.deepEqual(opd07.filter((r) => r['Jawaban OPD'] === '').map((r) => r.Kode), ['2.3.1', '2.3.2', '2.3.3']);
    for (const row of lke) assert.equal(row['Nilai Akhir'], row['Nilai OPD']);
    const formula = (workbook.getWorksheet('LKE')!.getCell('H2').value as ExcelJS.CellFormulaValue).formula;
    assert.match(formula, /^IF\(TRIM\(G2\)="",IF\(F2="","",F2\),INDEX\(\{1,0,1,0\},MATCH\(UPPER\(TRIM\(G2\)\),\{"Y","T","YA","TIDAK"\},0\)\)\)$/);
  });

  it('computes capaian IKU from the indicators (IK1 95/100 = 95 %, IK2 (2×10−8)/10 = 120 %: mean 107.5)', () => {
    const row = ringkasan.find((r) => r['Kode OPD'] === 'OPD01')!;
    assert.equal(row['Capaian IKU'], 107.5);
    const kinerja = records(workbook, 'Kinerja').filter((r) => r['Kode OPD'] === 'OPD01');
    assert.deepEqual(kinerja.map((r) => [r.Kode, r['Capaian (%)'], r.Kategori, r['Realisasi Mei'], r['Realisasi Jun']]), [
      ['IK1', 95, 'Sangat Tinggi', 95, ''],
      ['IK2', 120, 'Sangat Tinggi', 8, ''],
    ]);
  });

  it('links every OPD tree under the city tree in Pohon Kinerja', () => {
    const pohon = records(workbook, 'Pohon Kinerja');
    assert.deepEqual(pohon.slice(0, 4).map((r) => [r['Kode OPD'], r.Kode, r['Status Tautan']]), [
      ['', 'T1', 'Pohon Kota'],
      ['', 'S1', 'Pohon Kota'],
      ['OPD01', 'P1', 'Tersambung'],
      ['OPD01', 'P2', 'Tersambung'],
    ]);
    assert.equal(pohon.length, 2 + 10 * 2);
  });

  it('lists every input in Sumber with size and SHA-256', () => {
    const sumber = records(workbook, 'Sumber');
    assert.equal(sumber.length, 10);
    for (const row of sumber) {
      assert.equal(row.Status, 'Dibaca');
      assert.match(String(row['SHA-256']), /^[0-9a-f]{64}$/);
      assert.ok((row.Ukuran as number) > 1000);
    }
  });

  it('sets up the sheets for evaluators: frozen header, filter, print setup, dropdowns, predikat colours', () => {
    const sheet = workbook.getWorksheet('Ringkasan')!;
    assert.equal(sheet.views[0]?.state, 'frozen');
    assert.ok(sheet.autoFilter);
    assert.equal(sheet.pageSetup.orientation, 'landscape');
    assert.equal(sheet.pageSetup.paperSize, 9);
    assert.equal(sheet.pageSetup.fitToWidth, 1);
    assert.equal(sheet.pageSetup.printTitlesRow, '1:1');
    assert.ok((sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length >= 3);
    const lke = workbook.getWorksheet('LKE')!;
    assert.deepEqual(lke.getCell('G2').dataValidation.formulae, ['"Y,T"']);
    assert.equal(lke.getCell('F2').numFmt, '0.00');
  });
});
