/**
 * A year of monthly targets and realisasi for one indicator, drawn once per OPD so that every
 * month's workbook shows the same history (a month's file reveals the months up to it).
 */
import type { IndicatorSpec } from './indicator-spec';
import type { Rng } from './prng';
import type { Quality } from './roles';

export interface IndicatorSeries {
  /** Jan..Des; null where the OPD set no monthly target. */
  readonly monthlyTargets: readonly (number | null)[];
  /** Jan..Des, as the OPD would report them. */
  readonly realisasi: readonly number[];
}

/** Realisasi relative to target (1 = on target). */
const PERFORMANCE: Record<Quality, number> = { strong: 1.01, medium: 0.97, weak: 0.86 };

export function decimalsOf(spec: IndicatorSpec): number {
  return spec.decimals ?? (spec.satuan === '%' ? 2 : 0);
}

const round = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

export function indicatorSeries(spec: IndicatorSpec, quality: Quality, rng: Rng): IndicatorSeries {
  const decimals = decimalsOf(spec);
  const perf = PERFORMANCE[quality] + rng.between(-0.03, 0.03);
  /** Realisasi for a target t: better than t when perf > 1, in the indicator's direction. */
  const realise = (t: number): number => {
    const noisy = spec.polaritas === 'Positif' ? t * perf : t * (2 - perf);
    const value = noisy * (1 + rng.between(-0.025, 0.025));
    return round(spec.satuan === '%' ? Math.min(value, 100) : value, decimals);
  };
  const months = Array.from({ length: 12 }, (_, m) => m + 1);

  if (typeof spec.target !== 'number') {
    const mid = (spec.target.low + spec.target.high) / 2;
    const spread = (spec.target.high - spec.target.low) * 0.8;
    return { monthlyTargets: months.map(() => null), realisasi: months.map(() => round(mid + rng.between(-spread, spread), decimals)) };
  }
  const target = spec.target;
  switch (spec.agregasi) {
    case 'Akhir': {
      const start = spec.start ?? target;
      const targets = months.map((m) => round(start + ((target - start) * m) / 12, decimals));
      return { monthlyTargets: targets, realisasi: targets.map(realise) };
    }
    case 'Kumulatif': {
      const targets = months.map(() => round((target / 12) * (1 + rng.between(-0.12, 0.12)), decimals));
      return { monthlyTargets: targets, realisasi: targets.map(realise) };
    }
    case 'Rata-rata':
      return { monthlyTargets: months.map(() => null), realisasi: months.map(() => realise(target)) };
  }
}
