/** Reads the optional sheet `Rekomendasi`: a row with an error is not counted. */
import type { TableSheet } from '../table/table';
import { readRequiredText, readText } from './cell-values';
import { dataRows } from './data-rows';
import { findHeaderRow } from './header-row';
import { reportHeaderMissing } from './header-missing';
import { REKOMENDASI_COLUMNS } from './opd-format';
import { REKOMENDASI_STATUSES, type Rekomendasi } from './opd-workbook-model';
import type { SheetReport } from './sheet-report';

export function readRekomendasi(sheet: TableSheet, report: SheetReport): Rekomendasi[] {
  const header = findHeaderRow(sheet, REKOMENDASI_COLUMNS);
  if (!header.ok) {
    reportHeaderMissing(report, header.missing, header.nearest);
    return [];
  }
  const list: Rekomendasi[] = [];
  for (const row of dataRows(sheet, header.headerRow, header.columns)) {
    const errorsBefore = report.errorCount;
    const text = (key: (typeof REKOMENDASI_COLUMNS)[number]['key']): string => {
      const cell = row.get(key);
      return cell ? readText(cell) : '';
    };
    const no = readRequiredText(row.get('no')!, 'No', report);
    const rekomendasi = readRequiredText(row.get('rekomendasi')!, 'Rekomendasi', report);
    const statusText = readRequiredText(row.get('status')!, 'Status', report);
    const status = REKOMENDASI_STATUSES.find((s) => s.toLowerCase() === statusText.toLowerCase());
    if (statusText && !status) report.add('VALUE_NOT_ALLOWED', row.get('status')!.address, { field: 'Status', value: statusText, allowed: REKOMENDASI_STATUSES });
    if (report.errorCount !== errorsBefore || !status) continue;
    list.push({
      no,
      rekomendasi,
      tindakLanjut: text('tindakLanjut'),
      status,
      buktiDukung: text('buktiDukung'),
      cell: row.get('no')!.address,
    });
  }
  return list;
}
