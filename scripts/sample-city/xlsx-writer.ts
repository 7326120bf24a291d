/**
 * Writes sample sheets with exceljs as staff would lay them out: merged bold banners, a styled
 * header row frozen in view, column widths, code columns formatted as text. Formula cells carry
 * their cached result. Workbook dates and zip entry times are fixed, so the same sample gives
 * byte-identical files (and the same SHA-256 in a consolidation's `Sumber` sheet) on every run.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { firstDataRowOf, headerRowOf, type SampleCell, type SampleSheet } from './sheet-data';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };
const SUBHEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function excelValue(cell: SampleCell): ExcelJS.CellValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number' || cell instanceof Date) return cell;
  if ('formula' in cell) {
    const result = typeof cell.result === 'number' ? cell.result : ({ error: cell.result.error } as ExcelJS.CellErrorValue);
    return { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
  }
  return { error: cell.error } as ExcelJS.CellErrorValue;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SampleSheet): void {
  const ws = workbook.addWorksheet(sheet.name);
  const width = Math.max(sheet.header?.length ?? 0, sheet.widths.length, 2);
  sheet.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const column of sheet.textColumns ?? []) ws.getColumn(column).numFmt = '@';

  sheet.titles.forEach((title, i) => {
    const row = i + 1;
    ws.mergeCells(row, 1, row, width);
    const cell = ws.getCell(row, 1);
    cell.value = title;
    cell.font = { bold: true, size: i === 0 ? 14 : 12 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });

  if (sheet.header) {
    const headerRow = ws.getRow(headerRowOf(sheet.titles.length));
    sheet.header.forEach((text, c) => {
      const cell = headerRow.getCell(c + 1);
      cell.value = text;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    ws.views = [{ state: 'frozen', ySplit: headerRowOf(sheet.titles.length) }];
  }

  const first = firstDataRowOf(sheet.titles.length, sheet.header !== undefined);
  sheet.rows.forEach((row, r) => {
    const excelRow = ws.getRow(first + r);
    row.cells.forEach((value, c) => {
      if (value === null) return;
      const cell = excelRow.getCell(c + 1);
      cell.value = excelValue(value);
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      if (row.style === 'label' && c === 0) cell.font = { bold: true };
    });
    if (row.style === 'heading' || row.style === 'subheading') {
      for (let c = 1; c <= width; c++) {
        const cell = excelRow.getCell(c);
        cell.fill = row.style === 'heading' ? HEADING_FILL : SUBHEADING_FILL;
        cell.font = { bold: true };
      }
    }
    if (sheet.header) for (let c = 1; c <= sheet.header.length; c++) excelRow.getCell(c).border = THIN;
  });
}

export interface WorkbookMeta {
  readonly creator: string;
  /** Fixed creation/modification date (never the clock). */
  readonly date: Date;
}

export async function writeWorkbook(path: string, sheets: readonly SampleSheet[], meta: WorkbookMeta): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.lastModifiedBy = meta.creator;
  workbook.created = meta.date;
  workbook.modified = meta.date;
  for (const sheet of sheets) writeSheet(workbook, sheet);
  const written = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  // exceljs stamps every zip entry with the current time; repack with the fixed date. Zip times are
  // local wall-clock times, so the UTC fields are given as local ones: the same bytes in every time zone.
  const d = meta.date;
  const mtime = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  await writeFile(path, zipSync(unzipSync(written), { level: 6, mtime }));
}
