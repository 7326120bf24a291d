import assert from 'node:assert/strict';
import {
  PREDIKAT_TABLE,
  gradeScore,
  isPredikat,
  labelOf,
  parseBoundMode,
  pointsToNextGrade,
  type BoundMode,
  type Predikat,
} from '../../shared/scoring/predikat';

const grade = (score: unknown, mode?: BoundMode): Predikat | string => {
  const result = gradeScore(score, mode);
  return result.ok ? result.predikat : `error:${result.error}`;
};

describe('predikat', () => {
  it('grades every bound with exclusive lower bounds (default)', () => {
    const cases: [number, Predikat][] = [
      [0, 'D'], [30, 'D'], [30.01, 'C'], [50, 'C'], [50.01, 'CC'], [60, 'CC'], [60.01, 'B'],
      [70, 'B'], [70.01, 'BB'], [70.96, 'BB'], [80, 'BB'], [80.01, 'A'], [87.34, 'A'], [90, 'A'],
      [90.004, 'A'], [90.005, 'AA'], [100, 'AA'],
    ];
    for (const [score, expected] of cases) assert.equal(grade(score), expected, `score ${score}`);
  });

  it('grades every bound with inclusive lower bounds', () => {
    const cases: [number, Predikat][] = [
      [0, 'D'], [29.99, 'D'], [30, 'C'], [30.01, 'C'], [50, 'CC'], [50.01, 'CC'], [60, 'B'], [60.01, 'B'],
      [70, 'BB'], [70.01, 'BB'], [70.96, 'BB'], [80, 'A'], [80.01, 'A'], [87.34, 'A'], [90, 'AA'],
      [90.004, 'AA'], [90.005, 'AA'], [100, 'AA'], [89.999, 'AA'], [89.994, 'A'],
    ];
    for (const [score, expected] of cases) assert.equal(grade(score, 'inklusif'), expected, `score ${score}`);
  });

  it('returns the rounded score and the label', () => {
    assert.deepEqual(gradeScore(90.005), { ok: true, score: 90.01, predikat: 'AA', label: 'Sangat Memuaskan' });
    assert.deepEqual(gradeScore(89.999, 'inklusif'), { ok: true, score: 90, predikat: 'AA', label: 'Sangat Memuaskan' });
    assert.deepEqual(gradeScore(55), { ok: true, score: 55, predikat: 'CC', label: 'Cukup (Memadai)' });
  });

  it('rejects out-of-range, non-numeric and empty scores', () => {
    assert.equal(grade(-0.01), 'error:out-of-range');
    assert.equal(grade(100.01), 'error:out-of-range');
    assert.equal(grade('85'), 'error:not-a-number');
    assert.equal(grade(Number.NaN), 'error:not-a-number');
    assert.equal(grade(Number.POSITIVE_INFINITY), 'error:not-a-number');
    assert.equal(grade(''), 'error:empty');
    assert.equal(grade(null), 'error:empty');
    assert.equal(grade(undefined), 'error:empty');
    assert.deepEqual(gradeScore(100.01), {
      ok: false,
      error: 'out-of-range',
      message: { id: 'Nilai harus antara 0 dan 100', en: 'The score must be between 0 and 100' },
    });
    const notNumber = gradeScore('85');
    assert.equal(notNumber.ok ? '' : notNumber.message.id, 'Nilai harus berupa angka');
  });

  it('rounds before the range check', () => {
    assert.equal(grade(100.004), 'AA');
    assert.equal(grade(-0.004), 'D');
    assert.equal(grade(100.005), 'error:out-of-range');
  });

  it('gives the points to the next grade on the 2-decimal score', () => {
    assert.equal(pointsToNextGrade(70.96), 9.05);
    assert.equal(pointsToNextGrade(70.96, 'inklusif'), 9.04);
    assert.equal(pointsToNextGrade(90), 0.01);
    assert.equal(pointsToNextGrade(90, 'inklusif'), 0);
    assert.equal(pointsToNextGrade(100), 0);
    assert.equal(pointsToNextGrade(0), 30.01);
    assert.equal(pointsToNextGrade(0, 'inklusif'), 30);
    assert.equal(pointsToNextGrade(59.994), 0.02); // 59.99 → 60.01
    const error = pointsToNextGrade(101);
    assert.equal(typeof error === 'number' ? '' : error.error, 'out-of-range');
  });

  it('reads bound modes, labels and predikat codes', () => {
    assert.equal(parseBoundMode(''), 'eksklusif');
    assert.equal(parseBoundMode(undefined), 'eksklusif');
    assert.equal(parseBoundMode(' Inklusif '), 'inklusif');
    assert.equal(parseBoundMode('inclusive'), 'inklusif');
    assert.equal(parseBoundMode('EXCLUSIVE'), 'eksklusif');
    assert.equal(parseBoundMode('kadang'), undefined);
    assert.equal(labelOf('CC'), 'Cukup (Memadai)');
    assert.equal(labelOf('D'), 'Sangat Kurang');
    assert.equal(isPredikat('BB'), true);
    assert.equal(isPredikat('E'), false);
    assert.deepEqual(PREDIKAT_TABLE.map((b) => b.predikat), ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D']);
  });
});
