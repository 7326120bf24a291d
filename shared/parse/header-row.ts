/**
 * Header detection: a table's header row is the first row, within the first 10 rows of the
 * sheet, that holds all required headers (names matched case/space-insensitively, aliases
 * accepted). Column order is free; unknown columns are ignored.
 */
import { address } from '../table/address';
import { cellAt, cellText, normalizeName } from '../table/cells';
import { editDistance } from '../text/edit-distance';
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
  | {
      readonly ok: false;
      readonly missing: readonly string[];
      /** The row that came closest (fewest required headers missing), when any row had a header. */
      readonly nearest?: NearestHeaderRow;
    };

/** The header row that came closest to holding every required header, and its near misses. */
export interface NearestHeaderRow {
  /** 0-based row index. */
  readonly row: number;
  /** Its cells as an A1 range, first to last header cell (`A3:P3`). */
  readonly range: string;
  /** For a missing header, the header of that row that looks like it (`Realisasi Aprl` for `Realisasi Apr`). */
  readonly near: readonly HeaderNearMiss[];
}

export interface HeaderNearMiss {
  readonly expected: string;
  readonly found: string;
  readonly cell: string;
}

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
  let best: { row: number; missing: ColumnSpec<K>[]; headers: Map<string, number> } | undefined;
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 0; r < last; r += 1) {
    const headers = headersOfRow(sheet, r);
    if (headers.size === 0) continue;
    const missing = required.filter((s) => columnIn(headers, s) === undefined);
    if (missing.length === 0) {
      const columns: Partial<Record<K, number>> = {};
      for (const spec of specs) {
        const c = columnIn(headers, spec);
        if (c !== undefined) columns[spec.key] = c;
      }
      return { ok: true, headerRow: r, columns, allHeaders: headers };
    }
    if (!best || missing.length < best.missing.length) best = { row: r, missing, headers };
  }
  if (!best) return { ok: false, missing: required.map((s) => s.names[0]!) };
  const taken = new Set(specs.map((spec) => columnIn(best.headers, spec)).filter((c) => c !== undefined));
  return { ok: false, missing: best.missing.map((s) => s.names[0]!), nearest: nearestHeaderRow(sheet, best.row, best.headers, best.missing.map((s) => s.names), taken) };
}

/**
 * The near misses of `wanted` (each a header's names) among the headers of row `r` not already
 * `taken` by a found column: the closest header within a few edits (at most 3, and under a third
 * of the name's letters), each header offered once.
 */
export function nearestHeaderRow(sheet: TableSheet, r: number, headers: ReadonlyMap<string, number>, wanted: readonly (readonly string[])[], taken: ReadonlySet<number>): NearestHeaderRow {
  const columns = [...headers.values()];
  const range = `${address(r + 1, Math.min(...columns) + 1)}:${address(r + 1, Math.max(...columns) + 1)}`;
  const offered = new Set<number>(taken);
  const near: HeaderNearMiss[] = [];
  for (const names of wanted) {
    let match: { c: number; distance: number } | undefined;
    for (const [text, c] of headers) {
      if (offered.has(c)) continue;
      for (const name of names) {
        const target = normalizeName(name);
        const distance = editDistance(text, target);
        if (distance <= 3 && distance * 3 < target.length && (!match || distance < match.distance)) match = { c, distance };
      }
    }
    if (!match) continue;
    offered.add(match.c);
    near.push({ expected: names[0]!, found: cellText(cellAt(sheet, r, match.c).value).trim(), cell: address(r + 1, match.c + 1) });
  }
  return { row: r, range, near };
}
