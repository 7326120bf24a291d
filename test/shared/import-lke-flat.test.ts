/** Flat LKE / criteria list: 80 criteria mapped to 88/2021 by position, confirmed by text; answered, scored like the template. */
import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { readAnyWorkbook } from '../../shared/import/read-foreign-workbook';
import { confirmPositions, textSimilarity } from '../../shared/import/text-similarity';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { scoreLke } from '../../shared/scoring/rollup';
import { parseAnswer } from '../../shared/scoring/answer-scale';
import { criteriaListGrid, criteriaListTable } from '../support/criteria-list-fixture';

describe('import: flat LKE and criteria lists', () => {
  it('reads a criteria list as 80 criteria of 88/2021 shape, each confirmed by text', () => {
    const read = readAnyWorkbook(criteriaListTable(criteriaListGrid(MODEL_88_2021)));
    const list = read.imported?.criteria;
    assert.ok(list);
    assert.equal(list.criteria.length, 80);
    assert.deepEqual(list.components.map((c) => c.subComponents.length), [3, 3, 3, 3]);
    assert.deepEqual(list.criteria.map((c) => c.code), MODEL_88_2021.criteria.map((c) => c.code));
    assert.equal(list.components[0]!.name, 'Perencanaan Kinerja', 'numbering taken off');
    const mapped = read.findings.find((f) => f.code === 'IMPORT_CODE_MAPPED');
    assert.deepEqual(mapped?.params, { count: 80, model: '88/2021', confirmed: 80 });
    assert.equal(read.findings.filter((f) => f.code === 'IMPORT_CRITERION_TEXT_DIFFERS').length, 0);
  });

  it('names the criteria whose text does not confirm their position (two swapped)', () => {
    const grid = criteriaListGrid(MODEL_88_2021);
    const [a, b] = [grid[2]![2], grid[5]![2]];
    grid[2]![2] = b;
    grid[5]![2] = a;
    const read = readAnyWorkbook(criteriaListTable(grid));
    assert.deepEqual(read.findings.filter((f) => f.code === 'IMPORT_CRITERION_TEXT_DIFFERS').map((f) => [f.cell, (f.params as { kode: string }).kode]), [
      ['C3', '1.1.2'],
      ['C6', '1.1.5'],
    ]);
    assert.deepEqual(read.findings.find((f) => f.code === 'IMPORT_CODE_MAPPED')?.params, { count: 80, model: '88/2021', confirmed: 78 });
  });

  it('a list of another shape keeps its own structure, with a finding', () => {
    const grid = criteriaListGrid(MODEL_88_2021).filter((_, r) => r !== 3);
    const read = readAnyWorkbook(criteriaListTable(grid));
    assert.equal(read.imported?.criteria?.criteria.length, 79);
    assert.ok(read.findings.some((f) => f.code === 'IMPORT_MODEL_FROM_FILE'));
  });

  it('an answered flat LKE scores as the same answers in the template', () => {
    const answers = new Map(MODEL_88_2021.criteria.map((c, i) => [c.code, c.type === 'Y/T' ? (i % 3 === 0 ? 'T' : 'Y') : ['A', 'B', 'C', 'D', 'E'][i % 5]!]));
    const assessment = assessOpdWorkbook(criteriaListTable(criteriaListGrid(MODEL_88_2021, answers)));
    const values = new Map(MODEL_88_2021.criteria.map((c) => [c.code, (parseAnswer(answers.get(c.code)!, c.type) as { value: number }).value]));
    assert.equal(assessment.imported?.sheets[0]?.layout, 'lke-datar');
    assert.ok(Math.abs(assessment.score.total - scoreLke(MODEL_88_2021, values).total) < 1e-9);
    assert.equal(assessment.score.unanswered, 0);
  });

  it('text similarity: two wordings of one criterion pair up, siblings do not swap', () => {
    assert.ok(textSimilarity('Terdapat dokumen perencanaan kinerja jangka menengah.', 'Terdapat dokumen perencanaan kinerja jangka menengah (Renstra)') > 0.8);
    assert.deepEqual(confirmPositions(['dokumen jangka pendek', 'dokumen jangka menengah'], ['dokumen jangka menengah', 'dokumen jangka pendek']), [false, false]);
  });
});
