/**
 * Cells whose text holds characters an .xlsx file cannot store (XML 1.0 forbids them): C0
 * controls other than tab, LF and CR, U+FFFE, U+FFFF and lone surrogates. They arrive pasted from
 * PDFs and old systems, or typed as `_x0001_` escapes. The consolidated workbook is written
 * without them (pipeline/consolidate/xlsx/xml-text.ts), so the OPD is told which cell lost which
 * character, never silently. One pass over the table's cells.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { forEachTextCell } from '../table/cells';
import type { WorkbookTable } from '../table/table';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export function checkCellTextCharacters(table: WorkbookTable): Finding[] {
  const findings: Finding[] = [];
  forEachTextCell(table, (sheet, cell, text) => {
    FORBIDDEN.lastIndex = 0;
    if (!FORBIDDEN.test(text)) return;
    const characters = [...new Set(text.match(FORBIDDEN)!.map(codePoint))];
    const shown = text.replace(FORBIDDEN, (c) => `<${codePoint(c)}>`);
    findings.push(makeFinding('CELL_TEXT_CHARACTER_DROPPED', { file: table.file, sheet: sheet.name, cell: cell.address }, { characters, text: shown }));
  });
  return findings;
}
