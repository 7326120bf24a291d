/**
 * The monitoring sheets of the consolidated workbook (workbook-format.md §3): `Riwayat` (one row
 * per OPD and month, carried forward through `--previous`), `Grafik` (charts) and `Rekap
 * Komponen` (evaluator values per component and sub-component, OPDs across).
 */

export const RIWAYAT_HEADERS = [
  'Periode',
  'Kode OPD',
  'Nama OPD',
  'Status',
  'Nilai OPD',
  'Nilai Evaluator',
  'Predikat Evaluator',
  'Peringkat',
  'Capaian IKU',
] as const;

/** One row of Riwayat: an OPD in one month's consolidation. */
export interface HistoryRow {
  /** `yyyy-mm`. */
  readonly periode: string;
  readonly kodeOpd: string;
  readonly namaOpd: string;
  readonly status: string;
  readonly nilaiOpd: number | null;
  readonly nilaiEvaluator: number | null;
  readonly predikat: string;
  readonly peringkat: number | null;
  readonly capaianIku: number | null;
}
