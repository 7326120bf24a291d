/**
 * Reading one cell of a function argument with the workbook reading rules of `shared/`: Excel
 * gives numbers as numbers, blanks as null or `""`, text as text (`"70,96"` is read as an
 * Indonesian number). A cell that cannot be read becomes a failure with the catalogue's message.
 */
import { type Target, findingMessage, readNumber, readTarget, SheetReport, cellText, isExcelError, valueOf, type CellValue, type TableCell } from '../../shared';
import { invalid, notAvailable, type Failure } from './failure';

/** An error value handed in by Excel: its text (`#N/A`) or an object carrying its `code`. */
function excelErrorOf(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'code' in raw) {
    const code = (raw as { code: unknown }).code;
    if (typeof code === 'string' && isExcelError(code)) return code;
  }
  return undefined;
}

export function cellValueOf(raw: unknown): CellValue {
  const error = excelErrorOf(raw);
  return error !== undefined && isExcelError(error) ? { type: 'error', value: error } : valueOf(raw);
}

const asCell = (raw: unknown): TableCell => ({ address: '', value: cellValueOf(raw) });

/** `#N/A` in stays `#N/A` out; any other unreadable cell is `#VALUE!`. */
function failureOf(report: SheetReport, cell: TableCell): Failure {
  const finding = report.findings.find((f) => f.severity === 'error');
  const message = finding ? findingMessage(finding) : '';
  return cell.value.type === 'error' && cell.value.value === '#N/A' ? notAvailable(message) : invalid(message);
}

/** A number (or a text number); null when blank. `field` names the argument in the message. */
export function readNumberArgument(raw: unknown, field: string): number | null | Failure {
  const cell = asCell(raw);
  const report = new SheetReport('', '');
  const value = readNumber(cell, field, report);
  return value === undefined ? failureOf(report, cell) : value;
}

/** A target: a number or a range text `"80-90"`; null when blank. */
export function readTargetArgument(raw: unknown, field: string): Target | null | Failure {
  const cell = asCell(raw);
  const report = new SheetReport('', '');
  const target = readTarget(cell, field, report);
  return target === undefined ? failureOf(report, cell) : target;
}

/** The cell as trimmed text (numbers as JS writes them; blanks and errors as `""`). */
export function readTextArgument(raw: unknown): string {
  const value = cellValueOf(raw);
  return value.type === 'error' ? '' : cellText(value);
}

/** The Excel error a cell holds, as a failure (`#N/A` stays `#N/A`); undefined for other cells. */
export function errorCellFailure(raw: unknown, field: string): Failure | undefined {
  const cell = asCell(raw);
  if (cell.value.type !== 'error') return undefined;
  const report = new SheetReport('', '');
  report.add('CELL_EXCEL_ERROR', undefined, { field, error: cell.value.value });
  return failureOf(report, cell);
}
