/** Sheet `Rekomendasi`: the follow-up of earlier recommendations, per scored OPD. */
import { CONSOLIDATED_SHEETS, REKOMENDASI_HEADERS } from '../format';
import type { Consolidation } from '../model';
import { setEvidence, setText } from '../safe-text';
import { addTableSheet, finishTable, type ColumnLayout } from '../sheet-style';
import type { StreamingWorkbook } from '../xlsx';

const WIDTHS: Record<(typeof REKOMENDASI_HEADERS)[number], number> = { 'Kode OPD': 12, No: 7, Rekomendasi: 50, 'Tindak Lanjut': 50, Status: 10, 'Bukti Dukung': 36 };

export function writeRekomendasi(workbook: StreamingWorkbook, c: Consolidation): void {
  const columns: ColumnLayout[] = REKOMENDASI_HEADERS.map((header) => ({ header, width: WIDTHS[header], ...(header === 'Rekomendasi' || header === 'Tindak Lanjut' ? { wrap: true } : {}) }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.rekomendasi, columns, 2);
  let r = 1;
  for (const opd of c.opds) {
    if (!opd.scored) continue;
    for (const item of opd.submission.assessment!.workbook.rekomendasi) {
      r += 1;
      const row = sheet.getRow(r);
      setText(row.getCell(1), opd.submission.opd.kodeOpd);
      setText(row.getCell(2), item.no);
      setText(row.getCell(3), item.rekomendasi);
      setText(row.getCell(4), item.tindakLanjut);
      row.getCell(5).value = item.status;
      setEvidence(row.getCell(6), item.buktiDukung);
    }
  }
  finishTable(sheet, columns, r - 1);
  sheet.finish();
}
