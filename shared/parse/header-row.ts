/**
 * Header detection: a table's header row is the first row, within the first 10 rows of the
 * sheet, that holds all required headers (names matched case/space-insensitively, aliases
 * accepted). Column order is free; unknown columns are ignored.
 */
import { cellAt, cellText, normalizeName } from '../table/cells';
import type { TableSheet } from '../table/table';

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  /** The canonical header first, then its aliases. */
  readonly names: readonly string[];
  readonly required: boolean;
}

export const HEADER_SEARCH_ROWS = 10;

export type HeaderMatch<K extends string> =
  | {
      readonly ok: true;
      /** 0-based index of the header row. */
      readonly headerRow: number;
      /** 0-based column of each column found. */
      readonly columns: Partial<Record<K, number>>;
      /** Normalised header text → 0-based column, for every non-blank header cell. */
      readonly allHeaders: ReadonlyMap<string, number>;
    }
  | { readonly ok: false; readonly missing: readonly string[] };

function headersOfRow(sheet: TableSheet, r: number): Map<string, number> {
  const headers = new Map<string, number>();
  const row = sheet.rows[r];
  if (!row) return headers;
  for (let c = 0; c < row.length; c += 1) {
    const text = normalizeName(cellText(cellAt(sheet, r, c).value));
    if (text && !headers.has(text)) headers.set(text, c);
  }
  return headers;
}

function columnIn<K extends string>(headers: ReadonlyMap<string, number>, spec: ColumnSpec<K>): number | undefined {
  for (const name of spec.names) {
    const c = headers.get(normalizeName(name));
    if (c !== undefined) return c;
  }
  return undefined;
}

export function findHeaderRow<K extends string>(sheet: TableSheet, specs: readonly ColumnSpec<K>[]): HeaderMatch<K> {
  const required = specs.filter((s) => s.required);
  let bestMissing: string[] | undefined;
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < last; r += 1) {
    const headers = headersOfRow(sheet, r);
    if (headers.size === 0) continue;
    const missing = required.filter((s) => columnIn(headers, s) === undefined).map((s) => s.names[0]!);
    if (missing.length === 0) {
      const columns: Partial<Record<K, number>> = {};
      for (const spec of specs) {
        const c = columnIn(headers, spec);
        if (c !== undefined) columns[spec.key] = c;
      }
      return { ok: true, headerRow: r, columns, allHeaders: headers };
    }
    if (!bestMissing || missing.length < bestMissing.length) bestMissing = missing;
  }
  return { ok: false, missing: bestMissing ?? required.map((s) => s.names[0]!) };
}
