/**
 * The OPD workbook template as data (workbook-format.md §1): each sheet's rows, header row,
 * frozen rows, dropdown lists and text-formatted columns. Host-neutral: the add-in's
 * "Siapkan lembar" writes it through Office.js, the pipeline's template command through exceljs.
 */
import { allowedAnswers } from '../scoring/answer-scale';
import type { AnswerType, EvaluationModel } from '../models/model';
import { DEFAULT_MODEL, SHIPPED_MODELS } from '../models/registry';
import { MONTH_LONG_ID, MONTH_SHORT_ID } from '../parse/month-name';
import { KINERJA_COLUMNS, LKE_COLUMNS, MONTHLY_PREFIXES, OPD_SHEETS, POHON_COLUMNS, PROFIL_LABELS, REKOMENDASI_COLUMNS } from '../parse/opd-format';
import { POHON_LEVELS, REKOMENDASI_STATUSES } from '../parse/opd-workbook-model';

/** A template cell: a constant, a formula (without its leading `=`), or empty. */
export type TemplateCell = string | number | { readonly formula: string } | null;

/** Cells `column`, rows `fromRow..toRow` (1-based, inclusive). */
export interface ColumnRange {
  readonly column: number;
  readonly fromRow: number;
  readonly toRow: number;
}

export interface ListValidation extends ColumnRange {
  /** The dropdown's items, in order. */
  readonly list: readonly string[];
  /** Other entries are accepted too (the list is a suggestion); otherwise refused. */
  readonly allowOther: boolean;
}

export interface SheetTemplate {
  readonly name: string;
  /** `rows[r][c]` is the cell at row r+1, column c+1. */
  readonly rows: readonly (readonly TemplateCell[])[];
  /** 1-based row holding the column headers (shown bold). */
  readonly headerRow: number;
  /** Rows kept visible while scrolling (the header). */
  readonly frozenRows: number;
  readonly validations: readonly ListValidation[];
  /** Cells that hold codes (`1.1`, `1.02.01`): formatted as text so hosts keep them as typed. */
  readonly textColumns: readonly ColumnRange[];
  /** Column widths in characters, by column. */
  readonly columnWidths: readonly number[];
}

export interface OpdTemplateOptions {
  readonly model?: EvaluationModel;
  /** Rows prepared with dropdowns in the open-ended sheets (Kinerja, Pohon Kinerja, Rekomendasi). */
  readonly dataRows?: number;
}

export const DEFAULT_TEMPLATE_DATA_ROWS = 200;

export const POLARITAS_LIST = ['Positif', 'Negatif'] as const;
export const AGREGASI_LIST = ['Akhir', 'Kumulatif', 'Rata-rata'] as const;
export const IKU_LIST = ['Ya', 'Tidak'] as const;

const HEADER_ROW = 1;
const first = (spec: { readonly names: readonly string[] }): string => spec.names[0]!;

/** The value `SAKIP.ANSWER` gives a criterion's answer cell, as the LKE's `Nilai` formula. */
export function answerFormula(answerCell: string, type: AnswerType): { formula: string } {
  return { formula: `SAKIP.ANSWER(${answerCell},"${type}")` };
}

function profilSheet(model: EvaluationModel): SheetTemplate {
  const rows: TemplateCell[][] = [['Profil OPD', null], ...PROFIL_LABELS.map((spec) => [first(spec), null])];
  const rowOf = (key: (typeof PROFIL_LABELS)[number]['key']): number => 2 + PROFIL_LABELS.findIndex((spec) => spec.key === key);
  rows[rowOf('model') - 1]![1] = model.id;
  const valueCell = (key: (typeof PROFIL_LABELS)[number]['key']): ColumnRange => ({ column: 2, fromRow: rowOf(key), toRow: rowOf(key) });
  return {
    name: OPD_SHEETS.profil,
    rows,
    headerRow: HEADER_ROW,
    frozenRows: 1,
    validations: [
      { ...valueCell('periode'), list: MONTH_LONG_ID, allowOther: true },
      { ...valueCell('model'), list: SHIPPED_MODELS.map((m) => m.id), allowOther: true },
    ],
    textColumns: [valueCell('kodeOpd'), valueCell('model')],
    columnWidths: [18, 40],
  };
}

/** Consecutive criterion rows of one answer type share one dropdown. */
function answerValidations(types: readonly (AnswerType | undefined)[], column: number, firstRow: number): ListValidation[] {
  const validations: ListValidation[] = [];
  types.forEach((type, i) => {
    if (!type || type === '%') return; // a percentage has no list
    const row = firstRow + i;
    const last = validations[validations.length - 1];
    const list = allowedAnswers(type);
    if (last && last.toRow === row - 1 && last.list.join() === list.join()) validations[validations.length - 1] = { ...last, toRow: row };
    else validations.push({ column, fromRow: row, toRow: row, list, allowOther: false });
  });
  return validations;
}

function lkeSheet(model: EvaluationModel): SheetTemplate {
  const headers = LKE_COLUMNS.map(first);
  const jawaban = headers.indexOf(first(LKE_COLUMNS[2])) + 1;
  const rows: TemplateCell[][] = [headers];
  /** Answer type per data row (undefined for heading rows). */
  const types: (AnswerType | undefined)[] = [];
  for (const component of model.components) {
    rows.push([String(component.number), component.name]);
    types.push(undefined);
    for (const sub of component.subComponents) {
      rows.push([`${component.number}.${sub.slot}`, sub.name]);
      types.push(undefined);
      for (const c of model.criteria.filter((x) => x.component === component.number && x.slot === sub.slot)) {
        const row = rows.length + 1;
        rows.push([c.code, c.text, null, answerFormula(`C${row}`, c.type), null, null]);
        types.push(c.type);
      }
    }
  }
  return {
    name: OPD_SHEETS.lke,
    rows,
    headerRow: HEADER_ROW,
    frozenRows: 1,
    validations: answerValidations(types, jawaban, HEADER_ROW + 1),
    textColumns: [{ column: 1, fromRow: HEADER_ROW + 1, toRow: rows.length }],
    columnWidths: [10, 60, 10, 8, 30, 30],
  };
}

/** A header-only sheet with `dataRows` rows of dropdowns and text columns under it. */
function tableSheet(
  name: string,
  headers: readonly string[],
  lists: Readonly<Record<string, { list: readonly string[]; allowOther?: boolean }>>,
  textHeaders: readonly string[],
  dataRows: number,
  columnWidths: readonly number[],
): SheetTemplate {
  const span = (header: string): ColumnRange => ({ column: headers.indexOf(header) + 1, fromRow: HEADER_ROW + 1, toRow: HEADER_ROW + dataRows });
  return {
    name,
    rows: [headers],
    headerRow: HEADER_ROW,
    frozenRows: 1,
    validations: Object.entries(lists).map(([header, { list, allowOther }]) => ({ ...span(header), list, allowOther: allowOther ?? false })),
    textColumns: textHeaders.map(span),
    columnWidths,
  };
}

/** Kinerja headers: the fixed columns, then `Target Jan … Target Des`, then `Realisasi Jan … Realisasi Des`. */
export function kinerjaHeaders(): string[] {
  return [
    ...KINERJA_COLUMNS.map(first),
    ...MONTH_SHORT_ID.map((m) => `${MONTHLY_PREFIXES.target} ${m}`),
    ...MONTH_SHORT_ID.map((m) => `${MONTHLY_PREFIXES.realisasi} ${m}`),
  ];
}

/** Every sheet of the OPD workbook, in workbook order. */
export function opdTemplate(options: OpdTemplateOptions = {}): SheetTemplate[] {
  const model = options.model ?? DEFAULT_MODEL;
  const dataRows = options.dataRows ?? DEFAULT_TEMPLATE_DATA_ROWS;
  const kinerja = kinerjaHeaders();
  return [
    profilSheet(model),
    lkeSheet(model),
    tableSheet(
      OPD_SHEETS.kinerja,
      kinerja,
      { Polaritas: { list: POLARITAS_LIST }, Agregasi: { list: AGREGASI_LIST }, IKU: { list: IKU_LIST } },
      ['Kode', 'Kode Pohon'],
      dataRows,
      [10, 40, 10, 10, 11, 11, 7, 10, ...Array<number>(kinerja.length - KINERJA_COLUMNS.length).fill(10)],
    ),
    tableSheet(OPD_SHEETS.pohon, POHON_COLUMNS.map(first), { Level: { list: POHON_LEVELS } }, ['Kode', 'Kode Induk'], dataRows, [10, 12, 18, 50, 25]),
    tableSheet(OPD_SHEETS.rekomendasi, REKOMENDASI_COLUMNS.map(first), { Status: { list: REKOMENDASI_STATUSES } }, [], dataRows, [6, 50, 40, 10, 30]),
  ];
}
