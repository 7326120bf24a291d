import assert from 'node:assert/strict';
import { buildCustomModel, type CustomCriterionRow, type ModelProblem } from '../../shared/models/custom-model';
import type { EvaluationModel } from '../../shared/models/model';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';

/** A row on sheet line `line`: code in A, text in B, type in C, rule in D. */
const row = (line: number, code: string, type: string, rule?: string): CustomCriterionRow => ({
  code,
  text: `Kriteria ${code}`,
  type,
  ...(rule === undefined ? {} : { rule }),
  cell: { code: `A${line}`, type: `C${line}`, rule: `D${line}` },
});

/** The 88/2021 criteria as a city list, rows from line 2. */
const baseRows = (): CustomCriterionRow[] => MODEL_88_2021.criteria.map((c, i) => row(i + 2, c.code, c.type));

const problemsOf = (rows: CustomCriterionRow[], base: EvaluationModel = MODEL_88_2021): readonly ModelProblem[] =>
  buildCustomModel('Model Kota', base, rows).problems;

describe('custom model', () => {
  it('builds a model from a good list, with free spelling of types and rules', () => {
    const rows = baseRows();
    rows[0] = row(2, ' 1.1.1 ', 'y/t');
    rows[7] = row(9, '1.2.1', 'a–e', '  ≤ rata( 1.2 ) ');
    rows[8] = row(10, '1.2.2', 'AA - E', '<=AVG(1.1)');
    rows[9] = row(11, '1.2.3', 'A-E', '<= 1.1.1');
    rows.push(row(90, '1.2.11', 'aa-e'));
    const result = buildCustomModel('Model Kota', MODEL_88_2021, rows);
    assert.deepEqual(result.problems, []);
    const model = result.model!;
    assert.equal(model.id, 'Model Kota');
    assert.equal(model.name, 'Model Kota');
    assert.equal(model.baseModel, '88/2021');
    assert.equal(model.components, MODEL_88_2021.components);
    assert.equal(model.criteria.length, 81);
    assert.deepEqual(model.criteria[0], { code: '1.1.1', component: 1, slot: 1, text: 'Kriteria  1.1.1', type: 'Y/T' });
    assert.deepEqual(
      model.criteria.filter((c) => c.code.startsWith('1.2.')).map((c) => c.type).slice(0, 2),
      ['A-E', 'AA-E'],
    );
    assert.equal(model.criteria.at(-1)!.type, 'AA-E');
    assert.deepEqual(model.rules, [
      { kind: 'average', criterion: '1.2.1', reference: '1.2' },
      { kind: 'average', criterion: '1.2.2', reference: '1.1' },
      { kind: 'prerequisite', criterion: '1.2.3', reference: '1.1.1' },
    ]);
  });

  it('rejects malformed codes and codes outside the base sub-components', () => {
    const rows = baseRows();
    rows.push(row(90, '1.2', 'A-E'), row(91, '1.0.1', 'A-E'), row(92, '5.1.1', 'A-E'), row(93, '1.4.1', 'A-E'), row(94, 'x', 'A-E'));
    const result = buildCustomModel('Model Kota', MODEL_88_2021, rows);
    assert.equal(result.model, undefined);
    assert.deepEqual(result.problems, [
      { code: 'MODEL_CODE_MALFORMED', kode: '1.2', cell: 'A90' },
      { code: 'MODEL_CODE_MALFORMED', kode: '1.0.1', cell: 'A91' },
      { code: 'MODEL_CODE_MALFORMED', kode: '5.1.1', cell: 'A92' },
      { code: 'MODEL_CODE_MALFORMED', kode: '1.4.1', cell: 'A93' },
      { code: 'MODEL_CODE_MALFORMED', kode: 'x', cell: 'A94' },
    ]);
  });

  it('rejects duplicate codes, naming the first cell', () => {
    const rows = baseRows();
    rows.push(row(90, '1.1.1', 'Y/T'));
    assert.deepEqual(problemsOf(rows), [{ code: 'CODE_DUPLICATE', kode: '1.1.1', firstCell: 'A2', cell: 'A90' }]);
  });

  it('rejects unknown answer types', () => {
    const rows = baseRows();
    rows[3] = row(5, '1.1.4', 'Ya/Tidak');
    assert.deepEqual(problemsOf(rows), [
      { code: 'VALUE_NOT_ALLOWED', field: 'Tipe', value: 'Ya/Tidak', allowed: ['Y/T', 'A-E', 'AA-E', 'A-D', 'M/BM', '%'], cell: 'C5' },
    ]);
  });

  it('rejects unreadable rules and rules referencing what does not exist', () => {
    const rows = baseRows();
    rows[3] = row(5, '1.1.4', 'Y/T', 'lebih kecil dari 1.1.3');
    rows[4] = row(6, '1.1.5', 'Y/T', '>= 1.1.3');
    rows[5] = row(7, '1.1.6', 'Y/T', '<= 9.9.9');
    rows[6] = row(8, '1.1.7', 'Y/T', '<= RATA(1.4)');
    rows[7] = row(9, '1.2.1', 'A-E', '<= 1.2.11');
    assert.deepEqual(problemsOf(rows), [
      { code: 'MODEL_RULE_INVALID', rule: 'lebih kecil dari 1.1.3', cell: 'D5' },
      { code: 'MODEL_RULE_INVALID', rule: '>= 1.1.3', cell: 'D6' },
      { code: 'MODEL_RULE_UNKNOWN_REFERENCE', rule: '<= 9.9.9', reference: '9.9.9', cell: 'D7' },
      { code: 'MODEL_RULE_UNKNOWN_REFERENCE', rule: '<= RATA(1.4)', reference: '1.4', cell: 'D8' },
      { code: 'MODEL_RULE_UNKNOWN_REFERENCE', rule: '<= 1.2.11', reference: '1.2.11', cell: 'D9' },
    ]);
  });

  it('rejects a base sub-component left without criteria', () => {
    const rows = baseRows().filter((r) => !r.code.startsWith('4.3.'));
    assert.deepEqual(problemsOf(rows), [{ code: 'MODEL_SUBCOMPONENT_EMPTY', subcomponent: '4.3' }]);
  });

  it('rejects a base whose weights do not add up', () => {
    const base: EvaluationModel = {
      ...MODEL_88_2021,
      components: MODEL_88_2021.components.map((c) => (c.number === 4 ? { ...c, weight: 20 } : c)),
    };
    assert.deepEqual(problemsOf(baseRows(), base), [
      { code: 'MODEL_WEIGHT_INVALID', what: 'komponen 4 (jumlah subkomponen)', weight: 25, expected: 20 },
      { code: 'MODEL_WEIGHT_INVALID', what: 'total komponen', weight: 95, expected: 100 },
    ]);
  });
});
