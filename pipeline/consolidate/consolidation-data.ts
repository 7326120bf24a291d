/**
 * The consolidation as plain data: everything the workbook shows, computed before a single cell
 * is written, so that the numbers can be tested without a spreadsheet and the writer only lays
 * them out.
 */
import type { CityConfig, Criterion, Finding, OpdAssessment, OpdSubmission, WorkbookTable } from '../../shared';
import type { SourceStatus } from './consolidated-headers';
import type { HistoryRow } from './monitoring-format';

/** A formula's cached result: a number, a text ('' = shows empty), or an Excel error. */
export type Cached = number | string | { readonly error: '#N/A' };

export const NOT_AVAILABLE: Cached = Object.freeze({ error: '#N/A' as const });

export const isNumber = (value: Cached | undefined): value is number => typeof value === 'number';

/** One file of the input folder. */
export interface SourceFile {
  readonly file: string;
  /** Absolute path. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  /** `Dibaca` / `Ditolak` / `Tidak Terbaca` / `Diabaikan`, final after matching. */
  status: SourceStatus;
  /** The Kode OPD its Profil claims ('' when unknown). */
  kodeOpd: string;
  /** File-level findings of reading (and of ignoring) it. */
  readonly findings: Finding[];
  readonly table?: WorkbookTable;
  assessment?: OpdAssessment;
}

/** An evaluator's answer and note for one criterion of one OPD. */
export interface EvaluatorEntry {
  readonly kodeOpd: string;
  readonly kode: string;
  readonly jawaban: string;
  readonly catatan: string;
  /** The period (`yyyy-mm`) of the consolidation the entry was last on the LKE sheet. */
  readonly periode: string;
  /** The OPD's answer at that time (undefined when not known). */
  readonly jawabanOpd?: string;
  /** Where it was read (file, sheet, cell of its Jawaban Evaluator), when read from a workbook. */
  readonly origin?: EntryOrigin;
}

export interface EntryOrigin {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
}

/** One row of the Rekomendasi sheet: from an OPD workbook this month, or an open one carried over. */
export interface RekomendasiRow {
  readonly kodeOpd: string;
  readonly no: string;
  readonly rekomendasi: string;
  readonly tindakLanjut: string;
  readonly status: string;
  readonly buktiDukung: string;
  /** Evaluator fields, carried over by (Kode OPD, No). */
  readonly komponen: string;
  /** `yyyy-mm-dd`, or the text as written when it is not a date ('' when blank). */
  readonly batasWaktu: string;
  readonly prioritas: string;
  /** `yyyy-mm` of the OPD workbook the row comes from. */
  readonly periode: string;
}

export interface LkeRow {
  /** The OPD's `No OPD` (its row on Ringkasan, 1-based). */
  readonly opdNo: number;
  readonly kodeOpd: string;
  readonly criterion: Criterion;
  /** Canonical answer, '' when unanswered. */
  readonly jawabanOpd: string;
  readonly nilaiOpd: number | null;
  readonly jawabanEvaluator: string;
  readonly catatanEvaluator: string;
  readonly perluDitinjau: boolean;
  /** When `perluDitinjau`: the OPD answer the evaluator saw ('' = unanswered), when known. */
  readonly jawabanOpdSebelumnya?: string;
  readonly catatanOpd: string;
  readonly buktiDukung: string;
  /** Weight of the criterion in the total (bobot sub / criteria of the sub). */
  readonly bobot: number;
  readonly nilaiAkhir: Cached;
  readonly poin: Cached;
}

/** The LKE rows, in sheet order: built OPD by OPD as they are iterated (each pass builds them anew). */
export interface LkeRows extends Iterable<LkeRow> {
  readonly length: number;
}

export interface OpdRow {
  /** 1-based, the order of Daftar OPD. */
  readonly no: number;
  readonly submission: OpdSubmission;
  /** Scored: Lengkap or Tidak Lengkap. */
  readonly scored: boolean;
  readonly nilaiEvaluator?: Cached;
  readonly predikatEvaluator?: Cached;
  readonly peringkat?: Cached;
  readonly nilaiSebelumnya?: number;
  readonly perubahan?: Cached;
  /** The evaluator's value of each component (model order): Poin summed per component. */
  readonly komponenEvaluator?: readonly Cached[];
  readonly temuanError: number;
  readonly temuanPeringatan: number;
  /** Why the OPD is not scored, incomplete, or has no evaluator total ('' when nothing to say). */
  readonly keterangan: string;
  /** The finding behind `keterangan`, when there is one. */
  readonly blocking?: Finding;
}

export interface Consolidation {
  readonly city: CityConfig;
  readonly period: { readonly year: number; readonly month: number };
  /** `yyyy-mm`. */
  readonly periode: string;
  readonly sources: readonly SourceFile[];
  readonly opds: readonly OpdRow[];
  readonly lke: LkeRows;
  /** Every finding of the run, in the order the Temuan sheet lists them (Errors first). */
  readonly findings: readonly Finding[];
  /** The Kode OPD each finding is about ('' for the city's and unclaimed files'), for Temuan. */
  readonly findingOpd: ReadonlyMap<Finding, string>;
  /** The Rekomendasi sheet's rows: this month's, then the open ones carried over (rekomendasi-carry.ts). */
  readonly rekomendasi: readonly RekomendasiRow[];
  /** Evaluator entries with no LKE row this month. */
  readonly archive: readonly EvaluatorEntry[];
  /** How many entries came back from the archive to LKE this month. */
  readonly restored: number;
  /** How many entries carried over from the previous consolidation onto LKE rows. */
  readonly carried: number;
  /** How many entries were kept from the same period's consolidation being replaced (a re-run). */
  readonly kept: number;
  /** How many LKE rows are marked Perlu Ditinjau. */
  readonly perluDitinjau: number;
  /** Base name of the previous consolidated workbook, when one was given. */
  readonly previousFile?: string;
  /** Riwayat rows of the months before this one, oldest first (history.ts). */
  readonly history?: readonly HistoryRow[];
}
