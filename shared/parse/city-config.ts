/** The city workbook (`Konfigurasi Kota`, workbook-format.md §2) as the pipeline and checks use it. */
import type { NegativeFormula } from '../capaian';
import type { EvaluationModel } from '../models/model';
import type { BoundMode } from '../scoring/predikat';
import type { PohonNode } from './opd-workbook-model';

export interface ListedOpd {
  readonly kodeOpd: string;
  readonly namaOpd: string;
  /** File names (or parts of them) that are this OPD's foreign workbooks (`Berkas`/`Alias` column, `;`-separated). */
  readonly berkas?: readonly string[];
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
  readonly opds: readonly ListedOpd[];
  readonly pohon: readonly PohonNode[];
}
