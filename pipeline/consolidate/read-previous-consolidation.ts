/**
 * Reads last month's consolidated workbook for the carry-over: every evaluator entry (answer or
 * note) of its LKE and Arsip Evaluator sheets, the OPD answers they were given against, and each
 * OPD's Nilai Evaluator. The totals are recomputed from the LKE rows with the core rather than
 * taken from the cached formula results, which an application that does not recalculate on save
 * (or a script) may have left stale.
 */
import { type EvaluationModel, findHeaderRow, type ColumnSpec, dataRows, readLabelValues, cellText, findSheet, type TableCell, type WorkbookTable, parseDateCell } from '../../shared';
import type { ReadLimits } from '../read/gate-limits';
import { nilaiAkhir, nilaiEvaluator } from './evaluator-score';
import { CONSOLIDATED_SHEETS, KETERANGAN_LABELS } from './consolidated-headers';
import { isNumber, type EvaluatorEntry, type RekomendasiRow } from './consolidation-data';

/**
 * The gate's limits for `--previous`: the kit's own consolidated workbook, named by the bureau on
 * the command line, not an upload. It holds every OPD's rows, so the per-OPD caps (20 MB, 1.5
 * million cells) would refuse next month what this month wrote (two accepted 19 MB OPD files make a
 * 38 MB consolidation; 1,000 OPDs, 40 MB and about 5 million cells). These fit a consolidation of
 * up to about 10 OPD files at the per-file caps, or 3,000 typical OPDs (docs/input-safety.md);
 * the zip-bomb ratio and the element structure checks stay as they are.
 */
export const PREVIOUS_READ_LIMITS: Partial<ReadLimits> = Object.freeze({
  maxFileBytes: 256 * 1024 * 1024,
  maxEntryBytes: 1024 * 1024 * 1024,
  maxTotalBytes: 1536 * 1024 * 1024,
  maxXmlElements: 60_000_000,
  maxCells: 20_000_000,
  maxSheetCells: 40_000_000,
  maxSheetRows: 1_048_576,
});
/** `options` with the consolidation-sized limits in place of the OPD file's: how `--previous` and an existing `--out` are read. */
export const withConsolidationLimits = <T extends { readonly limits?: Partial<ReadLimits> }>(options: T): T => ({ ...options, limits: { ...options.limits, ...PREVIOUS_READ_LIMITS } });
import { readPreviousHistory, type PreviousHistory } from './previous-history';

export interface PreviousLkeRow {
  readonly kodeOpd: string;
  readonly kode: string;
  readonly jawabanOpd: string;
  readonly nilaiOpd: number | null;
  readonly jawaban: string;
  readonly catatan: string;
  /** Address of its Jawaban Evaluator cell on the LKE sheet (for findings). */
  readonly cell?: string;
  /** The row's `Perlu Ditinjau` text as written (`Ya`, `Ya (sebelumnya B)`, or ''). */
  readonly perluDitinjau?: string;
}

export interface PreviousConsolidation {
  readonly file: string;
  /** `Nama Kota` of its Keterangan sheet ('' when it does not say). */
  readonly namaKota: string;
  /** `yyyy-mm` of the previous consolidation ('' when its Keterangan sheet does not say). */
  readonly periode: string;
  readonly lke: readonly PreviousLkeRow[];
  readonly arsip: readonly EvaluatorEntry[];
  /** Its Riwayat and its own month (previous-history.ts). */
  readonly history?: PreviousHistory;
  /** The name of its LKE sheet as found (for findings' locations). */
  readonly lkeSheet?: string;
  /** Its Rekomendasi rows (with the evaluators' Komponen, Batas Waktu, Prioritas); empty when it has none. */
  readonly rekomendasi?: readonly PreviousRekomendasi[];
}

export interface PreviousRekomendasi extends RekomendasiRow {
  /** The row's Batas Waktu cell (or No cell) on the previous workbook's Rekomendasi sheet. */
  readonly cell: string;
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
  { key: 'perluDitinjau', names: ['Perlu Ditinjau'], required: false },
] as const satisfies readonly ColumnSpec[];

const ARSIP_SPECS = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'jawaban', names: ['Jawaban Evaluator'], required: true },
  { key: 'catatan', names: ['Catatan Evaluator'], required: true },
  { key: 'periode', names: ['Periode'], required: false },
  { key: 'jawabanOpd', names: ['Jawaban OPD'], required: false },
] as const satisfies readonly ColumnSpec[];

const REKOMENDASI_SPECS = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'no', names: ['No'], required: true },
  { key: 'rekomendasi', names: ['Rekomendasi'], required: true },
  { key: 'status', names: ['Status'], required: true },
  { key: 'tindakLanjut', names: ['Tindak Lanjut'], required: false },
  { key: 'buktiDukung', names: ['Bukti Dukung'], required: false },
  { key: 'komponen', names: ['Komponen'], required: false },
  { key: 'batasWaktu', names: ['Batas Waktu'], required: false },
  { key: 'prioritas', names: ['Prioritas'], required: false },
  { key: 'periode', names: ['Periode'], required: false },
] as const satisfies readonly ColumnSpec[];

const text = (cell: TableCell | undefined): string => (cell && cell.value.type !== 'error' ? cellText(cell.value) : '');

export type PreviousRead = { readonly ok: true; readonly previous: PreviousConsolidation } | { readonly ok: false; readonly reason: string };

/**
 * The sheets `readPreviousConsolidation` reads (previous-history.ts reads Riwayat and Ringkasan):
 * a consolidation is read with these only (read-previous-file.ts). Its Kinerja and Pohon Kinerja
 * sheets, ~90 % of a large one, are never parsed.
 */
export const PREVIOUS_SHEETS: readonly string[] = Object.freeze([
  CONSOLIDATED_SHEETS.lke,
  CONSOLIDATED_SHEETS.keterangan,
  CONSOLIDATED_SHEETS.arsip,
  CONSOLIDATED_SHEETS.rekomendasi,
  CONSOLIDATED_SHEETS.riwayat,
  CONSOLIDATED_SHEETS.ringkasan,
]);

export function readPreviousConsolidation(table: WorkbookTable): PreviousRead {
  const lkeSheet = findSheet(table, CONSOLIDATED_SHEETS.lke);
  const header = lkeSheet ? findHeaderRow(lkeSheet, LKE_SPECS) : undefined;
  if (!lkeSheet || !header?.ok) {
    return { ok: false, reason: `lembar "${CONSOLIDATED_SHEETS.lke}" dengan kolom Kode OPD, Kode, Jawaban OPD, Jawaban Evaluator dan Catatan Evaluator tidak ditemukan; ini bukan workbook konsolidasi` };
  }
  const keterangan = findSheet(table, CONSOLIDATED_SHEETS.keterangan);
  const labels = keterangan
    ? readLabelValues(keterangan, [
        { key: 'periode', names: [KETERANGAN_LABELS.periode], required: false },
        { key: 'namaKota', names: [KETERANGAN_LABELS.namaKota], required: false },
      ])
    : undefined;
  const periode = text(labels?.periode);
  const namaKota = text(labels?.namaKota);

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
      perluDitinjau: text(row.get('perluDitinjau')),
      cell: row.get('jawaban')?.address ?? '',
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
      arsip.push({ kodeOpd, kode, jawaban, catatan, periode: text(row.get('periode')), ...(jawabanOpd ? { jawabanOpd: text(jawabanOpd) } : {}), origin: { file: table.file, sheet: arsipSheet.name, cell: row.get('jawaban')?.address ?? '' } });
    }
  }
  return { ok: true, previous: { file: table.file, namaKota, periode, lke, arsip, lkeSheet: lkeSheet.name, rekomendasi: readRekomendasiRows(table, periode), history: readPreviousHistory(table, periode) } };
}

/** A Batas Waktu cell: `yyyy-mm-dd` when it is a date, else its text. */
export const batasWaktuOf = (cell: TableCell | undefined): string => (cell ? (parseDateCell(cell.value) ?? text(cell)) : '');

/** The Rekomendasi rows of a consolidated workbook (rows without Kode OPD or No are skipped). */
export function readRekomendasiRows(table: WorkbookTable, periode: string): PreviousRekomendasi[] {
  const sheet = findSheet(table, CONSOLIDATED_SHEETS.rekomendasi);
  const header = sheet ? findHeaderRow(sheet, REKOMENDASI_SPECS) : undefined;
  if (!sheet || !header?.ok) return [];
  const rows: PreviousRekomendasi[] = [];
  for (const row of dataRows(sheet, header.headerRow, header.columns)) {
    const kodeOpd = text(row.get('kodeOpd'));
    const no = text(row.get('no'));
    if (!kodeOpd || !no) continue;
    rows.push({
      kodeOpd,
      no,
      rekomendasi: text(row.get('rekomendasi')),
      tindakLanjut: text(row.get('tindakLanjut')),
      status: text(row.get('status')),
      buktiDukung: text(row.get('buktiDukung')),
      komponen: text(row.get('komponen')),
      batasWaktu: batasWaktuOf(row.get('batasWaktu')),
      prioritas: text(row.get('prioritas')),
      periode: text(row.get('periode')) || periode,
      cell: (row.get('batasWaktu') ?? row.get('no'))!.address,
    });
  }
  return rows;
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
