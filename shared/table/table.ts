/**
 * The host-neutral table form. The add-in (Office.js) and the pipeline (exceljs) each turn
 * their host's cells into this shape; everything in `shared/` reads only this.
 */

export const EXCEL_ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!', '#GETTING_DATA'] as const;
export type ExcelError = (typeof EXCEL_ERRORS)[number];

export type CellValue =
  | { readonly type: 'blank' }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  /** A date cell, as an ISO 8601 string (`2024-05-31` or `2024-05-31T08:00:00`), no time zone. */
  | { readonly type: 'date'; readonly value: string }
  | { readonly type: 'error'; readonly value: ExcelError };

export interface TableCell {
  /** A1 address on its sheet, e.g. `C7`. */
  readonly address: string;
  readonly value: CellValue;
  /** The formula without its leading `=`, when the cell holds one; `value` is then its cached result. */
  readonly formula?: string;
  /** The link target of a hyperlinked cell (the .xlsx's hyperlink, e.g. an evidence URL); `value` is the text it shows. */
  readonly hyperlink?: string;
}

/**
 * One sheet as a grid: `rows[r][c]` is the cell at sheet row r+1, column c+1. Rows and cells may be
 * missing (holes) where the sheet is empty; `cellAt` fills them in as blanks.
 */
export interface TableSheet {
  readonly name: string;
  /** The sheet is hidden (or very hidden) in the workbook; absent when it is visible. */
  readonly hidden?: boolean;
  readonly rows: ReadonlyArray<ReadonlyArray<TableCell | undefined> | undefined>;
  /**
   * The sheet's merged ranges as A1 ranges (`B2:B3`, `H2:K2`), when the host gives them. The value
   * of a merge sits on its top-left cell; the other cells it covers are holes. Header bands of
   * foreign workbooks (shared/import/) need them to know what a merged title spans.
   */
  readonly merges?: readonly string[];
}

export interface WorkbookTable {
  /** The file name the findings will name (no directory). */
  readonly file: string;
  readonly sheets: readonly TableSheet[];
}

export const BLANK: CellValue = Object.freeze({ type: 'blank' });
