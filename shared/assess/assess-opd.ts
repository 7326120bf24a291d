/**
 * One OPD workbook, end to end: parse its tables, run every check, and score it. The add-in's
 * pane and the pipeline both call this, so both always agree.
 */
import { DEFAULT_CAPAIAN_OPTIONS, indicatorCapaian, type CapaianOptions, type IndicatorCapaianResult } from '../capaian';
import { checkCellTextCharacters } from '../checks/cell-text-characters';
import { checkCellTextLength } from '../checks/cell-text-length';
import { checkDuplicateCodes } from '../checks/code-duplicate';
import type { Check, CheckInput } from '../checks/check-input';
import { checkKinerjaAfterPeriod } from '../checks/kinerja-after-period';
import { checkKinerjaRealisasiBlank } from '../checks/kinerja-realisasi-blank';
import { checkKinerjaCapaian } from '../checks/kinerja-capaian';
import { checkKinerjaPohonLink } from '../checks/kinerja-pohon-link';
import { checkLkeAnswers } from '../checks/lke-answer-valid';
import { checkLkeCodes } from '../checks/lke-code-known';
import { checkLkeCriteriaMissing } from '../checks/lke-criteria-missing';
import { checkLkeKerangkaLogis } from '../checks/lke-kerangka-logis';
import { checkLkeNilaiStale } from '../checks/lke-nilai-stale';
import { checkPohonLinks } from '../checks/pohon-links';
import { checkProfilContext } from '../checks/profil-context';
import type { Finding } from '../findings/finding';
import { sortFindings } from '../findings/sort-findings';
import type { EvaluationModel } from '../models/model';
import type { CityConfig } from '../parse/city-config';
import type { OpdWorkbook } from '../parse/opd-workbook-model';
import type { Period } from '../parse/periode';
import type { OpdWorkbookRead } from '../parse/read-opd-workbook';
import { fileScore } from '../import/file-score';
import type { ImportInfo } from '../import/import-info';
import { readAnyWorkbook } from '../import/read-foreign-workbook';
import { gradeScore, type BoundMode, type GradeResult } from '../scoring/predikat';
import { scoreLke, type LkeScore } from '../scoring/rollup';
import type { WorkbookTable } from '../table/table';
import { lkeAnswers } from './lke-answers';
import { resolveModel } from './resolve-model';

export const OPD_CHECKS: readonly Check[] = [
  checkProfilContext,
  checkLkeCodes,
  checkDuplicateCodes,
  checkLkeAnswers,
  checkLkeCriteriaMissing,
  checkLkeNilaiStale,
  checkLkeKerangkaLogis,
  checkKinerjaAfterPeriod,
  checkKinerjaCapaian,
  checkKinerjaRealisasiBlank,
  checkKinerjaPohonLink,
  checkPohonLinks,
];

export interface AssessOptions {
  readonly city?: CityConfig;
  /** The consolidation period; the workbook's own Periode must match it. */
  readonly period?: Period;
}

export interface OpdAssessment {
  readonly workbook: OpdWorkbook;
  readonly model: EvaluationModel;
  /** In reading order: file-level, then sheet by sheet, row by row (see sortFindings). */
  readonly findings: readonly Finding[];
  /** An error in Profil or LKE, or a file-level error: the OPD is not scored. */
  readonly rejected: boolean;
  /** Criterion code → canonical answer / value 0..1, for every valid answer. */
  readonly answers: ReadonlyMap<string, string>;
  readonly values: ReadonlyMap<string, number>;
  /**
   * The OPD's self-assessment score (computed even when rejected, for the pane; never consolidated
   * then). For an imported workbook that computes its own sub-component scores: its own figures.
   */
  readonly score: LkeScore;
  /** Imported workbooks: the score the answers give, when the file's own figures are the score. */
  readonly recomputedScore?: LkeScore;
  /** Present when the workbook was read through foreign layouts (docs/import.md). */
  readonly imported?: ImportInfo;
  readonly grade: GradeResult;
  readonly boundMode: BoundMode;
  /** Same order as `workbook.indicators`; undefined for an unusable row. */
  readonly capaian: readonly (IndicatorCapaianResult | undefined)[];
  /** Mean capaian of the IKU indicators that have a value; null when none has. */
  readonly capaianIku: number | null;
}

export function capaianOptionsOf(city: CityConfig | undefined): CapaianOptions {
  return city ? { negativeFormula: city.negativeFormula, cap: city.cap, ...(city.capaianScheme ? { scheme: city.capaianScheme } : {}) } : DEFAULT_CAPAIAN_OPTIONS;
}

/** `read`: the workbook as `readAnyWorkbook(table, …)` reads it, when the caller already has it (it is not read twice). */
export function assessOpdWorkbook(table: WorkbookTable, options: AssessOptions = {}, read: OpdWorkbookRead = readAnyWorkbook(table, options)): OpdAssessment {
  const { city, period } = options;
  const workbook = read.workbook;
  const importedLke = read.imported?.lke;
  const resolved = importedLke ? { model: importedLke.model, findings: [] } : resolveModel(workbook, city);
  const model = resolved.model;
  const { answers, values } = lkeAnswers(workbook.lke ?? [], model);

  const month = workbook.profil?.periode.month ?? period?.month;
  const capaianOptions = capaianOptionsOf(city);
  const capaian = workbook.indicators.map((indicator) =>
    indicator.usable && month !== undefined
      ? indicatorCapaian(
          { target: indicator.target, monthlyTargets: indicator.monthlyTargets, realisasi: indicator.realisasi, aggregation: indicator.agregasi },
          indicator.polaritas,
          month,
          capaianOptions,
        )
      : undefined,
  );

  const input: CheckInput = { workbook, model, values, capaian, ...(city ? { city } : {}), ...(period ? { period } : {}) };
  const computed = scoreLke(model, values);
  const own = importedLke?.fileScores ? fileScore(computed, importedLke.fileScores, { file: workbook.file, sheet: workbook.lkeSheet }) : undefined;
  const score = own?.score ?? computed;
  const findings = sortFindings(
    [...read.findings, ...checkCellTextLength(table), ...checkCellTextCharacters(table), ...resolved.findings, ...OPD_CHECKS.flatMap((check) => check(input)), ...(own?.findings ?? [])],
    table.sheets.map((sheet) => sheet.name),
  );
  const rejectingSheets = new Set([workbook.profilSheet, workbook.lkeSheet]);
  const rejected = findings.some((f) => f.severity === 'error' && (f.sheet === undefined || rejectingSheets.has(f.sheet)));

  const boundMode = city?.boundMode ?? 'eksklusif';
  const ikuValues = workbook.indicators.flatMap((indicator, i) => {
    const result = capaian[i];
    return indicator.iku && result?.ok ? [result.value] : [];
  });
  return {
    workbook,
    model,
    findings,
    rejected,
    answers,
    values,
    score,
    ...(own ? { recomputedScore: computed } : {}),
    ...(read.imported ? { imported: read.imported } : {}),
    grade: gradeScore(score.total, boundMode),
    boundMode,
    capaian,
    capaianIku: ikuValues.length ? ikuValues.reduce((a, b) => a + b, 0) / ikuValues.length : null,
  };
}
