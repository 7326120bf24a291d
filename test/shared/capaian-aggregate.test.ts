import assert from 'node:assert/strict';
import { aggregate, indicatorCapaian, type Aggregation, type IndicatorMonths, type Target } from '../../shared/capaian';

type Month = number | null;
/** 12 monthly cells from the given leading months (the rest blank). */
const months = (...values: Month[]): Month[] => [...values, ...Array<Month>(12 - values.length).fill(null)];
const num = (value: number): Target => ({ kind: 'number', value });

function indicator(
  aggregation: Aggregation,
  realisasi: Month[],
  monthlyTargets: Month[] = months(),
  target: Target | null = num(1200),
): IndicatorMonths {
  return { target, monthlyTargets, realisasi, aggregation };
}

describe('capaian: aggregation over months 1..P (scoring.md §6)', () => {
  it('Kumulatif without monthly targets: R = Σ filled realisasi, T = annual target', () => {
    const result = aggregate(indicator('Kumulatif', months(100, null, 300, 50)), 3);
    assert.deepEqual(result, { ok: true, target: num(1200), realisasi: 400, months: [1, 3] });
  });
  it('Kumulatif with monthly targets: T = Σ monthly targets of the same filled months', () => {
    const result = aggregate(indicator('Kumulatif', months(100, null, 300), months(90, 110, 310)), 3);
    assert.deepEqual(result, { ok: true, target: num(400), realisasi: 400, months: [1, 3] });
  });
  it('Akhir without monthly targets: R = last filled month, T = annual target', () => {
    const result = aggregate(indicator('Akhir', months(10, 20, null, 40, 99)), 4);
    assert.deepEqual(result, { ok: true, target: num(1200), realisasi: 40, months: [4] });
  });
  it('Akhir with monthly targets: T = target of the last filled month, else the annual target', () => {
    const withTarget = aggregate(indicator('Akhir', months(10, 20), months(15, 25)), 3);
    assert.deepEqual(withTarget, { ok: true, target: num(25), realisasi: 20, months: [2] });
    const blankTarget = aggregate(indicator('Akhir', months(10, 20), months(15)), 3);
    assert.deepEqual(blankTarget, { ok: true, target: num(1200), realisasi: 20, months: [2] });
  });
  it('Rata-rata without monthly targets: R = mean of filled realisasi, T = annual target', () => {
    const result = aggregate(indicator('Rata-rata', months(80, null, 90), months(), num(85)), 3);
    assert.deepEqual(result, { ok: true, target: num(85), realisasi: 85, months: [1, 3] });
  });
  it('Rata-rata with monthly targets: T = mean of the monthly targets of those months', () => {
    const result = aggregate(indicator('Rata-rata', months(80, null, 90), months(70, null, 110)), 3);
    assert.deepEqual(result, { ok: true, target: num(90), realisasi: 85, months: [1, 3] });
  });
  it('ignores months after the reporting period', () => {
    const rows = indicator('Kumulatif', months(100, 200, 300, 400), months(100, 100, 100, 100));
    assert.deepEqual(aggregate(rows, 2), { ok: true, target: num(200), realisasi: 300, months: [1, 2] });
    const akhir = aggregate(indicator('Akhir', months(10, null, null, 40)), 3);
    assert.deepEqual(akhir, { ok: true, target: num(1200), realisasi: 10, months: [1] });
  });
  it('a monthly target in any month 1..12 means "has monthly targets"', () => {
    // Only December has a target: January's filled realisasi then lacks its target.
    const targets = months(null, null, null, null, null, null, null, null, null, null, null, 100);
    const result = aggregate(indicator('Kumulatif', months(50), targets), 1);
    assert.deepEqual(result, { ok: false, reason: 'month-target-missing', month: 1 });
  });
  it('month-target-missing: a filled realisasi month whose monthly target is blank (Kumulatif, Rata-rata)', () => {
    const realisasi = months(10, 20, 30);
    const targets = months(10, null, 30);
    assert.deepEqual(aggregate(indicator('Kumulatif', realisasi, targets), 3), {
      ok: false,
      reason: 'month-target-missing',
      month: 2,
    });
    assert.deepEqual(aggregate(indicator('Rata-rata', realisasi, targets), 3), {
      ok: false,
      reason: 'month-target-missing',
      month: 2,
    });
    // A blank target in a month without realisasi is fine.
    assert.deepEqual(aggregate(indicator('Kumulatif', months(10, null, 30), targets), 3), {
      ok: true,
      target: num(40),
      realisasi: 40,
      months: [1, 3],
    });
  });
  it('no filled month up to the period gives no value', () => {
    assert.deepEqual(aggregate(indicator('Akhir', months(null, null, 5)), 2), { ok: false, reason: 'no-filled-month' });
    assert.deepEqual(aggregate(indicator('Kumulatif', months()), 12), { ok: false, reason: 'no-filled-month' });
  });
  it('a range annual target stays a range and applies to R as aggregated', () => {
    const band: Target = { kind: 'range', low: 80, high: 90 };
    const result = aggregate(indicator('Rata-rata', months(70, 80), months(), band), 2);
    assert.deepEqual(result, { ok: true, target: band, realisasi: 75, months: [1, 2] });
  });
  it('rejects a period outside 1..12', () => {
    assert.throws(() => aggregate(indicator('Akhir', months(1)), 0), RangeError);
    assert.throws(() => aggregate(indicator('Akhir', months(1)), 13), RangeError);
  });
});

describe('capaian: indicator capaian for a period', () => {
  it('combines aggregation, formula and category', () => {
    const result = indicatorCapaian(indicator('Kumulatif', months(100, 200, 300), months(100, 100, 100)), 'positif', 3);
    assert.deepEqual(result, {
      ok: true,
      value: 200,
      raw: 200,
      category: 'Sangat Tinggi',
      target: num(300),
      realisasi: 600,
      months: [1, 2, 3],
    });
  });
  it('negative polarity and a range annual target with Rata-rata', () => {
    const band: Target = { kind: 'range', low: 10, high: 20 };
    const result = indicatorCapaian(indicator('Rata-rata', months(20, 30), months(), band), 'negatif', 2);
    assert.ok(result.ok);
    assert.equal(result.realisasi, 25);
    assert.equal(result.value, 75); // (2 × 20 − 25) / 20 × 100
    assert.equal(result.category, 'Sedang');
  });
  it('applies the cap before the category', () => {
    const rows = indicator('Akhir', months(150), months(), num(100));
    const capped = indicatorCapaian(rows, 'positif', 1, { negativeFormula: '2T-R', cap: 120 });
    assert.ok(capped.ok);
    assert.equal(capped.value, 120);
    assert.equal(capped.raw, 150);
    const scheme = [
      { min: 130, category: 'Sangat Tinggi' },
      { min: 0, category: 'Tinggi' },
    ] as const;
    const schemed = indicatorCapaian(rows, 'positif', 1, { negativeFormula: '2T-R', cap: 120, scheme });
    assert.ok(schemed.ok);
    assert.equal(schemed.category, 'Tinggi'); // 120 after the cap, not 150
  });
  it('passes on the no-value reasons', () => {
    assert.deepEqual(indicatorCapaian(indicator('Akhir', months()), 'positif', 3), { ok: false, reason: 'no-filled-month' });
    assert.deepEqual(indicatorCapaian(indicator('Akhir', months(5), months(), null), 'positif', 1), {
      ok: false,
      reason: 'target-missing',
    });
    assert.deepEqual(indicatorCapaian(indicator('Akhir', months(5), months(), num(0)), 'positif', 1), {
      ok: false,
      reason: 'target-zero',
    });
    assert.deepEqual(indicatorCapaian(indicator('Akhir', months(0), months(), num(5)), 'negatif', 1, { negativeFormula: 'T/R' }), {
      ok: false,
      reason: 'realisasi-zero',
    });
    assert.deepEqual(indicatorCapaian(indicator('Kumulatif', months(1, 2), months(1)), 'positif', 2), {
      ok: false,
      reason: 'month-target-missing',
      month: 2,
    });
  });
  it('realisasi 0 is a value: capaian 0, Sangat Rendah', () => {
    const result = indicatorCapaian(indicator('Akhir', months(0), months(), num(100)), 'positif', 1);
    assert.ok(result.ok);
    assert.equal(result.value, 0);
    assert.equal(result.category, 'Sangat Rendah');
  });
});
