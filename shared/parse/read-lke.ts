/** Reads sheet `LKE`: one entry per criterion row; component and sub-component headings are skipped. */
import type { TableSheet } from '../table/table';
import { readCode, readText } from './cell-values';
import { dataRows } from './data-rows';
import { findHeaderRow } from './header-row';
import { reportHeaderMissing } from './header-missing';
import { LKE_COLUMNS } from './opd-format';
import type { LkeEntry } from './opd-workbook-model';
import type { SheetReport } from './sheet-report';

/** `1` or `1.2`: a heading row of the LKE sheet. */
const HEADING_CODE = /^\d+(\.\d+)?$/;

export function readLke(sheet: TableSheet, report: SheetReport): LkeEntry[] | undefined {
  const header = findHeaderRow(sheet, LKE_COLUMNS);
  if (!header.ok) {
    reportHeaderMissing(report, header.missing, header.nearest);
    return undefined;
  }
  const entries: LkeEntry[] = [];
  for (const row of dataRows(sheet, header.headerRow, header.columns)) {
    const kodeCell = row.get('kode')!;
    const jawabanCell = row.get('jawaban')!;
    const kode = readCode(kodeCell);
    const jawaban = readText(jawabanCell);
    if (kodeCell.value.type === 'error') {
      report.add('CELL_EXCEL_ERROR', kodeCell.address, { field: 'Kode', error: kodeCell.value.value });
      continue;
    }
    if (kode === '') {
      if (jawaban !== '') report.add('REQUIRED_VALUE_MISSING', kodeCell.address, { field: 'Kode' });
      continue;
    }
    if (HEADING_CODE.test(kode)) continue;
    if (jawabanCell.value.type === 'error') {
      report.add('CELL_EXCEL_ERROR', jawabanCell.address, { field: `Jawaban ${kode}`, error: jawabanCell.value.value });
    }
    const nilaiCell = row.get('nilai');
    const entry: LkeEntry = {
      kode,
      uraian: row.get('uraian') ? readText(row.get('uraian')!) : '',
      jawaban,
      catatan: row.get('catatan') ? readText(row.get('catatan')!) : '',
      buktiDukung: row.get('buktiDukung') ? readText(row.get('buktiDukung')!) : '',
      cells: { kode: kodeCell.address, jawaban: jawabanCell.address },
    };
    if (nilaiCell) {
      entry.cells.nilai = nilaiCell.address;
      // The Nilai column is informative only: an unreadable cached value is not an error.
      if (nilaiCell.value.type === 'number') entry.nilai = nilaiCell.value.value;
    }
    entries.push(entry);
  }
  return entries;
}
