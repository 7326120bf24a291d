/** Why an indicator has no capaian (Excel `#N/A`; pipeline: null with a reason). */

export type NoValueReason =
  | 'target-missing'
  | 'target-zero'
  | 'realisasi-missing'
  | 'realisasi-zero'
  | 'no-filled-month'
  | 'month-target-missing'
  | 'overflow';

/** Messages in Indonesian (`id`) and English (`en`). */
export const NO_VALUE_REASONS: Record<NoValueReason, { readonly id: string; readonly en: string }> = {
  'target-missing': { id: 'Target kosong', en: 'Target is blank' },
  'target-zero': { id: 'Target bernilai 0', en: 'Target is 0' },
  'realisasi-missing': { id: 'Realisasi belum diisi', en: 'Realisasi has not been filled in' },
  'realisasi-zero': {
    id: 'Realisasi bernilai 0; rumus T/R tidak dapat dihitung',
    en: 'Realisasi is 0; the T/R formula cannot be computed',
  },
  'no-filled-month': {
    id: 'Belum ada realisasi bulanan yang diisi sampai periode pelaporan',
    en: 'No monthly realisasi filled in up to the reporting period',
  },
  'month-target-missing': {
    id: 'Target bulanan kosong pada bulan yang realisasinya diisi',
    en: 'Monthly target is blank in a month whose realisasi is filled in',
  },
  overflow: {
    id: 'Capaian di luar jangkauan angka (realisasi terlalu besar dibanding target); periksa angka realisasi dan target',
    en: 'Capaian is beyond the range of numbers (realisasi far too large for the target); check the realisasi and target figures',
  },
};
