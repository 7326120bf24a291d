/**
 * Excel's limits, enforced where the writer writes (as SheetJS does): cell text of at most
 * 32,767 characters, sheet names of 1–31 characters without `[ ] : * ? / \`, unique ignoring
 * case, and never a non-finite number. What is cut is reported by the caller as a finding
 * (the input cell's `TEXT_TOO_LONG`), never thrown.
 */
import { withoutForbiddenCharacters } from './xml-text';

export const MAX_CELL_TEXT = 32_767;
export const MAX_SHEET_NAME = 31;
export const MAX_FORMULA = 8_192;

/** `text` cut to Excel's cell limit (a surrogate pair is never split). */
export function fitCellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  const end = text.charCodeAt(MAX_CELL_TEXT - 1) >= 0xd800 && text.charCodeAt(MAX_CELL_TEXT - 1) <= 0xdbff ? MAX_CELL_TEXT - 1 : MAX_CELL_TEXT;
  return text.slice(0, end);
}

/** Whether a number can be written as a cell value (`<v>Infinity</v>` and `NaN` are not numbers to any reader). */
export function isWritableNumber(value: number): boolean {
  return Number.isFinite(value);
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * A sheet name Excel accepts: forbidden characters replaced by `_`, no leading or trailing
 * apostrophe, at most 31 characters, not blank, unique among `taken` ignoring case (a counter
 * suffix otherwise). The name is added to `taken`.
 */
export function excelSheetName(wanted: string, taken: Set<string>): string {
  let name = withoutForbiddenCharacters(wanted).replace(SHEET_NAME_FORBIDDEN, '_').replace(/^'+|'+$/g, '').trim();
  if (name === '') name = 'Sheet';
  name = [...name].slice(0, MAX_SHEET_NAME).join('');
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n += 1) {
    const suffix = ` (${n})`;
    unique = [...name].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
  }
  taken.add(unique.toLowerCase());
  return unique;
}
