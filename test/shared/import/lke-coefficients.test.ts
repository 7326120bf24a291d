/**
 * Hierarchical LKE: the value of each answer read from the file's coefficient column, and unequal
 * criterion weights read from the file (docs/import.md §2).
 */
import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../../shared/assess/assess-opd';
import { criterionWeights } from '../../../shared/import/lke-coefficients';
import { importedOpdTemplate } from '../../../shared/import/imported-opd-template';
import { MODEL_88_2021 } from '../../../shared/models/model-88-2021';
import { SheetReport } from '../../../shared/parse/sheet-report';
import { scoreLke } from '../../../shared/scoring/rollup';
import { answerScale } from '../../../shared/scoring/answer-scale';
import { modelShapedLke, foreignLkeTable } from '../../support/foreign-lke-fixture';

const A_E = { Y: 1, T: 0, A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 };

/** Answers on every letter of A–E and Y/T, one criterion in four left open. */
function answers(): Record<string, string> {
  const out: Record<string, string> = {};
  MODEL_88_2021.criteria.forEach((c, i) => {
    if (i % 4 === 3) return;
    out[c.code] = c.type === 'Y/T' ? (i % 2 ? 'Y' : 'T') : 'ABCDE'[i % 5]!;
  });
  return out;
}

/** The score the same answers give typed into the own template (88/2021, A–E). */
function ownScore(given: Record<string, string>) {
  const values = new Map(
    Object.entries(given).map(([code, answer]) => {
      const type = MODEL_88_2021.criteria.find((c) => c.code === code)!.type;
      return [code, answerScale(type).find((s) => s.answer === answer)!.value] as const;
    }),
  );
  return scoreLke(MODEL_88_2021, values);
}

describe('import: coefficient columns and criterion weights', () => {
  it('coefficients of the A–E scale: read as A–E (B = 0,75), scoring exactly as the own template; import writes every answer as it is', () => {
    const given = answers();
    const assessment = assessOpdWorkbook(foreignLkeTable(modelShapedLke(MODEL_88_2021, given, { coefficients: A_E })));
    assert.ok(!assessment.findings.some((f) => f.code === 'IMPORT_COEFFICIENT_DIFFERS' || f.severity === 'error'));
    assert.equal(assessment.model.criteria.find((c) => c.code === '1.2.1')!.type, 'A-E');
    const own = ownScore(given);
    assert.ok(own.total > 10);
    assert.ok(Math.abs(assessment.score.total - own.total) < 1e-9, `${assessment.score.total} ≠ ${own.total}`);
    const converted = importedOpdTemplate(assessment, MODEL_88_2021);
    assert.ok(converted.ok);
    assert.ok(!converted.findings.some((f) => f.code === 'IMPORT_ANSWER_RESCALED'));
  });

  it('the same answers without coefficients read on the four-step scale (B = 0,66): the score differs', () => {
    const given = answers();
    const withoutE = Object.fromEntries(Object.entries(given).filter(([, a]) => a !== 'E'));
    const assessment = assessOpdWorkbook(foreignLkeTable(modelShapedLke(MODEL_88_2021, withoutE)));
    assert.equal(assessment.model.criteria.find((c) => c.code === '1.2.1')!.type, 'A-D');
    assert.ok(assessment.score.total < ownScore(withoutE).total - 0.1);
  });

  it('another scale (B = 0,8): scored by the file\'s own coefficients, each differing one a finding', () => {
    const given = { '1.2.1': 'B', '1.2.2': 'A', '1.2.3': 'C' };
    const assessment = assessOpdWorkbook(foreignLkeTable(modelShapedLke(MODEL_88_2021, given, { coefficients: { A: 1, B: 0.8, C: 0.6, D: 0.4 } })));
    assert.equal(assessment.values.get('1.2.1'), 0.8);
    assert.equal(assessment.values.get('1.2.3'), 0.6);
    const differs = assessment.findings.filter((f) => f.code === 'IMPORT_COEFFICIENT_DIFFERS');
    assert.deepEqual(differs.map((f) => (f.params as { answer: string }).answer).sort(), ['B', 'C']);
    assert.ok(differs.every((f) => f.sheet === 'KKE' && f.cell));
    // Kualitas 1.2 (weight 9, 10 criteria): (0,8 + 1 + 0,6) / 10 × 9.
    assert.ok(Math.abs(assessment.score.components[0]!.subComponents[1]!.score - 2.16) < 1e-9);
  });

  it('one answer given two coefficients: IMPORT_VALUE_NOT_UNDERSTOOD, the first kept', () => {
    const lke = modelShapedLke(MODEL_88_2021, { '1.2.1': 'B', '1.2.2': 'B' }, { coefficients: { B: 0.66 } });
    const row = lke.grid.findIndex((r) => r[0] === 'K1.2.2');
    lke.grid[row]![8] = 0.7;
    const assessment = assessOpdWorkbook(foreignLkeTable(lke));
    assert.ok(assessment.findings.some((f) => f.code === 'IMPORT_VALUE_NOT_UNDERSTOOD' && /Koefisien jawaban B/.test(JSON.stringify(f.params))));
  });

  it('unequal criterion weights (a Bobot per criterion): the sub-component sums them', () => {
    // Sub-component 1.1 (weight 6, 7 criteria): the first weighs 3, the six others 0,5 each.
    const weights: Record<string, number> = { '1.1.1': 0.03 };
    for (let n = 2; n <= 7; n += 1) weights[`1.1.${n}`] = 0.005;
    const assessment = assessOpdWorkbook(foreignLkeTable(modelShapedLke(MODEL_88_2021, { '1.1.1': 'Y', '1.1.2': 'Y' }, { weights })));
    const sub = assessment.model.components[0]!.subComponents[0]!;
    assert.equal(sub.method, 'akumulasi');
    assert.deepEqual(assessment.model.criteria.filter((c) => c.slot === 1 && c.component === 1).map((c) => c.weight), [3, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    assert.ok(Math.abs(assessment.score.components[0]!.subComponents[0]!.score - 3.5) < 1e-9);
    // The other sub-components keep the mean.
    assert.equal(assessment.model.components[0]!.subComponents[1]!.method, undefined);
  });

  it('criterion weights that do not add up to the sub-component: a finding, the mean kept', () => {
    const weights: Record<string, number> = {};
    for (let n = 1; n <= 7; n += 1) weights[`1.1.${n}`] = n === 1 ? 0.05 : 0.005;
    const assessment = assessOpdWorkbook(foreignLkeTable(modelShapedLke(MODEL_88_2021, { '1.1.1': 'Y' }, { weights })));
    assert.ok(assessment.findings.some((f) => f.code === 'IMPORT_VALUE_NOT_UNDERSTOOD' && /Jumlah bobot kriteria/.test(JSON.stringify(f.params))));
    assert.equal(assessment.model.components[0]!.subComponents[0]!.method, undefined);
  });

  it('Jumlah Kriteria counts: shares of the sub-component; equal counts keep the mean', () => {
    const report = new SheetReport('f.xlsx', 'KKE');
    assert.deepEqual(criterionWeights([{ weight: null, count: 2 }, { weight: null, count: 1 }, { weight: null, count: 1 }], 20, 'Kualitas', report), [10, 5, 5]);
    assert.equal(criterionWeights([{ weight: null, count: 1 }, { weight: null, count: 1 }], 20, 'Kualitas', report), undefined);
    assert.equal(report.findings.length, 0);
  });
});
