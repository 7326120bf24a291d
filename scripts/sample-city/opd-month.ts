/** Everything one OPD's workbook for one reporting month is built from. */
import type { IndicatorSeries } from './kinerja-series';
import type { OpdSpec } from './opd-catalogue';
import type { PohonRow } from './pohon-rows';
import type { OpdRole } from './roles';

export type RekomendasiStatus = 'Belum' | 'Proses' | 'Selesai';

export interface OpdMonth {
  readonly spec: OpdSpec;
  readonly role: OpdRole;
  /** Position of the OPD in the city's list (varies the staff's habits deterministically). */
  readonly position: number;
  readonly year: number;
  /** Reporting month 1..12. */
  readonly month: number;
  /** Criterion code → answer ('' blank). */
  readonly answers: ReadonlyMap<string, string>;
  /** The answers the cached `Nilai` results were computed from (differs only when stale). */
  readonly cachedAnswers: ReadonlyMap<string, string>;
  /** Same order as `spec.indicators`. */
  readonly series: readonly IndicatorSeries[];
  readonly pohon: readonly PohonRow[];
  /** Kode Pohon of each indicator (same order as `spec.indicators`). */
  readonly indicatorNodes: readonly string[];
  /** Status of each recommendation this month. */
  readonly rekomendasi: readonly RekomendasiStatus[];
}
