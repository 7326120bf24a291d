/**
 * Reads a consolidated workbook (after evaluators edited it) for the report: Keterangan (city,
 * period, model, bound mode, the LHE settings), Ringkasan (each listed OPD and its status),
 * LKE (answers and notes: the evaluators' and the OPDs'), Rekomendasi, Temuan and Sumber.
 * Columns are located by header name. Only what people typed is taken; every number is
 * recomputed later with the core, never taken from a formula's cached value.
 */
import { type FindingCode, type Severity, catalogue, type EvaluationModel, findModel, DEFAULT_MODEL, readModelSheet, findingMessage, type LheSettings, dataRows, findHeaderRow, type ColumnSpec, readLabelValues, parseBoundMode, type BoundMode, cellText, findSheet, type TableCell, type TableSheet, type WorkbookTable } from '../../shared';
import { CONSOLIDATED_SHEETS, KETERANGAN_LABELS } from '../consolidate/consolidated-headers';
import { readRekomendasiRows, type PreviousRekomendasi } from '../consolidate/read-previous-consolidation';

export interface RingkasanLine {
  readonly kodeOpd: string;
  readonly namaOpd: string;
  readonly status: string;
  /** The previous consolidation's Nilai Evaluator (a value the pipeline wrote), when there was one. */
  readonly nilaiSebelumnya?: number;
  /** Last year's total, when the workbook holds it (an optional `Nilai Tahun Lalu` column). */
  readonly nilaiTahunLalu?: number;
}

export interface LkeLine {
  readonly kodeOpd: string;
  readonly kode: string;
  readonly uraian: string;
  readonly jawabanOpd: string;
  readonly nilaiOpd: number | null;
  readonly jawabanEvaluator: string;
  readonly catatanEvaluator: string;
}

export interface TemuanLine {
  readonly file: string;
  readonly kodeOpd: string;
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly message: string;
}

export interface ConsolidatedWorkbook {
  readonly file: string;
  readonly namaKota: string;
  readonly tahun: number;
  /** `yyyy-mm`. */
  readonly periode: string;
  readonly model: EvaluationModel;
  readonly boundMode: BoundMode;
  readonly lhe: LheSettings;
  readonly previousFile: string;
  readonly ringkasan: readonly RingkasanLine[];
  /** By Kode OPD (as written on Ringkasan, matched case-insensitively). */
  readonly lke: ReadonlyMap<string, readonly LkeLine[]>;
  readonly rekomendasi: readonly PreviousRekomendasi[];
  readonly temuan: readonly TemuanLine[];
}

/** Why a workbook cannot be reported on: not a consolidation, or a model the kit does not know. */
export class NotReportable extends Error {}

export const opdKeyOf = (kodeOpd: string): string => kodeOpd.trim().toLowerCase();

const text = (cell: TableCell | undefined): string => (cell && cell.value.type !== 'error' ? cellText(cell.value).trim() : '');
const numberOf = (cell: TableCell | undefined): number | undefined => (cell?.value.type === 'number' ? cell.value.value : undefined);

function table<K extends string>(workbook: WorkbookTable, name: string, specs: readonly ColumnSpec<K>[], what: string): { sheet: TableSheet; columns: Partial<Record<K, number>>; headerRow: number } {
  const sheet = findSheet(workbook, name);
  const header = sheet ? findHeaderRow(sheet, specs) : undefined;
  if (!sheet || !header?.ok) {
    const missing = header && !header.ok ? ` (kolom tidak ada: ${header.missing.join(', ')})` : ` (lembar "${name}" tidak ada)`;
    throw new NotReportable(`${workbook.file} bukan workbook konsolidasi SAKIP Kit: ${what}${missing}. Berikan workbook hasil "sakip consolidate".`);
  }
  return { sheet, columns: header.columns, headerRow: header.headerRow };
}

const RINGKASAN = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'namaOpd', names: ['Nama OPD'], required: true },
  { key: 'status', names: ['Status'], required: true },
  { key: 'nilaiEvaluator', names: ['Nilai Evaluator'], required: true },
  { key: 'sebelumnya', names: ['Nilai Evaluator Sebelumnya'], required: false },
  { key: 'tahunLalu', names: ['Nilai Tahun Lalu'], required: false },
] as const satisfies readonly ColumnSpec[];

const LKE = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'uraian', names: ['Uraian'], required: false },
  { key: 'jawabanOpd', names: ['Jawaban OPD'], required: true },
  { key: 'nilaiOpd', names: ['Nilai OPD'], required: false },
  { key: 'jawaban', names: ['Jawaban Evaluator'], required: true },
  { key: 'catatan', names: ['Catatan Evaluator'], required: true },
] as const satisfies readonly ColumnSpec[];

const TEMUAN = [
  { key: 'file', names: ['Berkas'], required: true },
  { key: 'tingkat', names: ['Tingkat'], required: true },
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'pesan', names: ['Pesan'], required: true },
  { key: 'kodeOpd', names: ['Kode OPD'], required: false },
] as const satisfies readonly ColumnSpec[];

const SUMBER = [
  { key: 'file', names: ['Berkas'], required: true },
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
] as const satisfies readonly ColumnSpec[];

const KETERANGAN = Object.entries(KETERANGAN_LABELS).map(([key, name]) => ({ key: key as keyof typeof KETERANGAN_LABELS, names: [name], required: false }));

/**
 * The model the consolidation was scored with: a city's own model from the workbook's `Model LKE`
 * sheet (on the weights of its `Model Dasar`), else the shipped model Keterangan names. A model
 * that cannot be rebuilt is refused, naming why.
 */
function modelOf(workbook: WorkbookTable, modelId: string, baseId: string): EvaluationModel {
  const sheet = findSheet(workbook, CONSOLIDATED_SHEETS.model);
  if (sheet) {
    const base = findModel(baseId || DEFAULT_MODEL.id);
    if (!base) throw new NotReportable(`Model Dasar "${baseId}" pada ${workbook.file} tidak dikenal SAKIP Kit (dikenal: 88/2021, 12/2015); laporan tidak dapat dibuat untuk model ini.`);
    const read = readModelSheet(workbook.file, sheet, modelId || base.id, base);
    if (!read.model) {
      const problems = read.findings.slice(0, 3).map((f) => `${f.cell ? `${f.cell}: ` : ''}${findingMessage(f)}`);
      throw new NotReportable(`Lembar "${CONSOLIDATED_SHEETS.model}" pada ${workbook.file} tidak dapat dibaca sebagai model LKE (${problems.join('; ')}${read.findings.length > 3 ? '; …' : ''}); laporan tidak dapat dibuat. Jalankan ulang "sakip consolidate" untuk menulisnya kembali.`);
    }
    return read.model;
  }
  const shipped = findModel(modelId);
  if (!shipped || shipped.criteria.length === 0) {
    throw new NotReportable(`Model LKE "${modelId}" pada ${workbook.file} tidak dikenal SAKIP Kit (dikenal: 88/2021) dan workbook tidak memuat lembar "${CONSOLIDATED_SHEETS.model}" dengan kriteria model kota; laporan tidak dapat dibuat untuk model ini. Bila ini model kota, jalankan ulang "sakip consolidate" dengan versi SAKIP Kit ini.`);
  }
  return shipped;
}

export function readConsolidation(workbook: WorkbookTable): ConsolidatedWorkbook {
  const keteranganSheet = findSheet(workbook, CONSOLIDATED_SHEETS.keterangan);
  if (!keteranganSheet) throw new NotReportable(`${workbook.file} bukan workbook konsolidasi SAKIP Kit: lembar "${CONSOLIDATED_SHEETS.keterangan}" tidak ada. Berikan workbook hasil "sakip consolidate".`);
  const k = readLabelValues(keteranganSheet, KETERANGAN);
  const periode = text(k.periode);
  const tahun = Number(text(k.tahun));
  if (!/^\d{4}-\d{2}$/.test(periode) || !Number.isInteger(tahun)) {
    throw new NotReportable(`${workbook.file} bukan workbook konsolidasi SAKIP Kit: lembar "${CONSOLIDATED_SHEETS.keterangan}" tidak menyebut Tahun dan Periode (yyyy-mm).`);
  }
  const model = modelOf(workbook, text(k.model), text(k.modelDasar));
  const boundMode = parseBoundMode(text(k.batasPredikat)) ?? 'eksklusif';

  const ringkasanTable = table(workbook, CONSOLIDATED_SHEETS.ringkasan, RINGKASAN, `lembar "${CONSOLIDATED_SHEETS.ringkasan}" dengan Kode OPD, Nama OPD, Status dan Nilai Evaluator`);
  const ringkasan: RingkasanLine[] = [];
  for (const row of dataRows(ringkasanTable.sheet, ringkasanTable.headerRow, ringkasanTable.columns)) {
    const kodeOpd = text(row.get('kodeOpd'));
    if (!kodeOpd) continue;
    const sebelumnya = numberOf(row.get('sebelumnya'));
    const tahunLalu = numberOf(row.get('tahunLalu'));
    ringkasan.push({
      kodeOpd,
      namaOpd: text(row.get('namaOpd')),
      status: text(row.get('status')),
      ...(sebelumnya !== undefined ? { nilaiSebelumnya: sebelumnya } : {}),
      ...(tahunLalu !== undefined ? { nilaiTahunLalu: tahunLalu } : {}),
    });
  }

  const lkeTable = table(workbook, CONSOLIDATED_SHEETS.lke, LKE, `lembar "${CONSOLIDATED_SHEETS.lke}" dengan Kode OPD, Kode, Jawaban OPD, Jawaban Evaluator dan Catatan Evaluator`);
  const lke = new Map<string, LkeLine[]>();
  for (const row of dataRows(lkeTable.sheet, lkeTable.headerRow, lkeTable.columns)) {
    const kodeOpd = text(row.get('kodeOpd'));
    const kode = text(row.get('kode'));
    if (!kodeOpd || !kode) continue;
    const list = lke.get(opdKeyOf(kodeOpd)) ?? [];
    list.push({
      kodeOpd,
      kode,
      uraian: text(row.get('uraian')),
      jawabanOpd: text(row.get('jawabanOpd')),
      nilaiOpd: numberOf(row.get('nilaiOpd')) ?? null,
      jawabanEvaluator: text(row.get('jawaban')),
      catatanEvaluator: text(row.get('catatan')),
    });
    lke.set(opdKeyOf(kodeOpd), list);
  }

  // Which OPD a finding is about: its Kode OPD column when the Temuan sheet has one, else its file's OPD (Sumber).
  const opdOfFile = new Map<string, string>();
  const sumberSheet = findSheet(workbook, CONSOLIDATED_SHEETS.sumber);
  const sumberHeader = sumberSheet ? findHeaderRow(sumberSheet, SUMBER) : undefined;
  if (sumberSheet && sumberHeader?.ok) {
    for (const row of dataRows(sumberSheet, sumberHeader.headerRow, sumberHeader.columns)) {
      const kodeOpd = text(row.get('kodeOpd'));
      if (kodeOpd) opdOfFile.set(text(row.get('file')), kodeOpd);
    }
  }
  const temuan: TemuanLine[] = [];
  const temuanSheet = findSheet(workbook, CONSOLIDATED_SHEETS.temuan);
  const temuanHeader = temuanSheet ? findHeaderRow(temuanSheet, TEMUAN) : undefined;
  if (temuanSheet && temuanHeader?.ok) {
    for (const row of dataRows(temuanSheet, temuanHeader.headerRow, temuanHeader.columns)) {
      const code = text(row.get('kode'));
      if (!Object.hasOwn(catalogue, code)) continue;
      const file = text(row.get('file'));
      temuan.push({
        file,
        kodeOpd: text(row.get('kodeOpd')) || opdOfFile.get(file) || '',
        severity: text(row.get('tingkat')).toLowerCase() === 'error' ? 'error' : 'warning',
        code: code as FindingCode,
        message: text(row.get('pesan')),
      });
    }
  }

  return {
    file: workbook.file,
    namaKota: text(k.namaKota),
    tahun,
    periode,
    model,
    boundMode,
    lhe: { nomorLhe: text(k.nomorLhe), penandaTangan: text(k.penandaTangan), nip: text(k.nip), jabatan: text(k.jabatan), tempat: text(k.tempat) },
    previousFile: text(k.sebelumnya),
    ringkasan,
    lke,
    rekomendasi: readRekomendasiRows(workbook, periode),
    temuan,
  };
}
