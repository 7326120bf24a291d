import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { baseCityFixture, cityTable } from '../support/city-fixture';
import { baseFixture, fixtureTable } from '../support/opd-fixture';

describe('reading the city workbook', () => {
  it('reads settings, the OPD list and the city tree with defaults', () => {
    const fixture = baseCityFixture();
    fixture.kota = fixture.kota.filter((row) => !['Batas Predikat', 'Rumus Polaritas Negatif'].includes(String(row[0])));
    const { config, findings } = readCityWorkbook(cityTable(fixture));
    assert.deepEqual(findings, []);
    assert.equal(config?.namaKota, 'Kota Contoh');
    assert.equal(config?.tahun, 2025);
    assert.equal(config?.model.id, '88/2021');
    assert.equal(config?.boundMode, 'eksklusif');
    assert.equal(config?.negativeFormula, '2T-R');
    assert.equal(config?.cap, null);
    assert.deepEqual(config?.opds.map((o) => o.kodeOpd), ['DINKES', 'DISDIK']);
    assert.deepEqual(config?.pohon.map((n) => [n.kode, n.kodeInduk, n.level]), [['T1', '', 'Tujuan'], ['S1', 'T1', 'Sasaran']]);
  });

  it('applies inclusive bounds, the T/R formula and a cap to the OPD assessment', () => {
    const fixture = baseCityFixture();
    fixture.kota = [['Nama Kota', 'Kota Contoh'], ['Tahun', 2025], ['Batas Predikat', 'Inklusif'], ['Rumus Polaritas Negatif', 'T/R'], ['Batas Capaian', 110]];
    const { config } = readCityWorkbook(cityTable(fixture));
    assert.equal(config?.boundMode, 'inklusif');
    const assessment = assessOpdWorkbook(fixtureTable(baseFixture()), { city: config! });
    // IK2: negative, target 10, realisasi 8 in Mei → T/R = 125 → capped at 110.
    const ik2 = assessment.capaian[1];
    assert.ok(ik2?.ok);
    assert.equal(ik2.raw, 125);
    assert.equal(ik2.value, 110);
  });

  it('builds a custom model from the Model LKE sheet on the named model\'s weights', () => {
    const fixture = baseCityFixture();
    fixture.kota.push(['Nama Model', 'LKE Kota Contoh']);
    fixture.model = [['Kode', 'Uraian', 'Tipe', 'Aturan']];
    for (const k of [1, 2, 3, 4]) for (const s of [1, 2, 3]) fixture.model.push([`${k}.${s}.1`, `Kriteria ${k}.${s}.1`, s === 1 ? 'Y/T' : 'AA-E', s === 3 ? `<= RATA(${k}.2)` : '']);
    const { config, findings } = readCityWorkbook(cityTable(fixture));
    assert.deepEqual(findings, []);
    assert.equal(config?.model.id, 'LKE Kota Contoh');
    assert.equal(config?.model.baseModel, '88/2021');
    assert.equal(config?.model.criteria.length, 12);
    assert.equal(config?.model.rules.length, 4);

    // An OPD workbook naming the custom model is scored with it; one naming 88/2021 is a mismatch.
    const opd = baseFixture();
    opd.profil[5]![1] = 'LKE Kota Contoh';
    opd.lke = [['Kode', 'Jawaban'], ...config!.model.criteria.map((c) => [c.code, c.type === 'Y/T' ? 'Y' : 'BB'])];
    const assessment = assessOpdWorkbook(fixtureTable(opd), { city: config! });
    assert.deepEqual(assessment.findings, []);
    // Slot 1 full, slots 2 and 3 at 0.8: 100 − 0.2 × (80% of every component's weight) = 84.
    assert.ok(Math.abs(assessment.score.total - 84) < 1e-9);
    const other = assessOpdWorkbook(fixtureTable(baseFixture()), { city: config! });
    assert.deepEqual(other.findings.map((f) => f.code).slice(0, 1), ['MODEL_MISMATCH']);
    assert.equal(other.rejected, true);
  });

  it("reads Daftar OPD's optional Nilai Tahun Lalu (last year's LHE total, 0–100) and refuses what is not one", () => {
    const fixture = baseCityFixture();
    fixture.daftarOpd = [['Kode OPD', 'Nama OPD', 'Nilai Tahun Lalu'], ['DINKES', 'Dinas Kesehatan', '70,96'], ['DISDIK', 'Dinas Pendidikan', '']];
    assert.deepEqual(readCityWorkbook(cityTable(fixture)).config?.opds, [{ kodeOpd: 'DINKES', namaOpd: 'Dinas Kesehatan', nilaiTahunLalu: 70.96 }, { kodeOpd: 'DISDIK', namaOpd: 'Dinas Pendidikan' }]);
    fixture.daftarOpd = [['Kode OPD', 'Nama OPD', 'Nilai Tahun Lalu'], ['DINKES', 'Dinas Kesehatan', 'BB'], ['DISDIK', 'Dinas Pendidikan', 120]];
    const read = readCityWorkbook(cityTable(fixture));
    assert.equal(read.config, undefined);
    assert.deepEqual(read.findings.map((f) => [f.code, f.cell]), [['NUMBER_INVALID', 'C2'], ['VALUE_NOT_ALLOWED', 'C3']]);
  });

  it('reports missing sheets and bad settings, and gives no configuration then', () => {
    const fixture = baseCityFixture();
    fixture.kota[4]![1] = 'kadang';
    const read = readCityWorkbook(cityTable(fixture));
    assert.equal(read.config, undefined);
    assert.deepEqual(read.findings.map((f) => [f.code, f.cell]), [['VALUE_NOT_ALLOWED', 'B5']]);
    const empty = readCityWorkbook({ file: 'kota.xlsx', sheets: [] });
    assert.deepEqual(empty.findings.map((f) => [f.code, f.params]), [
      ['SHEET_MISSING', { sheetName: 'Kota' }],
      ['SHEET_MISSING', { sheetName: 'Daftar OPD' }],
      ['SHEET_RECOMMENDED_MISSING', { sheetName: 'Pohon Kinerja Kota' }],
    ]);
  });
});
