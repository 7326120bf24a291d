/** Sheet `Pohon Kinerja`: the city tree with the OPD trees linked under it; unlinked OPD nodes flagged at the end. */
import type ExcelJS from 'exceljs';
import { columnLetters } from '../../../shared/table/address';
import { markText } from '../conditional-formats';
import { CONSOLIDATED_SHEETS, LINK_LABEL, POHON_HEADERS } from '../format';
import type { Consolidation } from '../model';
import { pohonRows } from '../pohon-rows';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, type ColumnLayout } from '../sheet-style';

const WIDTHS: Record<(typeof POHON_HEADERS)[number], number> = {
  'Kode OPD': 12,
  Kode: 10,
  'Kode Induk': 11,
  Level: 17,
  Uraian: 60,
  'Indikator / Penanggung Jawab': 36,
  'Status Tautan': 17,
};

export function writePohon(workbook: ExcelJS.Workbook, c: Consolidation): void {
  const columns: ColumnLayout[] = POHON_HEADERS.map((header) => ({ header, width: WIDTHS[header], ...(header === 'Uraian' ? { wrap: true } : {}) }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.pohon, columns, 2);
  const rows = pohonRows(c.city.pohon, c.opds);
  rows.forEach((item, i) => {
    const row = sheet.getRow(i + 2);
    setText(row.getCell(1), item.kodeOpd);
    setText(row.getCell(2), item.node.kode);
    setText(row.getCell(3), item.node.kodeInduk);
    row.getCell(4).value = item.node.level ?? null;
    setText(row.getCell(5), item.node.uraian);
    setText(row.getCell(6), item.kodeOpd ? item.node.penanggungJawab : item.node.indikator);
    row.getCell(7).value = LINK_LABEL[item.link];
    if (item.link === 'city') row.font = { bold: true };
  });
  finishTable(sheet, columns, rows.length);
  rows.forEach((item, i) => {
    sheet.getCell(i + 2, 5).alignment = { wrapText: true, vertical: 'top', indent: Math.min(item.depth * 2, 15) };
  });
  if (rows.length > 0) {
    const g = columnLetters(7);
    for (const label of [LINK_LABEL.orphan, LINK_LABEL.broken, LINK_LABEL.cycle]) markText(sheet, `${g}2:${g}${rows.length + 1}`, label, 'FFF8CBAD');
  }
}
