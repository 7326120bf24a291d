/**
 * The common layout of every table sheet of the consolidated workbook: one header row, styled
 * and frozen, an autofilter over the table, column widths and number formats, and print setup
 * (A4 landscape, fit to one page wide, the header row repeated on every page).
 */
import type ExcelJS from 'exceljs';
import { columnLetters } from '../../shared/table/address';

export interface ColumnLayout {
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
  /** A column the evaluator fills in (tinted header). */
  readonly editable?: boolean;
  /** A helper column the formulas use (grey header). */
  readonly helper?: boolean;
  readonly wrap?: boolean;
}

export const SCORE_FORMAT = '0.00';

const HEADER_FILL = 'FF1F4E78';
const EDITABLE_FILL = 'FFC65911';
const HELPER_FILL = 'FF808080';
export const EDITABLE_CELL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

export function addTableSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly ColumnLayout[], freezeColumns = 0): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: freezeColumns, ySplit: 1, topLeftCell: `${columnLetters(freezeColumns + 1)}2`, activeCell: 'A2' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: `&L${name}&RHalaman &P dari &N`, oddHeader: '' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.editable ? EDITABLE_FILL : column.helper ? HELPER_FILL : HEADER_FILL } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.numFmt = 'General';
  });
  header.height = 32;
  return sheet;
}

/** Autofilter over the header and `rowCount` data rows; wrapped text where asked. */
export function finishTable(sheet: ExcelJS.Worksheet, columns: readonly ColumnLayout[], rowCount: number): void {
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rowCount + 1), column: columns.length } };
  columns.forEach((column, i) => {
    if (!column.wrap) return;
    for (let r = 2; r <= rowCount + 1; r += 1) sheet.getCell(r, i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
}
