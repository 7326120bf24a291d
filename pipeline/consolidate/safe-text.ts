/**
 * Text copied from a submission is written so that no spreadsheet application runs it: a text
 * starting with `=`, `+`, `-`, `@`, tab or CR is stored as a text cell in the Text number format
 * (`@`) with Excel's quote prefix (xlsx/sheet-writer.ts gives every cell format in `@` the prefix), the same
 * state as typing `'=…` in Excel: shown as written, kept as text when the cell is edited or the
 * sheet is saved as CSV. Only `http(s)` links become hyperlinks.
 */

import { COLOUR } from './colours';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const WEB_LINK = /^https?:\/\/[^\s"<>]+$/i;

/** The Text format: cells in it get the quote prefix when the workbook is finished. */
export const TEXT_FORMAT = '@';

/** What these helpers set on a cell: the streaming writer's cells (xlsx/), and exceljs's. */
export interface TextCell {
  value: unknown;
  numFmt: string | undefined;
  font: unknown;
}

export function isFormulaLike(text: string): boolean {
  return FORMULA_TRIGGER.test(text);
}

export function isWebLink(text: string): boolean {
  return WEB_LINK.test(text.trim());
}

/** Writes `text` as inert text ('' leaves the cell empty). */
export function setText(cell: TextCell, text: string): void {
  if (text === '') return;
  cell.value = text;
  if (isFormulaLike(text)) cell.numFmt = TEXT_FORMAT;
}

/** Evidence: an http(s) link becomes a hyperlink; anything else is inert text. */
export function setEvidence(cell: TextCell, text: string): void {
  const trimmed = text.trim();
  if (isWebLink(trimmed)) {
    cell.value = { text: trimmed, hyperlink: trimmed };
    cell.font = { color: { argb: COLOUR.link }, underline: true };
  } else {
    setText(cell, text);
  }
}
