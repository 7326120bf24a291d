/** A1 range addresses for the stand-in: `B2`, `A1:F40`, `$A$1`, whole columns `C:C`, whole rows `3:5`. */
import { columnLetters, parseAddress } from '../../../shared/table/address';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 1-based, inclusive. */
export interface Rect {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

function columnNumber(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  return parseAddress(`${letters}1`)?.column;
}

export function parseRect(text: string): Rect | undefined {
  const [start, end = start, ...rest] = text.replace(/\$/g, '').trim().split(':');
  if (rest.length > 0 || !start || !end) return undefined;
  const columns = [columnNumber(start), columnNumber(end)];
  if (columns[0] !== undefined && columns[1] !== undefined) {
    return { r1: 1, r2: MAX_ROWS, c1: Math.min(columns[0], columns[1]), c2: Math.max(columns[0], columns[1]) };
  }
  if (/^\d+$/.test(start) && /^\d+$/.test(end)) {
    const [a, b] = [Number(start), Number(end)];
    return a >= 1 && b >= 1 ? { r1: Math.min(a, b), r2: Math.max(a, b), c1: 1, c2: MAX_COLUMNS } : undefined;
  }
  const a = parseAddress(start);
  const b = parseAddress(end);
  if (!a || !b) return undefined;
  return { r1: Math.min(a.row, b.row), r2: Math.max(a.row, b.row), c1: Math.min(a.column, b.column), c2: Math.max(a.column, b.column) };
}

export function formatRect(rect: Rect): string {
  if (rect.r1 === 1 && rect.r2 === MAX_ROWS) return `${columnLetters(rect.c1)}:${columnLetters(rect.c2)}`;
  if (rect.c1 === 1 && rect.c2 === MAX_COLUMNS) return `${rect.r1}:${rect.r2}`;
  const start = `${columnLetters(rect.c1)}${rect.r1}`;
  return rect.r1 === rect.r2 && rect.c1 === rect.c2 ? start : `${start}:${columnLetters(rect.c2)}${rect.r2}`;
}

/** `Sheet1!A1`, `'Pohon Kinerja'!A1:E3`, as Excel writes sheet-qualified addresses. */
export function qualify(sheet: string, local: string): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${local}`;
}

export const rectRows = (rect: Rect): number => rect.r2 - rect.r1 + 1;
export const rectColumns = (rect: Rect): number => rect.c2 - rect.c1 + 1;
export const overlaps = (a: Rect, b: Rect): boolean => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
