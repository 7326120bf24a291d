/**
 * Text copied from a submission is written so that no spreadsheet application runs it: a text
 * starting with `=`, `+`, `-`, `@`, tab or CR is stored as a text cell in the Text number format
 * (`@`) with Excel's quote prefix (xlsx/sheet-writer.ts gives every cell format in `@` the prefix), the same
 * state as typing `'=…` in Excel: shown as written, kept as text when the cell is edited or the
 * sheet is saved as CSV. Only `http(s)` links become hyperlinks.
 */

import { COLOUR } from './colours';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const WEB_LINK = /^https?:\/\/[^\s"<>\\\u0000-\u001f\u007f]+$/i;
/** A `%` not followed by two hex digits (a malformed escape); one look at each `%`. */
const BAD_ESCAPE = /%(?![0-9a-f]{2})/i;
/** Longest link written as a hyperlink (Excel refuses link targets over 2,079 characters). */
export const MAX_LINK_LENGTH = 2_000;

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

/**
 * A well-formed http(s) URL that a spreadsheet can open: at most MAX_LINK_LENGTH characters, no
 * space, quote, angle bracket, backslash or control character, no malformed `%` escape, and parsed
 * by the WHATWG URL parser (what browsers use) as http(s) with a host. `http://[::1`, `…/%zz%` and a
 * 3,000-character URL stay text.
 */
export function isWebLink(text: string): boolean {
  const link = text.trim();
  if (link.length > MAX_LINK_LENGTH || !WEB_LINK.test(link) || BAD_ESCAPE.test(link)) return false;
  try {
    const url = new URL(link);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
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
