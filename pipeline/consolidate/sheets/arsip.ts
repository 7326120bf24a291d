/**
 * Sheet `Arsip Evaluator`: evaluator entries whose (Kode OPD, Kode) has no LKE row this month —
 * kept here, never dropped, and restored to LKE when the key returns.
 */
import { ARSIP_HEADERS, CONSOLIDATED_SHEETS } from '../consolidated-headers';
import type { Consolidation } from '../consolidation-data';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, type ColumnLayout } from '../sheet-style';
import type { StreamingWorkbook } from '../xlsx';

const WIDTHS: Record<(typeof ARSIP_HEADERS)[number], number> = { 'Kode OPD': 12, Kode: 8, 'Jawaban Evaluator': 12, 'Catatan Evaluator': 50, Periode: 10, 'Jawaban OPD': 10 };

export function writeArsip(workbook: StreamingWorkbook, c: Consolidation): void {
  // The archived entries stay the evaluators' to correct: they carry over from here (unlocked on the protected sheet).
  const columns: ColumnLayout[] = ARSIP_HEADERS.map((header) => ({
    header,
    width: WIDTHS[header],
    ...(header === 'Catatan Evaluator' ? { wrap: true } : {}),
    ...(header === 'Jawaban Evaluator' || header === 'Catatan Evaluator' ? { editable: true } : {}),
  }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.arsip, columns, 2);
  c.archive.forEach((entry, i) => {
    const row = sheet.getRow(i + 2);
    setText(row.getCell(1), entry.kodeOpd);
    setText(row.getCell(2), entry.kode);
    setText(row.getCell(3), entry.jawaban);
    setText(row.getCell(4), entry.catatan);
    setText(row.getCell(5), entry.periode);
    setText(row.getCell(6), entry.jawabanOpd ?? '');
  });
  finishTable(sheet, columns, c.archive.length);
  sheet.finish();
}
