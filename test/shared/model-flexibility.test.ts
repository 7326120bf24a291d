/** The city Model LKE's flexibility (scoring.md §1–3): structure rows, a 4th sub-component, option values, per-document criteria, akumulasi, capaian bands. */
import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { parseCategoryScheme, capaianCategory } from '../../shared/capaian/category';
import { buildCustomModel, parseOptionList, type CustomCriterionRow } from '../../shared/models/custom-model';
import { modelSheetRows } from '../../shared/models/model-sheet-rows';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { criterionAnswer } from '../../shared/scoring/criterion-answer';
import { parseAnswer } from '../../shared/scoring/answer-scale';
import { scoreLke } from '../../shared/scoring/rollup';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { baseCityFixture, cityTable } from '../support/city-fixture';

let line = 1;
const row = (code: string, text: string, type: string, extra: Partial<CustomCriterionRow> = {}): CustomCriterionRow => {
  line += 1;
  return { code, text, type, cell: { code: `A${line}`, type: `C${line}` }, ...extra };
};

describe('model flexibility', () => {
  it('a city model with Evaluasi Internal in four sub-components (Capaian), option values, per-document criteria and akumulasi', () => {
    const rows = [
      row('4.1', 'Pemenuhan', '', { weight: '5' }),
      row('4.2', 'Kualitas', '', { weight: '7,5' }),
      row('4.3', 'Pemanfaatan', '', { weight: '5', method: 'akumulasi' }),
      row('4.4', 'Capaian', '', { weight: '7,5' }),
      ...MODEL_88_2021.criteria.filter((c) => c.component !== 4).map((c) => row(c.code, c.text, c.type)),
      row('4.1.1', 'Evaluasi internal dilaksanakan', 'Y/T per dokumen'),
      row('4.2.1', 'Evaluasi berjenjang', 'A=1; B=0,66; C=0,33; D=0'),
      row('4.3.1', 'Rekomendasi ditindaklanjuti', 'MEMADAI/BELUM MEMADAI', { weight: '2' }),
      row('4.3.2', 'Hasil evaluasi dimanfaatkan', '%', { weight: '3' }),
      row('4.4.1', 'Target tercapai', 'A-D'),
    ];
    const result = buildCustomModel('Model Kota', MODEL_88_2021, rows);
    assert.deepEqual(result.problems, []);
    const model = result.model!;
    assert.deepEqual(model.components[3]!.subComponents.map((s) => [s.name, s.weight, s.method ?? 'rata-rata']), [
      ['Pemenuhan', 5, 'rata-rata'],
      ['Kualitas', 7.5, 'rata-rata'],
      ['Pemanfaatan', 5, 'akumulasi'],
      ['Capaian', 7.5, 'rata-rata'],
    ]);
    const k = (code: string) => model.criteria.find((c) => c.code === code)!;
    assert.equal(k('4.1.1').perDokumen, true);
    assert.deepEqual(k('4.2.1').options, parseOptionList('A=1; B=0,66; C=0,33; D=0'));
    const entry = { kode: '4.1.1', uraian: '', jawaban: '', catatan: '', buktiDukung: '', cells: { kode: 'A1', jawaban: 'C1' } };
    assert.deepEqual(criterionAnswer({ ...entry, dokumen: [{ nama: 'LHE', jawaban: 'Y', bobot: 1, cell: 'C2' }, { nama: 'TL', jawaban: 'T', bobot: 1, cell: 'C3' }, { nama: 'X', jawaban: '', bobot: 2, cell: 'C4' }] }, k('4.1.1')), { kind: 'valid', answer: 'Y;T;-', value: 0.25 });
    assert.deepEqual(criterionAnswer({ ...entry, kode: '4.2.1', jawaban: 'b' }, k('4.2.1')), { kind: 'valid', answer: 'B', value: 0.66 });
    assert.equal(parseAnswer('belum memadai', 'M/BM').kind, 'valid');
    assert.deepEqual(parseAnswer('85,5', '%'), { kind: 'valid', answer: '85.5', value: 0.855 });
    assert.equal(parseAnswer('120', '%').kind, 'invalid');
    // akumulasi: Σ value × criterion weight: MEMADAI (2 × 1) + 50 % (3 × 0,5) = 3,5 of 5
    const score = scoreLke(model, new Map([['4.3.1', 1], ['4.3.2', 0.5], ['4.4.1', 0.66]]));
    assert.ok(Math.abs(score.components[3]!.subComponents[2]!.score - 3.5) < 1e-9);
    assert.ok(Math.abs(score.components[3]!.subComponents[3]!.score - 0.66 * 7.5) < 1e-9);
  });

  it('a model written as Model LKE rows (as the consolidation records it) is built back the same', () => {
    const rows = [
      row('1', 'Perencanaan Kinerja Kota', ''),
      row('4.1', 'Pemenuhan', '', { weight: '5' }),
      row('4.2', 'Kualitas', '', { weight: '7,5' }),
      row('4.3', 'Pemanfaatan', '', { weight: '5', method: 'akumulasi' }),
      row('4.4', 'Capaian', '', { weight: '7,5' }),
      ...MODEL_88_2021.criteria.filter((c) => c.component !== 4).map((c) => row(c.code, c.text, c.type, c.code === '1.1.2' ? { rule: '<= 1.1.1' } : {})),
      row('4.1.1', 'Evaluasi internal dilaksanakan', 'Y/T per dokumen'),
      row('4.2.1', 'Evaluasi berjenjang', 'A=1; B=0,66; C=0,33; D=0'),
      row('4.3.1', 'Rekomendasi ditindaklanjuti', 'M/BM', { weight: '2' }),
      row('4.3.2', 'Hasil evaluasi dimanfaatkan', '%', { weight: '3,5' }),
      row('4.4.1', 'Target tercapai', 'A-D', { rule: '<= RATA(4.2)' }),
    ];
    const model = buildCustomModel('Model Kota', MODEL_88_2021, rows).model!;
    assert.equal(model.rules.length, 2);
    let n = 0;
    const written = modelSheetRows(model).map((r): CustomCriterionRow => {
      n += 1;
      return { code: r.kode, text: r.uraian, type: r.tipe, ...(r.aturan ? { rule: r.aturan } : {}), ...(r.bobot !== '' ? { weight: String(r.bobot) } : {}), ...(r.metode ? { method: r.metode } : {}), cell: { code: `A${n}`, type: `C${n}` } };
    });
    const again = buildCustomModel('Model Kota', MODEL_88_2021, written);
    assert.deepEqual(again.problems, []);
    assert.deepEqual(again.model, model);
  });

  it('sub-component weights that do not add up to their component are refused', () => {
    const rows = [row('4.4', 'Capaian', '', { weight: '7,5' }), ...MODEL_88_2021.criteria.map((c) => row(c.code, c.text, c.type)), row('4.4.1', 'Target tercapai', 'A-D')];
    assert.ok(buildCustomModel('Model Kota', MODEL_88_2021, rows).problems.some((p) => p.code === 'MODEL_WEIGHT_INVALID'));
  });

  it('capaian category bands per city', () => {
    const scheme = parseCategoryScheme('Sangat Tinggi >= 90; Tinggi >= 75; Sedang ≥ 60; Rendah >= 50; Sangat Rendah >= 0')!;
    assert.equal(capaianCategory(89.99, scheme), 'Tinggi');
    assert.equal(capaianCategory(60, scheme), 'Sedang');
    assert.equal(parseCategoryScheme('Bagus > 10'), undefined);
    const fixture = baseCityFixture();
    fixture.kota.push(['Kategori Capaian', 'Sangat Tinggi >= 90; Tinggi >= 75; Sedang >= 60; Rendah >= 50; Sangat Rendah >= 0']);
    const city = readCityWorkbook(cityTable(fixture)).config!;
    assert.deepEqual(city.capaianScheme, scheme);
    void assessOpdWorkbook;
  });
});
