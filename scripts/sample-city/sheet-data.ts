/**
 * A sheet of the sample as plain data, before exceljs: banner title rows, an optional header row
 * and data rows. Layout (as staff make them): titles in rows 1..n (merged across the table),
 * one empty row, the header, then the data. Builders and the writer share `firstDataRow`.
 */
export type SampleCell =
  | string
  | number
  | null
  | Date
  /** A formula (without `=`) with the cached result Excel saved. */
  | { readonly formula: string; readonly result: number | { readonly error: string } }
  /** An Excel error value, e.g. `#REF!`. */
  | { readonly error: string };

export type RowStyle = 'data' | 'heading' | 'subheading' | 'label';

export interface SampleRow {
  readonly cells: readonly SampleCell[];
  readonly style?: RowStyle;
}

export interface SampleSheet {
  readonly name: string;
  /** Banner rows above the table, merged across `width` columns. */
  readonly titles: readonly string[];
  /** Column headers; absent for label/value sheets (Profil, Kota). */
  readonly header?: readonly string[];
  readonly rows: readonly SampleRow[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
  /** 1-based columns whose cells are formatted as text (codes). */
  readonly textColumns?: readonly number[];
}

/** Row of the header: titles, then one empty row. */
export const headerRowOf = (titleCount: number): number => titleCount + 2;
/** Row of the first data row under the header (or under the titles for label/value sheets). */
export const firstDataRowOf = (titleCount: number, hasHeader: boolean): number => (hasHeader ? headerRowOf(titleCount) + 1 : titleCount + 2);
