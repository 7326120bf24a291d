/**
 * The number convention of a source (docs/import.md §1): workbooks typed in Indonesia write
 * `1.250,5`; exports of web applications (wp-eval-sakip) write `1,250.5` / `85.71`. Each source
 * says which; a text number is read in its source's convention. Number cells are numbers in both.
 */
import { cellText } from '../table/cells';
import type { TableCell } from '../table/table';
import { parseNumberText } from '../parse/indonesian-number';
import type { SheetReport } from '../parse/sheet-report';

export type NumberConvention = 'id' | 'en';

const ENGLISH = /^(?:\d+|[1-9]\d{0,2}(?:,\d{3})+)(?:\.\d+)?$/;

/** A text number in a convention; undefined when it is not one. `%` at the end is dropped. */
export function parseNumberIn(text: string, convention: NumberConvention): number | undefined {
  if (convention === 'id') {
    const read = parseNumberText(text);
    return read.ok ? read.value : undefined;
  }
  let t = text.replace(/[\s\u00a0\u202f]+/g, '');
  if (t.endsWith('%')) t = t.slice(0, -1);
  let sign = 1;
  if (/^[-−]/.test(t)) {
    sign = -1;
    t = t.slice(1);
  }
  return ENGLISH.test(t) ? sign * Number(t.replace(/,/g, '')) : undefined;
}

/**
 * A number out of a cell of a foreign sheet: blank → null; an unreadable text or an error cell is
 * reported (`NUMBER_INVALID` / `CELL_EXCEL_ERROR`) and gives undefined.
 */
export function readNumberIn(cell: TableCell, field: string, convention: NumberConvention, report: SheetReport): number | null | undefined {
  const v = cell.value;
  if (v.type === 'blank') return null;
  if (v.type === 'number') return v.value;
  if (v.type === 'error') {
    report.add('CELL_EXCEL_ERROR', cell.address, { field, error: v.value });
    return undefined;
  }
  const text = cellText(v);
  if (text === '') return null;
  const value = parseNumberIn(text, convention);
  if (value === undefined) report.add('NUMBER_INVALID', cell.address, { field, text });
  return value;
}
