/**
 * The live formulas of the consolidated workbook, in plain functions every spreadsheet
 * application knows (IF, TRIM, UPPER, INDEX, MATCH, SUMIFS, COUNTIFS, ROUND, ISNUMBER, AND).
 * evaluator-score.ts computes their cached results with the core; the LibreOffice test checks
 * that both agree.
 */
import { columnLetters, type AnswerType, acceptedAnswers, PREDIKAT_TABLE, type BoundMode } from '../../shared';
import { TOTAL_DECIMALS } from './evaluator-score';
import { CONSOLIDATED_SHEETS, LKE_HEADERS } from './consolidated-headers';

/** Column letter of a header in a header list. */
export function columnOf(headers: readonly string[], header: string): string {
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return columnLetters(index + 1);
}

const lke = (header: (typeof LKE_HEADERS)[number]): string => columnOf(LKE_HEADERS, header);

const quoteText = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const numberText = (value: number): string => String(value);

/**
 * Nilai Akhir of LKE row `r` whose criterion has type `type`: the OPD's value when the evaluator's
 * answer is blank, else the value of the evaluator's answer (trimmed, any case); #N/A when that
 * answer is not on the type's scale.
 */
export function nilaiAkhirFormula(r: number, type: AnswerType): string {
  const g = `${lke('Jawaban Evaluator')}${r}`;
  const f = `${lke('Nilai OPD')}${r}`;
  // A percentage answer: its number / 100 (0–100), #N/A otherwise.
  if (type === '%') return `IF(TRIM(${g})="",IF(${f}="","",${f}),IF(AND(ISNUMBER(--TRIM(${g})),--TRIM(${g})>=0,--TRIM(${g})<=100),--TRIM(${g})/100,NA()))`;
  const scale = acceptedAnswers(type);
  const values = `{${scale.map((s) => numberText(s.value)).join(',')}}`;
  const answers = `{${scale.map((s) => quoteText(s.answer)).join(',')}}`;
  return `IF(TRIM(${g})="",IF(${f}="","",${f}),INDEX(${values},MATCH(UPPER(TRIM(${g})),${answers},0)))`;
}

/** Poin of LKE row `r`: Nilai Akhir × Bobot Kriteria, 0 when Nilai Akhir is empty. */
export function poinFormula(r: number): string {
  const h = `${lke('Nilai Akhir')}${r}`;
  return `IF(${h}="",0,${h}*${lke('Bobot Kriteria')}${r})`;
}

/** Nilai Evaluator: the sum of the OPD's Poin on LKE (rows 2..lastRow), keyed by its No OPD cell. */
export function nilaiEvaluatorFormula(noOpdCell: string, lastLkeRow: number): string {
  const range = (header: (typeof LKE_HEADERS)[number]): string => `${CONSOLIDATED_SHEETS.lke}!$${lke(header)}$2:$${lke(header)}$${lastLkeRow}`;
  return `ROUND(SUMIFS(${range('Poin')},${range('No OPD')},${noOpdCell}),${TOTAL_DECIMALS})`;
}

/** Predikat of the score in `cell`: rounded to 2 decimals first, bounds by the city's mode; an error passes through. */
export function predikatFormula(cell: string, mode: BoundMode): string {
  const op = mode === 'inklusif' ? '>=' : '>';
  const bands = PREDIKAT_TABLE.slice(0, -1);
  const lowest = PREDIKAT_TABLE[PREDIKAT_TABLE.length - 1]!.predikat;
  const nested = bands.reduceRight((inner, band) => `IF(ROUND(${cell},2)${op}${band.threshold},"${band.predikat}",${inner})`, `"${lowest}"`);
  return `IF(ISNUMBER(${cell}),${nested},${cell})`;
}

/** Peringkat: 1 + the number of higher totals in the column (rows 2..lastRow); ties share a rank. */
export function peringkatFormula(column: string, r: number, lastRow: number): string {
  return `IF(ISNUMBER(${column}${r}),COUNTIFS($${column}$2:$${column}$${lastRow},">"&${column}${r})+1,"")`;
}

/** Perubahan: this total − the previous one, when both are numbers. */
export function perubahanFormula(totalCell: string, previousCell: string): string {
  return `IF(AND(ISNUMBER(${totalCell}),ISNUMBER(${previousCell})),ROUND(${totalCell}-${previousCell},${TOTAL_DECIMALS}),"")`;
}
