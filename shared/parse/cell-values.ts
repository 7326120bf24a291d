/**
 * Reading typed values out of cells, reporting every cell that cannot be read (or is read with a
 * doubt) as a finding. Blank is `null`, never 0; `undefined` means unreadable (already reported).
 */
import { parseRangeText } from '../capaian';
import type { Target } from '../capaian';
import { cellText } from '../table/cells';
import { cleanCode } from '../text/invisible-characters';
import type { TableCell } from '../table/table';
import { parseNumberText } from './indonesian-number';
import type { SheetReport } from './sheet-report';

export function readText(cell: TableCell): string {
  return cell.value.type === 'error' ? '' : cellText(cell.value);
}

/** A code (Kode OPD, Kode, Kode Induk, Kode Pohon) as it is matched: invisible characters removed (text/invisible-characters.ts). */
export function readCode(cell: TableCell): string {
  return cleanCode(readText(cell));
}

/** The text of a cell that must be filled: an error cell or a blank one is reported. */
export function readRequiredText(cell: TableCell, field: string, report: SheetReport): string {
  if (cell.value.type === 'error') report.add('CELL_EXCEL_ERROR', cell.address, { field, error: cell.value.value });
  else if (readText(cell) === '') report.add('REQUIRED_VALUE_MISSING', cell.address, { field });
  return readText(cell);
}

/** A number from a number cell (a formula's cached result) or a text number. */
export function readNumber(cell: TableCell, field: string, report: SheetReport): number | null | undefined {
  const v = cell.value;
  switch (v.type) {
    case 'blank':
      return null;
    case 'number':
      return v.value;
    case 'error':
      report.add('CELL_EXCEL_ERROR', cell.address, { field, error: v.value });
      return undefined;
    case 'text': {
      const text = v.value.trim();
      if (text === '') return null;
      const read = parseNumberText(text);
      if (!read.ok) {
        if (parseRangeText(text)) report.add('KINERJA_RANGE_NOT_ALLOWED', cell.address, { field, text });
        else report.add('NUMBER_INVALID', cell.address, { field, text });
        return undefined;
      }
      if (read.note === 'ambiguous-thousands') report.add('NUMBER_AMBIGUOUS_THOUSANDS', cell.address, { field, text, read: read.value });
      if (read.note === 'english-decimal') report.add('NUMBER_ENGLISH_DECIMAL', cell.address, { field, text, read: read.value });
      return read.value;
    }
    default:
      report.add('NUMBER_INVALID', cell.address, { field, text: cellText(v) });
      return undefined;
  }
}

/** An annual target: a number or a range "a–b" (each side an Indonesian number). */
export function readTarget(cell: TableCell, field: string, report: SheetReport): Target | null | undefined {
  if (cell.value.type === 'text') {
    const range = parseRangeText(cell.value.value);
    if (range) {
      const low = parseNumberText(range.low);
      const high = parseNumberText(range.high);
      if (!low.ok || !high.ok) {
        report.add('NUMBER_INVALID', cell.address, { field, text: cell.value.value.trim() });
        return undefined;
      }
      if (!(low.value < high.value)) {
        report.add('KINERJA_RANGE_INVALID', cell.address, { text: cell.value.value.trim() });
        return undefined;
      }
      return { kind: 'range', low: low.value, high: high.value };
    }
  }
  const value = readNumber(cell, field, report);
  return value === null || value === undefined ? value : { kind: 'number', value };
}
