/** What one performance indicator of a sample OPD is: the `Kinerja` row before its monthly numbers. */
export type Polaritas = 'Positif' | 'Negatif';
export type Agregasi = 'Akhir' | 'Kumulatif' | 'Rata-rata';

export interface IndicatorSpec {
  readonly nama: string;
  readonly satuan: string;
  readonly polaritas: Polaritas;
  readonly agregasi: Agregasi;
  /** Annual target: a number, or a range written "low–high". */
  readonly target: number | { readonly low: number; readonly high: number };
  /** `Akhir` indicators: the January target the monthly targets ramp from (default: the target). */
  readonly start?: number;
  readonly iku: boolean;
  /** The outcome node (Outcome Langsung) this indicator measures; absent: it measures the OPD's sasaran node. */
  readonly outcome?: string;
  /** Decimals the staff write (default 2 for `%`, else 0). */
  readonly decimals?: number;
}

/** Shorthands for the catalogue. */
export const pos = (nama: string, satuan: string, target: number, rest: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  nama,
  satuan,
  polaritas: 'Positif',
  agregasi: 'Akhir',
  target,
  iku: false,
  ...rest,
});

export const neg = (nama: string, satuan: string, target: number, rest: Partial<IndicatorSpec> = {}): IndicatorSpec => ({
  nama,
  satuan,
  polaritas: 'Negatif',
  agregasi: 'Akhir',
  target,
  iku: false,
  ...rest,
});
