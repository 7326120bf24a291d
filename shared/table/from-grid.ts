/**
 * Builds a `TableSheet` from a grid of plain JS values, as Office.js `values`/`formulas` give them
 * and as tests write them: numbers, strings (an Excel error text such as `#REF!` is an error),
 * booleans, blanks (`''`, null, undefined) and `Date`s.
 */
import { address } from './address';
import { BLANK, EXCEL_ERRORS, type CellValue, type ExcelError, type TableCell, type TableSheet } from './table';

const ERRORS = new Set<string>(EXCEL_ERRORS);

export function isExcelError(text: string): text is ExcelError {
  return ERRORS.has(text);
}

/** ISO date text (no time zone) of a JS Date, using its UTC fields. */
export function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

export function valueOf(raw: unknown): CellValue {
  if (raw === null || raw === undefined || raw === '') return BLANK;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { type: 'number', value: raw } : { type: 'error', value: '#NUM!' };
  if (typeof raw === 'boolean') return { type: 'boolean', value: raw };
  if (raw instanceof Date) return { type: 'date', value: isoDate(raw) };
  const text = String(raw);
  return isExcelError(text) ? { type: 'error', value: text } : { type: 'text', value: text };
}

/**
 * `values[r][c]` is the cell at (origin.row + r, origin.column + c), 1-based origin (A1 by default);
 * `formulas`, when given, has the same shape with `=…` texts where a cell holds a formula.
 */
export function sheetFromGrid(
  name: string,
  values: readonly (readonly unknown[])[],
  formulas?: readonly (readonly unknown[])[],
  origin: { row: number; column: number } = { row: 1, column: 1 },
): TableSheet {
  const rows: (TableCell | undefined)[][] = [];
  values.forEach((line, r) => {
    const row: (TableCell | undefined)[] = [];
    line.forEach((raw, c) => {
      const formula = formulas?.[r]?.[c];
      const value = valueOf(raw);
      const hasFormula = typeof formula === 'string' && formula.startsWith('=');
      if (value.type === 'blank' && !hasFormula) return;
      const cell: TableCell = hasFormula
        ? { address: address(origin.row + r, origin.column + c), value, formula: formula.slice(1) }
        : { address: address(origin.row + r, origin.column + c), value };
      row[origin.column - 1 + c] = cell;
    });
    rows[origin.row - 1 + r] = row;
  });
  return { name, rows };
}
