/**
 * Sheet `Model LKE`, written only when the city scores with its own model (the city workbook's
 * `Model LKE` sheet): the model's components, sub-components and criteria in that sheet's columns,
 * so that the consolidation carries everything needed to score it again (`sakip report` reads it
 * back with the same parser as the city workbook). A shipped model is named on Keterangan alone.
 */
import { modelSheetRows, MODEL_SHEET_HEADERS } from '../../../shared';
import { CONSOLIDATED_SHEETS } from '../consolidated-headers';
import type { Consolidation } from '../consolidation-data';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, type ColumnLayout } from '../sheet-style';
import type { StreamingWorkbook } from '../xlsx';

const WIDTHS: Record<(typeof MODEL_SHEET_HEADERS)[number], number> = { Kode: 8, Uraian: 70, Tipe: 18, Aturan: 16, Bobot: 8, Metode: 12 };

export function writeModelLke(workbook: StreamingWorkbook, c: Consolidation): void {
  if (c.city.model.baseModel === undefined) return;
  const columns: ColumnLayout[] = MODEL_SHEET_HEADERS.map((header) => ({ header, width: WIDTHS[header], ...(header === 'Uraian' ? { wrap: true } : {}) }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.model, columns, 1);
  const rows = modelSheetRows(c.city.model);
  rows.forEach((line, i) => {
    const row = sheet.getRow(i + 2);
    setText(row.getCell(1), line.kode);
    setText(row.getCell(2), line.uraian);
    setText(row.getCell(3), line.tipe);
    setText(row.getCell(4), line.aturan);
    if (line.bobot !== '') row.getCell(5).value = line.bobot;
    setText(row.getCell(6), line.metode);
  });
  finishTable(sheet, columns, rows.length);
  sheet.finish();
}
