/**
 * The Kinerja columns (kinerja-columns.ts): what the main thread keeps of an OPD's indicators and
 * their capaian gives back every value the Kinerja sheet shows, blank apart from 0 and from NaN,
 * a range target as a range, no capaian as none.
 */
import assert from 'node:assert/strict';
import type { Indicator, IndicatorCapaianResult } from '../../shared';
import { kinerjaColumns, kinerjaOf, kinerjaRow } from '../../pipeline/consolidate/kinerja-columns';
import { compactAssessment } from '../../pipeline/read/compact-assessment';

const NO_CELLS: Indicator['cells'] = { kode: '', target: '', realisasi: [] };
const months = (values: readonly (number | null)[]): (number | null)[] => [...values, ...new Array<null>(12 - values.length).fill(null)];

const INDICATORS: Indicator[] = [
  { kode: 'IKU-1', indikator: 'Angka harapan hidup', satuan: 'tahun', polaritas: 'positif', agregasi: 'Akhir', kodePohon: 'T1', iku: true, target: { kind: 'number', value: 72.5 }, monthlyTargets: months([]), realisasi: months([0, 70.25, null, Number.NaN, Infinity, -3]), usable: true, cells: NO_CELLS },
  { kode: 'IK-2', indikator: 'Kasus gizi buruk', satuan: 'kasus', polaritas: 'negatif', agregasi: 'Kumulatif', kodePohon: '', iku: false, target: { kind: 'range', low: 10, high: 20 }, monthlyTargets: months([]), realisasi: months([]), usable: true, cells: NO_CELLS },
  { kode: 'IK-3', indikator: 'Tanpa target', satuan: '%', polaritas: 'positif', agregasi: 'Rata-rata', kodePohon: 'S2', iku: false, target: null, monthlyTargets: months([]), realisasi: months([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]), usable: true, cells: NO_CELLS },
];
const CAPAIAN: (IndicatorCapaianResult | undefined)[] = [
  { ok: true, value: 96.89, raw: 96.89, category: 'Sangat Tinggi', target: { kind: 'number', value: 72.5 }, realisasi: 70.25, months: [1, 2] },
  { ok: false, reason: 'realisasi-missing' },
  undefined,
];

describe('Kinerja columns: what the main thread keeps of the indicators (kinerja-columns.ts)', () => {
  it('gives back every value the sheet shows', () => {
    const columns = kinerjaColumns(INDICATORS, CAPAIAN);
    assert.equal(columns.count, 3);
    const rows = [0, 1, 2].map((i) => kinerjaRow(columns, i));
    INDICATORS.forEach((indicator, i) => {
      const row = rows[i]!;
      assert.deepEqual(
        [row.kode, row.indikator, row.satuan, row.polaritas, row.target, row.iku, row.agregasi, row.kodePohon],
        [indicator.kode, indicator.indikator, indicator.satuan, indicator.polaritas, indicator.target, indicator.iku, indicator.agregasi, indicator.kodePohon],
      );
      for (let m = 0; m < 12; m++) assert.deepEqual(row.realisasi(m), indicator.realisasi[m] ?? undefined, `${indicator.kode} month ${m + 1}`);
    });
    assert.deepEqual(rows[0]!.capaian, { value: 96.89, category: 'Sangat Tinggi', lastMonth: 2 });
    assert.equal(rows[1]!.capaian, undefined);
    assert.equal(rows[2]!.capaian, undefined);
  });

  it('an assessment made in this thread has its columns made from its indicators; a compacted one carries them', () => {
    const assessment = { workbook: { indicators: INDICATORS }, capaian: CAPAIAN } as unknown as Parameters<typeof kinerjaOf>[0];
    assert.deepEqual(kinerjaOf(assessment), kinerjaColumns(INDICATORS, CAPAIAN));
    const full = { workbook: { indicators: INDICATORS, pohon: [], rekomendasi: [] }, capaian: CAPAIAN, findings: [] } as unknown as Parameters<typeof compactAssessment>[0];
    const held = compactAssessment(full);
    assert.deepEqual(held.workbook.indicators, []);
    assert.deepEqual(held.capaian, []);
    assert.deepEqual(kinerjaOf(held), kinerjaColumns(INDICATORS, CAPAIAN));
  });
});
