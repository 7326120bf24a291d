/**
 * The Rekomendasi sheet's rows: each scored OPD's recommendations of this month, with the
 * evaluators' Komponen, Batas Waktu and Prioritas carried over from the previous consolidation by
 * (Kode OPD, No); then every recommendation of the previous consolidation that is still open
 * (status not Selesai) and has no row this month (its OPD did not submit, was rejected, or left
 * the row out), carried as it was. A finished recommendation is not carried; nothing open is dropped.
 */
import { type OpdSubmission, isOpenStatus, type TrackedRekomendasi, OPD_SHEETS } from '../../shared';
import type { RekomendasiRow } from './consolidation-data';
import { entryKey, type PreviousConsolidation } from './read-previous-consolidation';

export interface RekomendasiRows {
  readonly rows: readonly RekomendasiRow[];
  /** The same rows located for the overdue check (this month's in the OPD's file, carried ones in the previous consolidation). */
  readonly tracked: readonly TrackedRekomendasi[];
}

export function rekomendasiRows(scored: readonly OpdSubmission[], periode: string, previous: PreviousConsolidation | undefined): RekomendasiRows {
  const before = new Map((previous?.rekomendasi ?? []).map((r) => [entryKey(r.kodeOpd, r.no), r]));
  const rows: RekomendasiRow[] = [];
  const tracked: TrackedRekomendasi[] = [];
  const seen = new Set<string>();
  for (const submission of scored) {
    const assessment = submission.assessment!;
    for (const item of assessment.workbook.rekomendasi) {
      const key = entryKey(submission.opd.kodeOpd, item.no);
      if (seen.has(key)) continue;
      seen.add(key);
      const last = before.get(key);
      const row: RekomendasiRow = {
        kodeOpd: submission.opd.kodeOpd,
        no: item.no,
        rekomendasi: item.rekomendasi,
        tindakLanjut: item.tindakLanjut,
        status: item.status,
        buktiDukung: item.buktiDukung,
        komponen: last?.komponen ?? '',
        batasWaktu: last?.batasWaktu ?? '',
        prioritas: last?.prioritas ?? '',
        periode,
      };
      rows.push(row);
      tracked.push({ kodeOpd: row.kodeOpd, no: row.no, status: row.status, batasWaktu: row.batasWaktu, where: { file: assessment.workbook.file, sheet: OPD_SHEETS.rekomendasi, cell: item.cell } });
    }
  }
  for (const last of previous?.rekomendasi ?? []) {
    const key = entryKey(last.kodeOpd, last.no);
    if (seen.has(key) || !isOpenStatus(last.status)) continue;
    seen.add(key);
    const { cell, ...row } = last;
    rows.push(row);
    tracked.push({ kodeOpd: row.kodeOpd, no: row.no, status: row.status, batasWaktu: row.batasWaktu, where: { file: previous!.file, sheet: 'Rekomendasi', cell } });
  }
  return { rows, tracked };
}
