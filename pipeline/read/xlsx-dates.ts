/**
 * Which number formats show a date, and Excel date serials → the core's ISO date text.
 *
 * A format is a date format as exceljs decides it (so both readers agree): built-in ids 14–22 and
 * 45–47, or a format code with a date/time letter (`y m d h s`, `M`, `b`) outside `[…]` and `"…"`.
 */
import { isoDate, type CellValue } from '../../shared';

const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

export function isDateFormatCode(code: string): boolean {
  const stripped = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(stripped);
}

/** Is the number format `numFmtId` (custom codes from `<numFmts>`) a date format? */
export function isDateFormat(numFmtId: number, custom: ReadonlyMap<number, string>): boolean {
  if (!numFmtId) return false;
  const code = custom.get(numFmtId);
  if (code !== undefined) return isDateFormatCode(code);
  return BUILT_IN_DATE_IDS.has(numFmtId);
}

const DAY_MS = 86_400_000;
const INVALID: CellValue = Object.freeze({ type: 'error', value: '#VALUE!' });

/**
 * A date serial as a date value. 1900 system: serial 1 is 1900-01-01 and Excel counts the
 * non-existent 1900-02-29 (serial 60), so serials from 61 on are days since 1899-12-30; 1904
 * system: serial 0 is 1904-01-01. Times are kept to the second (`…T08:30:00`), as exceljs does.
 */
export function dateFromSerial(serial: number, date1904: boolean): CellValue {
  if (!Number.isFinite(serial)) return INVALID;
  let days = serial - 25569 + (date1904 ? 1462 : 0);
  let leapDay = false;
  if (!date1904 && serial >= 0 && serial < 61) {
    if (serial >= 60) leapDay = true;
    else days += 1;
  }
  const date = new Date(Math.round(days * DAY_MS));
  if (Number.isNaN(date.getTime())) return INVALID;
  const iso = isoDate(date);
  return { type: 'date', value: leapDay ? `1900-02-29${iso.slice(10)}` : iso };
}

/** A `t="d"` cell's ISO 8601 text as a date value (no time zone: taken as written). */
export function dateFromIso(text: string): CellValue {
  const trimmed = text.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(trimmed);
  const date = new Date(zoned ? trimmed : trimmed.length <= 10 ? `${trimmed}T00:00:00Z` : `${trimmed}Z`);
  return Number.isNaN(date.getTime()) ? INVALID : { type: 'date', value: isoDate(date) };
}
