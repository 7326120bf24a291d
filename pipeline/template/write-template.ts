/**
 * Renders the host-neutral sheet templates of shared/template/ with exceljs: an instructions
 * sheet first, then each sheet with bold, filled, frozen headers, column widths, text-formatted
 * code columns and dropdown lists. Formula cells get no cached value (Excel computes them).
 */
import ExcelJS from 'exceljs';
import { address, PETUNJUK_SHEET, type ListValidation, type SheetTemplate, type TemplateCell } from '../../shared';
import { rowHeightFor, wrappedLines } from '../consolidate/xlsx/row-height';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const HEADING_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFB4B4B4' } };

/** A dropdown's inline list formula: `"A,B,C"` (items quoted the Excel way). */
export function listFormula(items: readonly string[]): string {
  return `"${items.map((item) => item.replace(/"/g, '""')).join(',')}"`;
}

function cellValue(raw: TemplateCell): ExcelJS.CellValue {
  if (raw === null) return null;
  if (typeof raw === 'object') return { formula: raw.formula } as ExcelJS.CellFormulaValue;
  return raw;
}

function addValidation(sheet: ExcelJS.Worksheet, v: ListValidation): void {
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(v.list)],
    showErrorMessage: !v.allowOther,
    errorStyle: v.allowOther ? 'warning' : 'stop',
    errorTitle: 'Isian tidak sah',
    error: `Pilih salah satu: ${v.list.join(', ')}`,
  };
  // One range per rule, added as a range: exceljs's per-cell validations are squeezed into ranges
  // sorted as strings (C10 before C2), which writes overlapping ranges (exceljs issue 2820) that
  // Excel repairs. A range key is written as it is.
  const range = v.fromRow === v.toRow ? address(v.fromRow, v.column) : `${address(v.fromRow, v.column)}:${address(v.toRow, v.column)}`;
  (sheet as unknown as SheetValidations).dataValidations.add(range, validation);
}

/** exceljs's validation store (present on every worksheet, absent from its typings). */
interface SheetValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export function addInstructionsSheet(workbook: ExcelJS.Workbook, lines: readonly string[]): void {
  const sheet = workbook.addWorksheet(PETUNJUK_SHEET, { properties: { tabColor: { argb: 'FF2F75B5' } } });
  sheet.getColumn(1).width = 120;
  lines.forEach((line, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line === '' ? null : line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (i === 0) cell.font = { bold: true, size: 14 };
    // A row with wrapped text gets its height: LibreOffice keeps the default otherwise and draws the text over the next row.
    const lines = wrappedLines(line, 120);
    if (lines > 1) sheet.getRow(i + 1).height = rowHeightFor(lines);
  });
}

/** Heading rows of the LKE (component `1`, sub-component `1.2`): bold on a grey fill. */
const isHeadingCode = (value: TemplateCell): boolean => typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim());

export function addTemplateSheet(workbook: ExcelJS.Workbook, template: SheetTemplate): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(template.name, {
    views: [{ state: 'frozen', ySplit: template.frozenRows, xSplit: 0 }],
  });
  template.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  for (const range of template.textColumns) {
    for (let row = range.fromRow; row <= range.toRow; row++) sheet.getCell(row, range.column).numFmt = '@';
  }
  template.rows.forEach((row, r) => {
    row.forEach((raw, c) => {
      if (raw !== null) sheet.getCell(r + 1, c + 1).value = cellValue(raw);
    });
    const isHeader = r + 1 === template.headerRow;
    if (isHeader || (r + 1 > template.headerRow && isHeadingCode(row[0] ?? null) && row.length <= 2)) {
      const width = isHeader ? row.length : Math.max(row.length, template.rows[template.headerRow - 1]?.length ?? 0);
      for (let c = 1; c <= width; c++) {
        const cell = sheet.getCell(r + 1, c);
        cell.font = { bold: true };
        cell.fill = isHeader ? HEADER_FILL : HEADING_FILL;
        if (isHeader) {
          cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
          // exceljs's word for the file's vertical="center".
          cell.alignment = { vertical: 'middle', wrapText: true };
        }
      }
      if (isHeader) {
        const lines = Math.max(1, ...row.map((raw, c) => (typeof raw === 'string' ? wrappedLines(raw, template.columnWidths[c]) : 1)));
        if (lines > 1) sheet.getRow(r + 1).height = rowHeightFor(lines);
      }
    }
  });
  for (const validation of template.validations) addValidation(sheet, validation);
  return sheet;
}

export function workbookFromTemplate(sheets: readonly SheetTemplate[], instructions: readonly string[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SAKIP Kit';
  // Fixed dates: the same command always writes the same cells.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  addInstructionsSheet(workbook, instructions);
  for (const template of sheets) addTemplateSheet(workbook, template);
  return workbook;
}
