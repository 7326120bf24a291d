import { address } from './address';
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

/** Case- and space-insensitive key of a sheet name or header text. */
export function normalizeName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The sheet whose name matches one of `names` (case/space-insensitive). */
export function findSheet(workbook: WorkbookTable, ...names: string[]): TableSheet | undefined {
  const wanted = new Set(names.map(normalizeName));
  return workbook.sheets.find((sheet) => wanted.has(normalizeName(sheet.name)));
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
