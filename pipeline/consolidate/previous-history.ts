/**
 * The history a previous consolidated workbook passes on: the rows of its `Riwayat` sheet for the
 * months before its own (values), and its own month from its `Ringkasan` (Kode OPD, Nama OPD,
 * Status, Nilai OPD, Capaian IKU; the evaluator totals are recomputed from its LKE rows by
 * history.ts, like the carry-over's). A workbook written before Riwayat existed gives its own
 * month only.
 */
import { findHeaderRow, type ColumnSpec, dataRows, cellText, findSheet, type TableCell, type WorkbookTable } from '../../shared';
import { CONSOLIDATED_SHEETS } from './consolidated-headers';
import type { HistoryRow } from './monitoring-format';

export interface PreviousHistory {
  /** Riwayat rows of the months before the previous consolidation's own. */
  readonly past: readonly HistoryRow[];
  /** The previous consolidation's own month, from its Ringkasan (evaluator values still to fill in). */
  readonly month: readonly HistoryRow[];
}

const RIWAYAT_SPECS = [
  { key: 'periode', names: ['Periode'], required: true },
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'namaOpd', names: ['Nama OPD'], required: false },
  { key: 'status', names: ['Status'], required: false },
  { key: 'nilaiOpd', names: ['Nilai OPD'], required: false },
  { key: 'nilaiEvaluator', names: ['Nilai Evaluator'], required: false },
  { key: 'predikat', names: ['Predikat Evaluator'], required: false },
  { key: 'peringkat', names: ['Peringkat'], required: false },
  { key: 'capaianIku', names: ['Capaian IKU'], required: false },
] as const satisfies readonly ColumnSpec[];

const RINGKASAN_SPECS = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'namaOpd', names: ['Nama OPD'], required: false },
  { key: 'status', names: ['Status'], required: false },
  { key: 'nilaiOpd', names: ['Nilai OPD'], required: false },
  { key: 'capaianIku', names: ['Capaian IKU'], required: false },
] as const satisfies readonly ColumnSpec[];

const text = (cell: TableCell | undefined): string => (cell && cell.value.type !== 'error' ? cellText(cell.value).trim() : '');
const number = (cell: TableCell | undefined): number | null => (cell?.value.type === 'number' && Number.isFinite(cell.value.value) ? cell.value.value : null);
const PERIODE = /^\d{4}-\d{2}$/;

/** The history in `table` (a previous consolidated workbook) whose own month is `periode`. */
export function readPreviousHistory(table: WorkbookTable, periode: string): PreviousHistory {
  const past: HistoryRow[] = [];
  const riwayat = findSheet(table, CONSOLIDATED_SHEETS.riwayat);
  const header = riwayat ? findHeaderRow(riwayat, RIWAYAT_SPECS) : undefined;
  if (riwayat && header?.ok) {
    for (const row of dataRows(riwayat, header.headerRow, header.columns)) {
      const rowPeriode = text(row.get('periode'));
      const kodeOpd = text(row.get('kodeOpd'));
      // Rows of the workbook's own month (and any later one) are taken from its Ringkasan.
      if (!kodeOpd || !PERIODE.test(rowPeriode) || (periode && rowPeriode >= periode)) continue;
      past.push({
        periode: rowPeriode,
        kodeOpd,
        namaOpd: text(row.get('namaOpd')),
        status: text(row.get('status')),
        nilaiOpd: number(row.get('nilaiOpd')),
        nilaiEvaluator: number(row.get('nilaiEvaluator')),
        predikat: text(row.get('predikat')),
        peringkat: number(row.get('peringkat')),
        capaianIku: number(row.get('capaianIku')),
      });
    }
  }
  const month: HistoryRow[] = [];
  const ringkasan = findSheet(table, CONSOLIDATED_SHEETS.ringkasan);
  const ringkasanHeader = ringkasan ? findHeaderRow(ringkasan, RINGKASAN_SPECS) : undefined;
  if (ringkasan && ringkasanHeader?.ok && PERIODE.test(periode)) {
    for (const row of dataRows(ringkasan, ringkasanHeader.headerRow, ringkasanHeader.columns)) {
      const kodeOpd = text(row.get('kodeOpd'));
      if (!kodeOpd) continue;
      month.push({
        periode,
        kodeOpd,
        namaOpd: text(row.get('namaOpd')),
        status: text(row.get('status')),
        nilaiOpd: number(row.get('nilaiOpd')),
        nilaiEvaluator: null,
        predikat: '',
        peringkat: null,
        capaianIku: number(row.get('capaianIku')),
      });
    }
  }
  return { past, month };
}
