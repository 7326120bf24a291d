import assert from 'node:assert/strict';
import { capaian, DEFAULT_CAPAIAN_OPTIONS, NO_VALUE_REASONS, type CapaianOptions, type Target } from '../../shared/capaian';

const num = (value: number): Target => ({ kind: 'number', value });
const range = (low: number, high: number): Target => ({ kind: 'range', low, high });
const TR: CapaianOptions = { negativeFormula: 'T/R' };

/** The capaian value, or the no-value reason. */
function valueOf(result: ReturnType<typeof capaian>): number | string {
  return result.ok ? result.value : result.reason;
}
function assertClose(actual: number | string, expected: number): void {
  assert.equal(typeof actual, 'number', `expected a value, got ${String(actual)}`);
  assert.ok(Math.abs((actual as number) - expected) < 1e-9, `${String(actual)} ≠ ${expected}`);
}

describe('capaian: formulas (scoring.md §6)', () => {
  it('positive polarity: R / T × 100, full precision', () => {
    assert.equal(valueOf(capaian(num(100), 85, 'positif')), 85);
    assert.equal(valueOf(capaian(num(80), 100, 'positif')), 125);
    assertClose(valueOf(capaian(num(3), 2, 'positif')), 66.66666666666667);
  });
  it('negative polarity 2T-R (default): (2T − R) / T × 100, floored at 0', () => {
    assert.equal(valueOf(capaian(num(10), 8, 'negatif')), 120);
    assert.equal(valueOf(capaian(num(10), 12, 'negatif')), 80);
    assert.equal(valueOf(capaian(num(10), 20, 'negatif')), 0);
    assert.equal(valueOf(capaian(num(10), 25, 'negatif')), 0); // −50 floored
    assert.equal(valueOf(capaian(num(10), 0, 'negatif')), 200);
    assert.deepEqual(capaian(num(10), 25, 'negatif', DEFAULT_CAPAIAN_OPTIONS), { ok: true, value: 0, raw: 0 });
  });
  it('negative polarity T/R: T / R × 100; realisasi 0 gives no value', () => {
    assert.equal(valueOf(capaian(num(10), 8, 'negatif', TR)), 125);
    assert.equal(valueOf(capaian(num(10), 20, 'negatif', TR)), 50);
    assert.deepEqual(capaian(num(10), 0, 'negatif', TR), { ok: false, reason: 'realisasi-zero' });
  });
  it('range a–b, positive: above b → R / b; below a → R / a; inside → 100', () => {
    assertClose(valueOf(capaian(range(80, 90), 99, 'positif')), 110); // 99 / 90 × 100
    assert.equal(valueOf(capaian(range(80, 90), 72, 'positif')), 90);
    assert.equal(valueOf(capaian(range(80, 90), 85, 'positif')), 100);
    assert.equal(valueOf(capaian(range(80, 90), 80, 'positif')), 100);
    assert.equal(valueOf(capaian(range(80, 90), 90, 'positif')), 100);
    assertClose(valueOf(capaian(range(2.5, 3.5), 2, 'positif')), 80);
  });
  it('range a–b, negative: the nearest bound plays T', () => {
    // 2T-R: below a → (2a − R) / a; above b → (2b − R) / b.
    assert.equal(valueOf(capaian(range(10, 20), 5, 'negatif')), 150);
    assert.equal(valueOf(capaian(range(10, 20), 25, 'negatif')), 75);
    assert.equal(valueOf(capaian(range(10, 20), 15, 'negatif')), 100);
    assert.equal(valueOf(capaian(range(10, 20), 50, 'negatif')), 0);
    // T/R: likewise.
    assert.equal(valueOf(capaian(range(10, 20), 5, 'negatif', TR)), 200);
    assert.equal(valueOf(capaian(range(10, 20), 25, 'negatif', TR)), 80);
    assert.equal(valueOf(capaian(range(10, 20), 15, 'negatif', TR)), 100);
  });
  it('target 0, blank target and blank realisasi give no value with their reason', () => {
    assert.deepEqual(capaian(num(0), 5, 'positif'), { ok: false, reason: 'target-zero' });
    assert.deepEqual(capaian(num(0), 5, 'negatif'), { ok: false, reason: 'target-zero' });
    assert.deepEqual(capaian(null, 5, 'positif'), { ok: false, reason: 'target-missing' });
    assert.deepEqual(capaian(num(100), null, 'positif'), { ok: false, reason: 'realisasi-missing' });
    assert.deepEqual(capaian(num(NaN), 5, 'positif'), { ok: false, reason: 'target-missing' });
    assert.deepEqual(capaian(range(0, 10), 0, 'positif'), { ok: true, value: 100, raw: 100 });
  });
  it('realisasi 0 is a real value (positive → 0)', () => {
    assert.deepEqual(capaian(num(100), 0, 'positif'), { ok: true, value: 0, raw: 0 });
  });
  it('cap: none by default; when set, value = min(raw, cap) and raw keeps the uncapped value', () => {
    assert.deepEqual(capaian(num(100), 150, 'positif'), { ok: true, value: 150, raw: 150 });
    const capped: CapaianOptions = { negativeFormula: '2T-R', cap: 120 };
    assert.deepEqual(capaian(num(100), 150, 'positif', capped), { ok: true, value: 120, raw: 150 });
    assert.deepEqual(capaian(num(100), 90, 'positif', capped), { ok: true, value: 90, raw: 90 });
    assert.deepEqual(capaian(num(10), 5, 'negatif', capped), { ok: true, value: 120, raw: 150 });
    assert.deepEqual(capaian(num(100), 150, 'positif', { negativeFormula: '2T-R', cap: null }), {
      ok: true,
      value: 150,
      raw: 150,
    });
  });
  it('has an Indonesian and an English message for every reason', () => {
    assert.equal(NO_VALUE_REASONS['target-missing'].id, 'Target kosong');
    assert.equal(NO_VALUE_REASONS['target-zero'].id, 'Target bernilai 0');
    assert.equal(NO_VALUE_REASONS['realisasi-missing'].id, 'Realisasi belum diisi');
    for (const [reason, message] of Object.entries(NO_VALUE_REASONS)) {
      assert.ok(message.id.length > 0 && message.en.length > 0, reason);
    }
    assert.equal(Object.keys(NO_VALUE_REASONS).length, 7);
  });
});

describe('capaian: a result beyond the largest number has no value (issue 10)', () => {
  it('9.99E+307 against a target of 0.01 with no cap is `overflow`, never Infinity', () => {
    assert.equal(valueOf(capaian(num(0.01), 9.99e307, 'positif', { negativeFormula: '2T-R', cap: null })), 'overflow');
    assert.equal(valueOf(capaian(num(1e300), 1e-300, 'negatif', { cap: null, negativeFormula: 'T/R' })), 'overflow');
    assert.equal(valueOf(capaian(num(0.01), 9.99e307, 'negatif', { negativeFormula: '2T-R', cap: null })), 0);
  });
  it('a realisasi or target summed beyond the largest number is `overflow`, not a blank', () => {
    assert.equal(valueOf(capaian(num(100), Infinity, 'positif')), 'overflow');
    assert.equal(valueOf(capaian(num(Infinity), 100, 'positif')), 'overflow');
    assert.equal(valueOf(capaian(num(100), NaN, 'positif')), 'realisasi-missing');
  });
  it('with a cap the value is still no value: the raw figure is not a number', () => {
    assert.equal(valueOf(capaian(num(0.01), 9.99e307, 'positif', { negativeFormula: '2T-R', cap: 120 })), 'overflow');
  });
});
