import { address } from './address';
import { withoutInvisibles } from '../text/invisible-characters';
import { BLANK, type CellValue, type TableCell, type TableSheet, type WorkbookTable } from './table';

/** The cell at 0-based grid position (r, c), a blank one when the grid has a hole there. */
export function cellAt(sheet: TableSheet, r: number, c: number): TableCell {
  return sheet.rows[r]?.[c] ?? { address: address(r + 1, c + 1), value: BLANK };
}

export function isBlank(value: CellValue): boolean {
  return value.type === 'blank' || (value.type === 'text' && value.value.trim() === '');
}

export function isBlankRow(row: ReadonlyArray<TableCell | undefined> | undefined): boolean {
  return !row || row.every((cell) => !cell || isBlank(cell.value));
}

/** Case- and space-insensitive key of a sheet name or header text (invisible characters and NBSP count as nothing / a space). */
export function normalizeName(text: string): string {
  return withoutInvisibles(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The sheet whose name matches one of `names` (case/space-insensitive); see `lookupSheet` for which one wins. */
export function findSheet(workbook: WorkbookTable, ...names: string[]): TableSheet | undefined {
  return lookupSheet(workbook, ...names).sheet;
}

export interface SheetLookup {
  /** The sheet used: the best of the matching sheets. */
  readonly sheet?: TableSheet;
  /** The other sheets whose names match too (not used), in workbook order. */
  readonly others: readonly TableSheet[];
}

/**
 * The sheets whose name matches one of `names` (case- and space-insensitive, invisible characters
 * ignored), and which one is used: a visible sheet before a hidden one, then an exact name before
 * one that only matches normalised (`LKE` before `lke ` ), then the first in workbook order. A
 * hidden, stale `LKE` left before the visible `LKE ` the user filled in never wins.
 */
export function lookupSheet(workbook: WorkbookTable, ...names: string[]): SheetLookup {
  const wanted = new Set(names.map(normalizeName));
  const exact = new Set(names);
  const matching = workbook.sheets.filter((sheet) => wanted.has(normalizeName(sheet.name)));
  if (matching.length <= 1) return { ...(matching[0] ? { sheet: matching[0] } : {}), others: [] };
  const rank = (sheet: TableSheet): number => (sheet.hidden ? 2 : 0) + (exact.has(sheet.name) ? 0 : 1);
  let best = matching[0]!;
  for (const sheet of matching) if (rank(sheet) < rank(best)) best = sheet;
  return { sheet: best, others: matching.filter((sheet) => sheet !== best) };
}

/** The text a cell shows, for labels and codes: numbers as written by JS, blanks as ''. */
export function cellText(value: CellValue): string {
  switch (value.type) {
    case 'blank':
      return '';
    case 'text':
      return value.value.trim();
    case 'number':
      return String(value.value);
    case 'boolean':
      return value.value ? 'TRUE' : 'FALSE';
    case 'date':
    case 'error':
      return value.value;
  }
}

/** Shorthand constructors, mostly for tests and hosts. */
export const cell = {
  blank: (): CellValue => BLANK,
  number: (value: number): CellValue => ({ type: 'number', value }),
  text: (value: string): CellValue => ({ type: 'text', value }),
  boolean: (value: boolean): CellValue => ({ type: 'boolean', value }),
  date: (value: string): CellValue => ({ type: 'date', value }),
};

/** Calls `visit` for every cell of the workbook that holds text, sheet by sheet, row by row. */
export function forEachTextCell(workbook: WorkbookTable, visit: (sheet: TableSheet, cell: TableCell, text: string) => void): void {
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (const cell of row) if (cell?.value.type === 'text') visit(sheet, cell, cell.value.value);
    }
  }
}
