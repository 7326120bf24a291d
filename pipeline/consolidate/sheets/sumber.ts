/** Sheet `Sumber`: every file of the input folder with its SHA-256, size in bytes and status. */
import { CONSOLIDATED_SHEETS, SUMBER_HEADERS } from '../format';
import type { Consolidation } from '../model';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, type ColumnLayout } from '../sheet-style';
import type { StreamingWorkbook } from '../xlsx';

const WIDTHS: Record<(typeof SUMBER_HEADERS)[number], number> = { Berkas: 32, 'Kode OPD': 12, 'SHA-256': 68, Ukuran: 12, Status: 14 };

export function writeSumber(workbook: StreamingWorkbook, c: Consolidation): void {
  const columns: ColumnLayout[] = SUMBER_HEADERS.map((header) => ({ header, width: WIDTHS[header], ...(header === 'Ukuran' ? { numFmt: '#,##0' } : {}) }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.sumber, columns, 1);
  c.sources.forEach((source, i) => {
    const row = sheet.getRow(i + 2);
    setText(row.getCell(1), source.file);
    setText(row.getCell(2), source.kodeOpd);
    if (source.sha256) row.getCell(3).value = source.sha256;
    row.getCell(4).value = source.size;
    row.getCell(5).value = source.status;
  });
  finishTable(sheet, columns, c.sources.length);
  sheet.finish();
}
