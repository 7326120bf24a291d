/**
 * Cells whose text is longer than an Excel cell holds (32,767 characters): the consolidated
 * workbook keeps the first 32,767 (pipeline/consolidate/xlsx/excel-limits.ts), so the OPD is told
 * which cell, with a short excerpt of its text. One pass over the table's cells.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { WorkbookTable } from '../table/table';

/** Excel's cell limit, in UTF-16 code units (as Excel counts). */
export const MAX_CELL_TEXT = 32_767;

export function checkCellTextLength(table: WorkbookTable): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of table.sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (const cell of row) {
        if (cell?.value.type !== 'text' || cell.value.value.length <= MAX_CELL_TEXT) continue;
        findings.push(makeFinding('CELL_TEXT_TOO_LONG', { file: table.file, sheet: sheet.name, cell: cell.address }, { length: cell.value.value.length, text: cell.value.value }));
      }
    }
  }
  return findings;
}
