/** Aggregation of monthly realisasi and targets over the months 1..P (scoring.md §6). */
import type { NoValueReason } from './no-value-reasons';
import type { Aggregation, Target } from './types';

export interface IndicatorMonths {
  /** Annual target; null when blank. */
  readonly target: Target | null;
  /** Monthly targets Jan..Des (12 entries); null = blank. */
  readonly monthlyTargets: readonly (number | null)[];
  /** Monthly realisasi Jan..Des (12 entries); null = not reported yet. */
  readonly realisasi: readonly (number | null)[];
  readonly aggregation: Aggregation;
}

export type AggregateResult =
  | {
      readonly ok: true;
      /** Target matching R; null when the annual target is used and blank. */
      readonly target: Target | null;
      readonly realisasi: number;
      /** The filled months (1-based) the realisasi was taken from. */
      readonly months: readonly number[];
    }
  | { readonly ok: false; readonly reason: NoValueReason; readonly month?: number };

const isFilled = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && Number.isFinite(value);

const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** R and T of an indicator for the reporting period `period` (1..12); months after it are ignored. */
export function aggregate(indicator: IndicatorMonths, period: number): AggregateResult {
  if (!Number.isInteger(period) || period < 1 || period > 12) {
    throw new RangeError(`period must be an integer 1..12, got ${period}`);
  }
  const filledMonths: number[] = [];
  for (let month = 1; month <= period; month++) {
    if (isFilled(indicator.realisasi[month - 1])) filledMonths.push(month);
  }
  const lastMonth = filledMonths[filledMonths.length - 1];
  if (lastMonth === undefined) return { ok: false, reason: 'no-filled-month' };

  const realisasiOf = (month: number): number => indicator.realisasi[month - 1] ?? 0;
  const monthTargetOf = (month: number): number | null => {
    const value = indicator.monthlyTargets[month - 1];
    return isFilled(value) ? value : null;
  };

  if (indicator.aggregation === 'Akhir') {
    const monthTarget = monthTargetOf(lastMonth);
    return {
      ok: true,
      target: monthTarget === null ? indicator.target : { kind: 'number', value: monthTarget },
      realisasi: realisasiOf(lastMonth),
      months: [lastMonth],
    };
  }

  const realisasiValues = filledMonths.map(realisasiOf);
  const combine = indicator.aggregation === 'Kumulatif' ? sum : (vs: readonly number[]) => sum(vs) / vs.length;
  const realisasi = combine(realisasiValues);

  const hasMonthlyTargets = indicator.monthlyTargets.some(isFilled);
  if (!hasMonthlyTargets) return { ok: true, target: indicator.target, realisasi, months: filledMonths };

  const targetValues: number[] = [];
  for (const month of filledMonths) {
    const monthTarget = monthTargetOf(month);
    if (monthTarget === null) return { ok: false, reason: 'month-target-missing', month };
    targetValues.push(monthTarget);
  }
  return { ok: true, target: { kind: 'number', value: combine(targetValues) }, realisasi, months: filledMonths };
}
