/** The city workbook (`Konfigurasi Kota`, workbook-format.md §2) as the pipeline and checks use it. */
import type { NegativeFormula } from '../capaian';
import type { CategoryScheme } from '../capaian/category';
import type { EvaluationModel } from '../models/model';
import type { BoundMode } from '../scoring/predikat';
import type { PohonNode } from './opd-workbook-model';

export interface ListedOpd {
  readonly kodeOpd: string;
  readonly namaOpd: string;
  /** File names (or parts of them) that are this OPD's foreign workbooks (`Berkas`/`Alias` column, `;`-separated). */
  readonly berkas?: readonly string[];
  /** Last year's evaluation total (0–100) as the bureau typed it from last year's LHE (`Nilai Tahun Lalu` column). */
  readonly nilaiTahunLalu?: number;
}

/** The evaluation report's (LHE) settings from `Kota`; '' when not filled in. */
export interface LheSettings {
  /** Prefix of the report number, e.g. `700.1.2.1/LHE`; the report appends `/<No OPD>/<Kode OPD>/<Tahun>`. */
  readonly nomorLhe: string;
  /** Who signs: the Inspektur or the head of the evaluator team. */
  readonly penandaTangan: string;
  readonly nip: string;
  readonly jabatan: string;
  /** Where the report is signed (city name when blank). */
  readonly tempat: string;
}

export interface CityConfig {
  readonly file: string;
  readonly namaKota: string;
  readonly tahun: number;
  /** The model every OPD workbook must state (a shipped id or the custom model's name). */
  readonly model: EvaluationModel;
  readonly boundMode: BoundMode;
  readonly negativeFormula: NegativeFormula;
  /** Capaian cap in %, or null for none. */
  readonly cap: number | null;
  /** The city's capaian category bands (`Kategori Capaian`); the default scheme when absent. */
  readonly capaianScheme?: CategoryScheme;
  readonly opds: readonly ListedOpd[];
  readonly pohon: readonly PohonNode[];
  /** Absent when the city workbook predates these labels (same as all blank). */
  readonly lhe?: LheSettings;
}
