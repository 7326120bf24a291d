/** What every per-workbook check receives. */
import type { IndicatorCapaianResult } from '../capaian';
import type { Finding } from '../findings/finding';
import type { EvaluationModel } from '../models/model';
import type { CityConfig } from '../parse/city-config';
import type { OpdWorkbook } from '../parse/opd-workbook-model';
import type { Period } from '../parse/periode';

export interface CheckInput {
  readonly workbook: OpdWorkbook;
  /** The model the workbook is checked against (its own, or the default when Profil is unreadable). */
  readonly model: EvaluationModel;
  /** Criterion code → value 0..1 of every valid answer (see lke-answers.ts). */
  readonly values: ReadonlyMap<string, number>;
  /** Capaian of each indicator of `workbook.indicators`, same order; undefined for an unusable row. */
  readonly capaian: readonly (IndicatorCapaianResult | undefined)[];
  readonly city?: CityConfig;
  /** The consolidation's period, when a run asks for one. */
  readonly period?: Period;
}

export type Check = (input: CheckInput) => Finding[];
