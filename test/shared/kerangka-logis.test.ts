import assert from 'node:assert/strict';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { checkKerangkaLogis } from '../../shared/scoring/kerangka-logis';

const check = (entries: [string, number][]) => checkKerangkaLogis(MODEL_88_2021, new Map(entries));
const kualitas1 = (value: number): [string, number][] => Array.from({ length: 10 }, (_, i) => [`1.2.${i + 1}`, value]);

describe('kerangka logis', () => {
  it('warns when a prerequisite is scored lower than its dependent', () => {
    assert.deepEqual(check([['1.1.3', 0], ['1.1.4', 1]]), [
      {
        rule: { kind: 'prerequisite', criterion: '1.1.4', reference: '1.1.3' },
        ruleText: '1.1.4 ≤ 1.1.3',
        criterion: '1.1.4',
        value: 1,
        reference: '1.1.3',
        referenceValue: 0,
      },
    ]);
  });

  it('accepts a prerequisite met', () => {
    assert.deepEqual(check([['1.1.3', 1], ['1.1.4', 1]]), []);
    assert.deepEqual(check([['1.1.3', 1], ['1.1.4', 0]]), []);
  });

  it('counts a blank reference as 0', () => {
    const violations = check([['4.3.1', 0.25]]);
    assert.deepEqual(
      violations.map((v) => [v.ruleText, v.value, v.referenceValue]),
      [['4.3.1 ≤ RATA(4.2)', 0.25, 0], ['4.3.1 ≤ 4.1.2', 0.25, 0]],
    );
  });

  it('does not check a rule whose dependent criterion is blank', () => {
    assert.deepEqual(check([['1.1.3', 0], ['3.1.1', 0], ...kualitas1(0)]), []);
  });

  it('warns when a Pemanfaatan criterion is above the Kualitas mean', () => {
    const violations = check([...kualitas1(0.5), ['1.3.2', 0.75]]);
    assert.equal(violations.length, 1);
    assert.deepEqual(violations[0], {
      rule: { kind: 'average', criterion: '1.3.2', reference: '1.2' },
      ruleText: '1.3.2 ≤ RATA(1.2)',
      criterion: '1.3.2',
      value: 0.75,
      reference: '1.2',
      referenceValue: 0.5,
    });
  });

  it('accepts a Pemanfaatan criterion at or below the Kualitas mean', () => {
    assert.deepEqual(check([...kualitas1(0.5), ['1.3.2', 0.5], ['1.3.3', 0.25]]), []);
  });

  it('takes the mean over all criteria of the sub-component, blanks as 0', () => {
    // 5 of 10 answered A (1) → mean 0.5
    const half: [string, number][] = [1, 2, 3, 4, 5].map((n) => [`1.2.${n}`, 1]);
    assert.deepEqual(check([...half, ['1.3.1', 0.5]]), []);
    assert.deepEqual(check([...half, ['1.3.1', 0.75]]).map((v) => [v.ruleText, v.referenceValue]), [['1.3.1 ≤ RATA(1.2)', 0.5]]);
  });

  it('applies 3.3.n ≤ 3.1.1 to every Pelaporan Pemanfaatan criterion', () => {
    const kualitas3: [string, number][] = Array.from({ length: 9 }, (_, i) => [`3.2.${i + 1}`, 1]);
    const violations = check([['3.1.1', 0], ...kualitas3, ['3.3.1', 1], ['3.3.7', 0.5]]);
    assert.deepEqual(violations.map((v) => v.ruleText), ['3.3.1 ≤ 3.1.1', '3.3.7 ≤ 3.1.1']);
  });
});
