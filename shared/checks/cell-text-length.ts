/**
 * Cells whose text is longer than an Excel cell holds (32,767 characters): the consolidated
 * workbook keeps the first 32,767 (pipeline/consolidate/xlsx/excel-limits.ts), so the OPD is told
 * which cell, with a short excerpt of its text. One pass over the table's cells.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { forEachTextCell } from '../table/cells';
import type { WorkbookTable } from '../table/table';

/** Excel's cell limit, in UTF-16 code units (as Excel counts). */
export const MAX_CELL_TEXT = 32_767;

export function checkCellTextLength(table: WorkbookTable): Finding[] {
  const findings: Finding[] = [];
  forEachTextCell(table, (sheet, cell, text) => {
    if (text.length > MAX_CELL_TEXT) findings.push(makeFinding('CELL_TEXT_TOO_LONG', { file: table.file, sheet: sheet.name, cell: cell.address }, { length: text.length, text }));
  });
  return findings;
}
