/** Capaian kinerja (scoring.md §6): the shapes shared by the calculation, aggregation and parsing. */
import type { CategoryScheme } from './category';

/** `positif`: semakin tinggi semakin baik; `negatif`: semakin rendah semakin baik. */
export type Polarity = 'positif' | 'negatif';

/** Formula for negative polarity: `2T-R` (default) = (2T − R) / T × 100; `T/R` = T / R × 100. */
export type NegativeFormula = '2T-R' | 'T/R';

/** How monthly realisasi add up over the reporting period. `Akhir` is the default. */
export type Aggregation = 'Kumulatif' | 'Akhir' | 'Rata-rata';

/** A target: one number, or a range "a–b" (annual targets only). */
export type Target =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'range'; readonly low: number; readonly high: number };

export interface CapaianOptions {
  /** Formula for negative polarity; default `2T-R`. */
  readonly negativeFormula: NegativeFormula;
  /** Upper limit of the capaian (e.g. 120 or 150); none when null/absent. Applied before the category. */
  readonly cap?: number | null;
  /** Category scheme; the default scheme when absent. */
  readonly scheme?: CategoryScheme;
}

export const DEFAULT_CAPAIAN_OPTIONS: CapaianOptions = { negativeFormula: '2T-R', cap: null };
