/**
 * Reads last month's consolidated workbook for the carry-over: every evaluator entry (answer or
 * note) of its LKE and Arsip Evaluator sheets, the OPD answers they were given against, and each
 * OPD's Nilai Evaluator. The totals are recomputed from the LKE rows with the core rather than
 * taken from the cached formula results, which an application that does not recalculate on save
 * (or a script) may have left stale.
 */
import type { EvaluationModel } from '../../shared/models/model';
import { findHeaderRow, type ColumnSpec } from '../../shared/parse/header-row';
import { dataRows } from '../../shared/parse/data-rows';
import { readLabelValues } from '../../shared/parse/profil-sheet';
import { cellText, findSheet } from '../../shared/table/cells';
import type { TableCell, WorkbookTable } from '../../shared/table/table';
import { nilaiAkhir, nilaiEvaluator } from './evaluator-score';
import { CONSOLIDATED_SHEETS, KETERANGAN_LABELS } from './format';
import { isNumber, type EvaluatorEntry } from './model';
import { readPreviousHistory, type PreviousHistory } from './previous-history';

export interface PreviousLkeRow {
  readonly kodeOpd: string;
  readonly kode: string;
  readonly jawabanOpd: string;
  readonly nilaiOpd: number | null;
  readonly jawaban: string;
  readonly catatan: string;
}

export interface PreviousConsolidation {
  readonly file: string;
  /** `yyyy-mm` of the previous consolidation ('' when its Keterangan sheet does not say). */
  readonly periode: string;
  readonly lke: readonly PreviousLkeRow[];
  readonly arsip: readonly EvaluatorEntry[];
  /** Its Riwayat and its own month (previous-history.ts). */
  readonly history?: PreviousHistory;
}

/** (Kode OPD, Kode) as the carry-over matches it: Kode OPD case-insensitively, like Daftar OPD. */
export const entryKey = (kodeOpd: string, kode: string): string => `${kodeOpd.trim().toLowerCase()}\u0000${kode.trim()}`;
export const opdKey = (kodeOpd: string): string => kodeOpd.trim().toLowerCase();

const LKE_SPECS = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'jawabanOpd', names: ['Jawaban OPD'], required: true },
  { key: 'nilaiOpd', names: ['Nilai OPD'], required: false },
  { key: 'jawaban', names: ['Jawaban Evaluator'], required: true },
  { key: 'catatan', names: ['Catatan Evaluator'], required: true },
] as const satisfies readonly ColumnSpec[];

const ARSIP_SPECS = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'jawaban', names: ['Jawaban Evaluator'], required: true },
  { key: 'catatan', names: ['Catatan Evaluator'], required: true },
  { key: 'periode', names: ['Periode'], required: false },
  { key: 'jawabanOpd', names: ['Jawaban OPD'], required: false },
] as const satisfies readonly ColumnSpec[];

const text = (cell: TableCell | undefined): string => (cell && cell.value.type !== 'error' ? cellText(cell.value) : '');

export type PreviousRead = { readonly ok: true; readonly previous: PreviousConsolidation } | { readonly ok: false; readonly reason: string };

export function readPreviousConsolidation(table: WorkbookTable): PreviousRead {
  const lkeSheet = findSheet(table, CONSOLIDATED_SHEETS.lke);
  const header = lkeSheet ? findHeaderRow(lkeSheet, LKE_SPECS) : undefined;
  if (!lkeSheet || !header?.ok) {
    return { ok: false, reason: `lembar "${CONSOLIDATED_SHEETS.lke}" dengan kolom Kode OPD, Kode, Jawaban OPD, Jawaban Evaluator dan Catatan Evaluator tidak ditemukan; ini bukan workbook konsolidasi` };
  }
  const keterangan = findSheet(table, CONSOLIDATED_SHEETS.keterangan);
  const periode = keterangan ? text(readLabelValues(keterangan, [{ key: 'periode', names: [KETERANGAN_LABELS.periode], required: false }]).periode) : '';

  const lke: PreviousLkeRow[] = [];
  for (const row of dataRows(lkeSheet, header.headerRow, header.columns)) {
    const kodeOpd = text(row.get('kodeOpd'));
    const kode = text(row.get('kode'));
    if (!kodeOpd || !kode) continue;
    const nilai = row.get('nilaiOpd')?.value;
    lke.push({
      kodeOpd,
      kode,
      jawabanOpd: text(row.get('jawabanOpd')),
      nilaiOpd: nilai?.type === 'number' ? nilai.value : null,
      jawaban: text(row.get('jawaban')),
      catatan: text(row.get('catatan')),
    });
  }

  const arsip: EvaluatorEntry[] = [];
  const arsipSheet = findSheet(table, CONSOLIDATED_SHEETS.arsip);
  const arsipHeader = arsipSheet ? findHeaderRow(arsipSheet, ARSIP_SPECS) : undefined;
  if (arsipSheet && arsipHeader?.ok) {
    for (const row of dataRows(arsipSheet, arsipHeader.headerRow, arsipHeader.columns)) {
      const kodeOpd = text(row.get('kodeOpd'));
      const kode = text(row.get('kode'));
      const jawaban = text(row.get('jawaban'));
      const catatan = text(row.get('catatan'));
      if (!kodeOpd || !kode || (!jawaban && !catatan)) continue;
      const jawabanOpd = row.get('jawabanOpd');
      arsip.push({ kodeOpd, kode, jawaban, catatan, periode: text(row.get('periode')), ...(jawabanOpd ? { jawabanOpd: text(jawabanOpd) } : {}) });
    }
  }
  return { ok: true, previous: { file: table.file, periode, lke, arsip, history: readPreviousHistory(table, periode) } };
}

/** Each OPD's Nilai Evaluator in the previous consolidation (by opdKey), recomputed from its LKE rows. */
export function previousTotals(previous: PreviousConsolidation, model: EvaluationModel): Map<string, number> {
  const criteria = new Map(model.criteria.map((c) => [c.code, c]));
  const byOpd = new Map<string, { kode: string; nilaiAkhir: ReturnType<typeof nilaiAkhir> }[]>();
  for (const row of previous.lke) {
    const criterion = criteria.get(row.kode);
    if (!criterion) continue;
    const list = byOpd.get(opdKey(row.kodeOpd)) ?? [];
    list.push({ kode: row.kode, nilaiAkhir: nilaiAkhir(criterion, row.jawaban, row.nilaiOpd) });
    byOpd.set(opdKey(row.kodeOpd), list);
  }
  const totals = new Map<string, number>();
  for (const [key, rows] of byOpd) {
    const total = nilaiEvaluator(model, rows);
    if (isNumber(total)) totals.set(key, total);
  }
  return totals;
}
