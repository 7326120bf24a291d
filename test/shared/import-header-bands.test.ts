/** Header bands: merged titles propagated, found below title rows, column-number and unit rows skipped. */
import assert from 'node:assert/strict';
import { bandAt, findHeaderBand, headerKey, isColumnNumberRow, isUnitRow, sheetView } from '../../shared/import/header-bands';
import { parseNumberIn } from '../../shared/import/number-convention';
import { sheetFromGrid } from '../../shared/table/from-grid';

describe('import: header bands', () => {
  it('reads a two-row band with merged titles under a column-number row', () => {
    const sheet = {
      ...sheetFromGrid('PENILAIAN', [
        [1, 2, 3, 4, 5, 6],
        ['KODE', 'NO', 'BOBOT MAKSIMAL', 'PENILAIAN MANDIRI', '', ''],
        ['', '', '', 'KRITERIA PENILAIAN', 'KOEFISIEN KRITERIA', 'NILAI'],
        ['AREN01', 'A', 0.3, '', '', ''],
      ]),
      merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'],
    };
    const view = sheetView(sheet);
    const match = findHeaderBand(view, [
      { key: 'kode', names: ['Kode'], required: true },
      { key: 'bobot', names: ['Bobot Maksimal', 'Bobot'], required: true },
      { key: 'jawaban', names: ['Kriteria Penilaian', 'Jawaban'], under: ['Penilaian Mandiri'], required: true },
      { key: 'nilai', names: ['Nilai'], under: ['Penilaian Mandiri'] },
    ]);
    assert.ok(match);
    assert.equal(match.band.top, 1);
    assert.equal(match.band.bottom, 2);
    assert.equal(match.band.dataStart, 3);
    assert.deepEqual(match.columns, { kode: 0, bobot: 2, jawaban: 3, nilai: 5 });
    assert.equal(match.band.columns[0]!.name, 'KODE', 'a vertical merge is one part');
    assert.equal(match.band.columns[4]!.name, 'PENILAIAN MANDIRI / KOEFISIEN KRITERIA');
  });

  it('without merges the band title does not reach the columns it does not sit on', () => {
    const sheet = sheetFromGrid('S', [
      ['KODE', 'PENILAIAN MANDIRI', ''],
      ['', 'JAWABAN', 'NILAI'],
    ]);
    const match = findHeaderBand(sheetView(sheet), [{ key: 'nilai', names: ['Nilai'], under: ['Penilaian Mandiri'], required: true }]);
    assert.equal(match, undefined);
  });

  it('finds a four-row band below title rows and skips the column-number and unit rows', () => {
    const rows: unknown[][] = [
      ['EVALUASI TERHADAP HASIL RENJA'],
      ['Perangkat Daerah : Badan Contoh'],
      [],
      ['No', 'Indikator Kinerja Program', 'Satuan', 'Realisasi Kinerja Pada Triwulan', '', '', ''],
      ['', '', '', 'I', '', 'II', ''],
      ['', '', '', 'K', 'Rp.', 'K', 'Rp.'],
      [1, 2, 3, 4, 4, 5, 5],
      ['13 = 9 + 10 + 11 + 12'],
      ['1', 'Nilai LHE', 'Nilai', 14.9, 100, 13.5, 200],
    ];
    const view = sheetView({ ...sheetFromGrid('E81', rows), merges: ['A4:A6', 'B4:B6', 'C4:C6', 'D4:G4', 'D5:E5', 'F5:G5'] });
    const match = findHeaderBand(view, [
      { key: 'indikator', names: ['Indikator Kinerja'], match: 'prefix', required: true },
      { key: 'satuan', names: ['Satuan'], required: true },
      { key: 'tw1', names: ['K'], under: ['I'], required: true },
      { key: 'tw2', names: ['K'], under: ['II'], required: true },
    ]);
    assert.ok(match);
    assert.deepEqual([match.band.top, match.band.bottom], [3, 5]);
    assert.deepEqual(match.columns, { indikator: 1, satuan: 2, tw1: 3, tw2: 5 });
    assert.equal(match.band.dataStart, 8, 'column-number rows skipped');
    assert.equal(bandAt(view, 3, 5).columns.find((c) => c.column === 6)!.name, 'Realisasi Kinerja Pada Triwulan / II / Rp.');
  });

  it('tells column-number and unit rows from data rows', () => {
    const sheet = sheetFromGrid('S', [[1, 2, 3, '13 = 9 + 10 + 11 + 12', '14 = 7 + 13', '15 = 14 / 6 x 100'], ['K', '%', 'Rp.'], ['1', 'Nilai', 3], [1, 2]]);
    assert.deepEqual([0, 1, 2, 3].map((r) => isColumnNumberRow(sheet, r)), [true, false, false, false]);
    assert.deepEqual([0, 1, 2, 3].map((r) => isUnitRow(sheet, r)), [false, true, false, false]);
    assert.equal(headerKey(' SUB - KOMPONEN '), 'subkomponen');
  });

  it('reads numbers in the source convention', () => {
    assert.equal(parseNumberIn('1.250,5', 'id'), 1250.5);
    assert.equal(parseNumberIn('85.71', 'en'), 85.71);
    assert.equal(parseNumberIn('1,250.5', 'en'), 1250.5);
    assert.equal(parseNumberIn('85,71', 'en'), undefined);
    assert.equal(parseNumberIn('-12%', 'en'), -12);
  });
});
