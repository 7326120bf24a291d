/**
 * The SAKIP domain core: pure TypeScript, no Office, no file I/O. Hosts turn their cells into a
 * `WorkbookTable` and call `assessOpdWorkbook` / `readCityWorkbook`; every rule, number and
 * message lives here.
 */
export * from './table/table';
export * from './table/address';
export * from './table/cells';
export * from './findings';
export * from './format/number-format';
export * from './models';
export * from './scoring';
export * from './capaian';
export * from './parse/opd-format';
export * from './parse/city-format';
export * from './parse/opd-workbook-model';
export type { CityConfig, ListedOpd } from './parse/city-config';
export { parseNumberText } from './parse/indonesian-number';
export { parseMonthName, MONTH_SHORT_ID, MONTH_LONG_ID } from './parse/month-name';
export { parsePeriode, formatPeriode, type Periode } from './parse/periode';
export { readOpdWorkbook } from './parse/read-opd-workbook';
export { readCityWorkbook } from './parse/read-city-workbook';
export { readModelSheet } from './parse/read-model-sheet';
export { assessOpdWorkbook, capaianOptionsOf, type AssessOptions, type OpdAssessment } from './assess/assess-opd';
export { linkTree, type NodeLink, type TreeLinks } from './tree/link-tree';
export { matchSubmissions, type OpdStatus, type OpdSubmission, type Submissions } from './consolidate/submissions';
export * from './table/from-grid';
export * from './template/opd-template';
export * from './template/city-template';
export { parseAnswerType, inferAnswerType } from './scoring/answer-type-text';
export { parseCriterionAnswer } from './scoring/criterion-answer';
export { findComponent } from './models/find-component';

// What the hosts use beyond the modules above (boundary codemod: hosts import only this index).
export { nextSteps } from './assess/next-steps';
export type { NextSteps } from './assess/next-steps';
export { checkCityOpdList } from './checks/city-opd-list';
export { checkRekomendasiOverdue, isOpenStatus, isOverdue } from './checks/rekomendasi-overdue';
export type { TrackedRekomendasi } from './checks/rekomendasi-overdue';
export { DEFAULT_HTML_READ_LIMITS } from './import/html-export-limits';
export type { HtmlReadLimits } from './import/html-export-limits';
export { readHtmlExport } from './import/html-export-read';
export type { HtmlExportRead } from './import/html-export-read';
export { isHtmlExport } from './import/html-export-sniff';
export type { ImportedCriteria } from './import/imported-lke';
export { readAnyWorkbook } from './import/read-foreign-workbook';
export { importedOpdTemplate, type ImportedOpdTemplate } from './import/imported-opd-template';
export { perDokumenAnswerText } from './scoring/criterion-answer';
export { FUNCTION_ARGUMENT_MESSAGES, rangeSize } from './messages/function-arguments';
export { readNumber, readTarget } from './parse/cell-values';
export type { LheSettings } from './parse/city-config';
export { dataRows } from './parse/data-rows';
export { parseDateCell } from './parse/date-cell';
export { findHeaderRow } from './parse/header-row';
export type { ColumnSpec } from './parse/header-row';
export { editDistance } from './text/edit-distance';
export type { Period } from './parse/periode';
export { readLabelValues } from './parse/profil-sheet';
export type { OpdWorkbookRead } from './parse/read-opd-workbook';
export { SheetReport } from './parse/sheet-report';
export { NOT_AN_OPD_WORKBOOK, workbookKind } from './parse/workbook-kind';
export { INFERENCE_ORDER } from './scoring/answer-type-text';
export { CITY_PETUNJUK, OPD_PETUNJUK, PETUNJUK_SHEET } from './template/petunjuk';
