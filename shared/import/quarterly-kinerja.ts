/**
 * What the quarterly capaian layouts (E.81, PK/renaksi) share: quarters named in headers
 * (`I`…`IV`, `TW 1`, `TW-II`, `Triwulan III`), the unit sub-column under a quarter (`K` for kinerja,
 * not `%` or `Rp.`), the column-number row, and an Indicator of the own model built from quarter
 * values: quarter q is month 3q (TW I = Maret … TW IV = Desember), so the own aggregation rules
 * (Kumulatif sums, Akhir takes the last) give the year-to-date figure for any reporting month.
 */
import type { Indicator } from '../parse/opd-workbook-model';
import { cellAt, cellText } from '../table/cells';
import { address } from '../table/address';
import { headerKey, headerText, isColumnNumberRow, isUnitRow, type BandColumn, type HeaderBand, type SheetView } from './header-bands';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** `I`, `TW 1`, `TW-II`, `Triwulan III`, `Tw.IV`, `TW I` (a header key) → 1..4; undefined otherwise. */
export function quarterOf(key: string): number | undefined {
  const match = /^(?:tw|triwulan|trw|q)?(i{1,3}|iv|[1-4])$/.exec(key);
  return match ? ROMAN[match[1]!] : undefined;
}

/** The quarter a header's texts name, anywhere in the column's parts (`Realisasi / TW 2` or `Realisasi TW 2`). */
export function quarterInColumn(column: BandColumn): number | undefined {
  for (let i = column.keys.length - 1; i >= 0; i -= 1) {
    const key = column.keys[i]!;
    const own = quarterOf(key);
    if (own !== undefined) return own;
    const tail = /(?:tw|triwulan)(i{1,3}|iv|[1-4])$/.exec(key);
    if (tail) return ROMAN[tail[1]!];
  }
  return undefined;
}

const UNIT = /^\(?(k|%|rp\.?|rupiah)\)?$/i;

/** The rows between a band and its data: column-number rows and unit rows. */
export function rowsUnderBand(view: SheetView, band: HeaderBand): { numbers: number[]; units: number[] } {
  const numbers: number[] = [];
  const units: number[] = [];
  for (let r = band.bottom + 1; r < band.dataStart; r += 1) {
    if (isColumnNumberRow(view.sheet, r)) numbers.push(r);
    else if (isUnitRow(view.sheet, r)) units.push(r);
  }
  return { numbers, units };
}

/** A column's unit (`k`, `%`, `rp`): its lowest header text when that is a unit, else the unit row's text; '' when none. */
export function unitOf(view: SheetView, band: HeaderBand, column: number, unitRows: readonly number[]): string {
  const col = band.columns.find((c) => c.column === column);
  const leaf = col?.parts[col.parts.length - 1] ?? '';
  const fromText = (text: string): string => (UNIT.test(text.trim()) ? headerKey(text).replace(/^rupiah$/, 'rp') : '');
  const own = fromText(leaf);
  if (own !== '') return own;
  for (const r of unitRows) {
    const unit = fromText(headerText(view, r, column));
    if (unit !== '') return unit;
  }
  return '';
}

/** The column-number text of a column (`9`, `13 = 9 + 10 + 11 + 12`), '' when none. */
export function columnNumberOf(view: SheetView, column: number, numberRows: readonly number[]): string {
  for (const r of numberRows) {
    const text = headerText(view, r, column).trim();
    if (text !== '') return text;
  }
  return '';
}

/** Of the columns given, the kinerja one: unit `K`, else the one without a unit, else the first. */
export function kinerjaColumn(view: SheetView, band: HeaderBand, columns: readonly number[], unitRows: readonly number[]): number | undefined {
  const units = columns.map((c) => unitOf(view, band, c, unitRows));
  const k = columns[units.indexOf('k')];
  if (k !== undefined) return k;
  const none = columns[units.indexOf('')];
  return none ?? columns[0];
}

/** Month index (0-based) of quarter q (1..4): its last month. */
export const quarterMonth = (q: number): number => q * 3 - 1;

export interface QuarterValues {
  /** Realisasi per quarter (index 0..3), null = blank. */
  readonly realisasi: readonly (number | null)[];
  /** Targets per quarter, null = blank. */
  readonly targets: readonly (number | null)[];
  /** A1 address of each quarter's realisasi cell (undefined: no such column). */
  readonly cells: readonly (string | undefined)[];
}

/** The own model's Jan..Des arrays from quarter values. */
export function monthsFromQuarters(values: QuarterValues): Pick<Indicator, 'realisasi' | 'monthlyTargets'> & { realisasiCells: (string | undefined)[] } {
  const realisasi: (number | null)[] = Array(12).fill(null);
  const monthlyTargets: (number | null)[] = Array(12).fill(null);
  const realisasiCells: (string | undefined)[] = Array(12).fill(undefined);
  for (let q = 1; q <= 4; q += 1) {
    realisasi[quarterMonth(q)] = values.realisasi[q - 1] ?? null;
    monthlyTargets[quarterMonth(q)] = values.targets[q - 1] ?? null;
    realisasiCells[quarterMonth(q)] = values.cells[q - 1];
  }
  return { realisasi, monthlyTargets, realisasiCells };
}

/** The text of a data cell, whitespace collapsed. */
export function dataText(view: SheetView, r: number, c: number | undefined): string {
  if (c === undefined) return '';
  const value = cellAt(view.sheet, r, c).value;
  return value.type === 'error' ? '' : cellText(value).replace(/\s+/g, ' ').trim();
}

/**
 * An indicator's code: the sheet's own number (`No`) when it is a positive whole number not used
 * by an earlier row, else `#<row>` (the sheet row: stable for the same file, shown to the user).
 */
export class IndicatorCodes {
  private readonly seen = new Set<string>();

  code(no: string, r: number): string {
    const candidate = /^[1-9]\d*$/.test(no) ? no : /^[1-9]\d*\.?$/.test(no) ? no.replace(/\.$/, '') : '';
    if (candidate !== '' && !this.seen.has(candidate)) {
      this.seen.add(candidate);
      return candidate;
    }
    const own = `#${r + 1}`;
    this.seen.add(own);
    return own;
  }
}

export const cellAddress = (r: number, c: number): string => address(r + 1, c + 1);
