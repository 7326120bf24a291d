/**
 * The common layout of every table sheet of the consolidated workbook: one header row, styled
 * and frozen, an autofilter over the table, column widths and number formats, and print setup
 * (A4 landscape, fit to one page wide, the header row repeated on every page).
 */
import { columnLetters } from '../../shared';
import { COLOUR } from './colours';
import type { Fill, Row, SheetWriter, StreamingWorkbook } from './xlsx';

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

export const EDITABLE_CELL_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOUR.editableCell } };

const WRAP = Object.freeze({ wrapText: true, vertical: 'top' as const });

/**
 * Starts a table sheet and writes its header row. The wrapped columns' alignment goes on every
 * data row as it is written (rows are streamed: nothing is revisited once written).
 */
export function addTableSheet(workbook: StreamingWorkbook, name: string, columns: readonly ColumnLayout[], freezeColumns = 0, printHeader?: string): SheetWriter {
  const wrapped = columns.flatMap((c, i) => (c.wrap ? [i + 1] : []));
  const editable = columns.flatMap((c, i) => (c.editable ? [i + 1] : []));
  const sheet = workbook.addSheet(name, {
    columns: columns.map((c) => ({ width: c.width, ...(c.numFmt ? { numFmt: c.numFmt } : {}) })),
    frozen: { xSplit: freezeColumns, ySplit: 1, topLeftCell: `${columnLetters(freezeColumns + 1)}2`, activeCell: 'A2' },
    print: { footer: `&L${name}&RHalaman &P dari &N`, ...(printHeader ? { header: printHeader } : {}) },
    // Protected without a password (sorting and filtering allowed): only the evaluator columns can be edited,
    // so that an edit the next month would not carry over cannot be made by accident (consolidation.md).
    protect: true,
    ...(wrapped.length || editable.length
      ? {
          prepareRow: (row: Row) => {
            if (row.number < 2) return;
            wrapped.forEach((c) => (row.getCell(c).alignment = WRAP));
            editable.forEach((c) => (row.getCell(c).unlocked = true));
          },
        }
      : {}),
  });
  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: COLOUR.white } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: column.editable ? COLOUR.editableHeader : column.helper ? COLOUR.helperHeader : COLOUR.header } };
    cell.alignment = { vertical: 'center', horizontal: 'center', wrapText: true };
    cell.numFmt = 'General';
  });
  header.height = 32;
  return sheet;
}

/** Autofilter over the header and `rowCount` data rows (the wrapped text is set as rows are written). */
export function finishTable(sheet: SheetWriter, columns: readonly ColumnLayout[], rowCount: number): void {
  sheet.autoFilter = `A1:${columnLetters(columns.length)}${Math.max(1, rowCount + 1)}`;
}
