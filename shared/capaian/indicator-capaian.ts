/** Capaian of an indicator for a reporting period: aggregation, formula, cap and category. */
import { aggregate, type IndicatorMonths } from './aggregate';
import { capaian } from './capaian';
import { capaianCategory, type CapaianCategory } from './category';
import type { NoValueReason } from './no-value-reasons';
import { DEFAULT_CAPAIAN_OPTIONS, type CapaianOptions, type Polarity, type Target } from './types';

export type IndicatorCapaianResult =
  | {
      readonly ok: true;
      /** Capaian in %, after the cap, full precision. */
      readonly value: number;
      /** Capaian before the cap. */
      readonly raw: number;
      readonly category: CapaianCategory;
      readonly target: Target;
      readonly realisasi: number;
      readonly months: readonly number[];
    }
  | { readonly ok: false; readonly reason: NoValueReason; readonly month?: number };

export function indicatorCapaian(
  indicator: IndicatorMonths,
  polarity: Polarity,
  period: number,
  options: CapaianOptions = DEFAULT_CAPAIAN_OPTIONS,
): IndicatorCapaianResult {
  const aggregated = aggregate(indicator, period);
  if (!aggregated.ok) return aggregated;
  const result = capaian(aggregated.target, aggregated.realisasi, polarity, options);
  if (!result.ok || aggregated.target === null) {
    return { ok: false, reason: result.ok ? 'target-missing' : result.reason };
  }
  return {
    ok: true,
    value: result.value,
    raw: result.raw,
    category: capaianCategory(result.value, options.scheme),
    target: aggregated.target,
    realisasi: aggregated.realisasi,
    months: aggregated.months,
  };
}
