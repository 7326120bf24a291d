/** Sheet `Sumber`: every file of the input folder with its SHA-256, size in bytes and status. */
import { findingMessage } from '../../../shared';
import { CONSOLIDATED_SHEETS, SUMBER_HEADERS } from '../consolidated-headers';
import type { Consolidation } from '../consolidation-data';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, type ColumnLayout } from '../sheet-style';
import type { StreamingWorkbook } from '../xlsx';

const WIDTHS: Record<(typeof SUMBER_HEADERS)[number], number> = { Berkas: 32, 'Kode OPD': 12, 'SHA-256': 68, Ukuran: 12, Status: 14, Keterangan: 60 };

/** Why the file is not `Dibaca`: its first file-level finding (skipped, unreadable), else its first Error. */
function keteranganOf(source: Consolidation['sources'][number]): string {
  if (source.status === 'Dibaca') return '';
  const finding = source.findings.find((f) => f.sheet === undefined) ?? [...source.findings, ...(source.assessment?.findings ?? [])].find((f) => f.severity === 'error');
  if (!finding) return '';
  const message = findingMessage(finding, 'id');
  return finding.code === 'FILE_IGNORED' ? message.replace(/^Berkas diabaikan: /, '') : message;
}

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
    setText(row.getCell(6), keteranganOf(source));
  });
  finishTable(sheet, columns, c.sources.length);
  sheet.finish();
}
