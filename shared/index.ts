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
export { assessOpdWorkbook, capaianOptionsOf, type AssessOptions, type OpdAssessment } from './assess/assess-opd';
export { linkTree, type NodeLink, type TreeLinks } from './tree/link-tree';
export { matchSubmissions, type OpdStatus, type OpdSubmission, type Submissions } from './consolidate/submissions';
export * from './table/from-grid';
export * from './template/opd-template';
export * from './template/city-template';
export { parseAnswerType, inferAnswerType } from './scoring/answer-type-text';
export { findComponent } from './models/find-component';
