/**
 * Header bands of foreign workbooks (docs/import.md §1): the header of a table is one to four rows
 * found anywhere in the first 40 rows of a sheet. A merged title (`PENILAIAN MANDIRI` over
 * `KRITERIA PENILAIAN | KOEFISIEN KRITERIA | NILAI`) is shown on every cell it covers, so each column
 * gets a composite name: its texts top to bottom (`penilaian mandiri / kriteria penilaian`).
 * Column-number rows (`1 2 3 …`, `13 = 9 + 10 + 11 + 12`) and unit rows (`K`, `%`, `Rp.`) right
 * under the band are skipped: the data starts after them.
 */
import { cellAt, cellText } from '../table/cells';
import { parseAddress } from '../table/address';
import type { TableSheet } from '../table/table';

/** Rows searched for a header band, and the deepest band. */
export const BAND_SEARCH_ROWS = 40;
export const BAND_MAX_DEPTH = 4;
/** Header cells further right than this are not read (a band never needs more). */
export const BAND_MAX_COLUMNS = 256;

/** A merged range, 0-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A sheet with its merged header cells resolved once, for every layout to look at. */
export interface SheetView {
  readonly sheet: TableSheet;
  /** Merges that touch the header search area, clipped to it. */
  readonly merges: readonly Rect[];
  /** `r * BAND_MAX_COLUMNS + c` → the text of the merge's top-left cell, for every covered header cell. */
  readonly covered: ReadonlyMap<number, string>;
}

/** `B2:C3` → its rectangle (0-based); undefined for anything else. */
export function parseRange(range: string): Rect | undefined {
  const [from = '', to = from] = range.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row) - 1,
    left: Math.min(a.column, b.column) - 1,
    bottom: Math.max(a.row, b.row) - 1,
    right: Math.max(a.column, b.column) - 1,
  };
}

export function sheetView(sheet: TableSheet): SheetView {
  const merges: Rect[] = [];
  const covered = new Map<number, string>();
  const lastRow = BAND_SEARCH_ROWS + BAND_MAX_DEPTH + 2;
  for (const text of sheet.merges ?? []) {
    const rect = parseRange(text);
    if (!rect || rect.top > lastRow || rect.left >= BAND_MAX_COLUMNS) continue;
    const clipped = { ...rect, bottom: Math.min(rect.bottom, lastRow), right: Math.min(rect.right, BAND_MAX_COLUMNS - 1) };
    merges.push(clipped);
    const master = cellText(cellAt(sheet, rect.top, rect.left).value);
    if (master === '') continue;
    for (let r = clipped.top; r <= clipped.bottom; r += 1) {
      for (let c = clipped.left; c <= clipped.right; c += 1) covered.set(r * BAND_MAX_COLUMNS + c, master);
    }
  }
  return { sheet, merges, covered };
}

/** The text a header cell shows: its own, else the text of the merge covering it. */
export function headerText(view: SheetView, r: number, c: number): string {
  const own = cellText(cellAt(view.sheet, r, c).value);
  if (own !== '') return own;
  return c < BAND_MAX_COLUMNS ? view.covered.get(r * BAND_MAX_COLUMNS + c) ?? '' : '';
}

/** Matching key of a header text: lower case, letters and digits only (`SUB - KOMPONEN` → `subkomponen`). */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}%]/gu, '');
}

export interface BandColumn {
  /** 0-based column. */
  readonly column: number;
  /** Its header texts top to bottom, repeats (vertical merges) removed. */
  readonly parts: readonly string[];
  /** `parts` joined with ` / `. */
  readonly name: string;
  readonly keys: readonly string[];
}

export interface HeaderBand {
  /** 0-based first and last header row. */
  readonly top: number;
  readonly bottom: number;
  /** 0-based first data row: after the band and any column-number or unit rows. */
  readonly dataStart: number;
  readonly columns: readonly BandColumn[];
}

export type NameMatch = 'exact' | 'prefix' | 'contains';

export interface BandColumnSpec<K extends string = string> {
  readonly key: K;
  /** Header names (any case and spacing) the column's lowest header text may have. */
  readonly names: readonly string[];
  /** When given, one of the column's upper header texts must be one of these (a band title). */
  readonly under?: readonly string[];
  readonly required?: boolean;
  /** How `names` compare (default exact). */
  readonly match?: NameMatch;
}

export interface BandMatch<K extends string = string> {
  readonly band: HeaderBand;
  /** 0-based column of each spec found. */
  readonly columns: Partial<Record<K, number>>;
  readonly found: number;
}

function keyMatches(key: string, names: readonly string[], match: NameMatch): boolean {
  return names.some((name) => {
    const wanted = headerKey(name);
    if (wanted === '') return false;
    if (match === 'prefix') return key.startsWith(wanted);
    if (match === 'contains') return key.includes(wanted);
    return key === wanted;
  });
}

/** Does a band column fit a spec: its lowest text by `names`, and an upper text by `under`? */
export function columnFits(column: BandColumn, spec: BandColumnSpec): boolean {
  const leaf = column.keys[column.keys.length - 1];
  if (leaf === undefined || !keyMatches(leaf, spec.names, spec.match ?? 'exact')) return false;
  if (!spec.under) return true;
  return column.keys.slice(0, -1).some((key) => keyMatches(key, spec.under!, 'prefix'));
}

/** `1`, `13 = 9 + 10 + 11 + 12`, `15 = 14 / 6 x 100`, `(3)`: a column-number cell. */
const COLUMN_NUMBER = /^\(?\d{1,3}\)?(\s*[=+\-x*/:]\s*\(?\d{1,3}\)?)*$/i;
/** `K`, `%`, `Rp.`, `(Rp)`: a unit sub-column cell. */
const UNIT = /^\(?(k|%|rp\.?|rupiah)\)?$/i;

function filledTexts(sheet: TableSheet, r: number): string[] {
  const row = sheet.rows[r];
  if (!row) return [];
  const texts: string[] = [];
  const last = Math.min(row.length, BAND_MAX_COLUMNS);
  for (let c = 0; c < last; c += 1) {
    const text = cellText(cellAt(sheet, r, c).value);
    if (text !== '') texts.push(text);
  }
  return texts;
}

/** A row of column numbers under (or over) a header: each cell a number or `13 = 9 + 10`, three or more, or one with `=`. */
export function isColumnNumberRow(sheet: TableSheet, r: number): boolean {
  const texts = filledTexts(sheet, r);
  if (!texts.every((t) => COLUMN_NUMBER.test(t))) return false;
  return texts.length >= 3 || texts.some((t) => t.includes('='));
}

/** A row that only names units (`K`, `%`, `Rp.`) in at least two cells. */
export function isUnitRow(sheet: TableSheet, r: number): boolean {
  const texts = filledTexts(sheet, r);
  return texts.length >= 2 && texts.every((t) => UNIT.test(t));
}

/** The band of rows top..bottom as composite column names. */
export function bandAt(view: SheetView, top: number, bottom: number): HeaderBand {
  const { sheet } = view;
  let width = 0;
  for (let r = top; r <= bottom; r += 1) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  for (const m of view.merges) if (m.top <= bottom && m.bottom >= top) width = Math.max(width, m.right + 1);
  width = Math.min(width, BAND_MAX_COLUMNS);
  const columns: BandColumn[] = [];
  for (let c = 0; c < width; c += 1) {
    const parts: string[] = [];
    for (let r = top; r <= bottom; r += 1) {
      const text = headerText(view, r, c).replace(/\s+/g, ' ').trim();
      if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
    }
    if (parts.length === 0) continue;
    columns.push({ column: c, parts, name: parts.join(' / '), keys: parts.map(headerKey) });
  }
  let dataStart = bottom + 1;
  while (dataStart < sheet.rows.length && (isColumnNumberRow(sheet, dataStart) || isUnitRow(sheet, dataStart))) dataStart += 1;
  return { top, bottom, dataStart, columns };
}

/** Each spec's column in a band: the left-most fitting column not taken by an earlier spec. */
export function matchBand<K extends string>(band: HeaderBand, specs: readonly BandColumnSpec<K>[]): BandMatch<K> {
  const columns: Partial<Record<K, number>> = {};
  const taken = new Set<number>();
  let found = 0;
  for (const spec of specs) {
    const column = band.columns.find((col) => !taken.has(col.column) && columnFits(col, spec));
    if (!column) continue;
    taken.add(column.column);
    columns[spec.key] = column.column;
    found += 1;
  }
  return { band, columns, found };
}

/**
 * The header band that best fits `specs`: every required spec found, then the most specs found,
 * then the shallowest band, then the highest. A band never starts inside a merge nor holds a
 * column-number row. Undefined when no band has every required spec.
 */
export function findHeaderBand<K extends string>(view: SheetView, specs: readonly BandColumnSpec<K>[]): BandMatch<K> | undefined {
  const required = specs.filter((s) => s.required);
  let best: BandMatch<K> | undefined;
  const lastTop = Math.min(BAND_SEARCH_ROWS, view.sheet.rows.length);
  for (let top = 0; top < lastTop; top += 1) {
    if (filledTexts(view.sheet, top).length === 0 && !view.merges.some((m) => m.top === top)) continue;
    if (isColumnNumberRow(view.sheet, top)) continue;
    // A band starts where its merged titles start, not inside them.
    if (view.merges.some((m) => m.top < top && m.bottom >= top)) continue;
    for (let depth = 1; depth <= BAND_MAX_DEPTH; depth += 1) {
      const bottom = top + depth - 1;
      if (bottom >= view.sheet.rows.length || isColumnNumberRow(view.sheet, bottom)) break;
      const match = matchBand(bandAt(view, top, bottom), specs);
      if (required.some((s) => match.columns[s.key] === undefined)) continue;
      const better =
        !best ||
        match.found > best.found ||
        (match.found === best.found && depth < best.band.bottom - best.band.top + 1);
      if (better) best = match;
    }
  }
  return best;
}

/** The band's columns under a band title (e.g. every column under `PENILAIAN FINAL`). */
export function columnsUnder(band: HeaderBand, titles: readonly string[]): BandColumn[] {
  return band.columns.filter((col) => col.keys.slice(0, -1).some((key) => keyMatches(key, titles, 'prefix')));
}
