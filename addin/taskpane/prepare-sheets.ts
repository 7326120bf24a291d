/// <reference types="office-js" />
/**
 * "Siapkan lembar": adds every sheet of the OPD template that the workbook lacks, with its
 * headers, text-formatted code columns, dropdowns and frozen header, in two syncs. Existing
 * sheets (matched case- and space-insensitively, like the parser does) are never touched.
 */
import { columnLetters, normalizeName, opdTemplate, type ColumnRange, type SheetTemplate, type TemplateCell } from '../../shared';

/** Excel column width in points for a width in characters (8.43 characters = 48 points). */
const pointsFor = (characters: number): number => Math.round(characters * 5.25 + 4);

const columnAddress = (range: ColumnRange): string => {
  const letters = columnLetters(range.column);
  return `${letters}${range.fromRow}:${letters}${range.toRow}`;
};

/** The template's rows as one rectangle for `Range.formulas`: formulas as `=…`, empty cells as ''. */
function formulaGrid(rows: SheetTemplate['rows']): (string | number)[][] {
  const width = Math.max(...rows.map((row) => row.length));
  const cellOf = (cell: TemplateCell | undefined): string | number =>
    cell === null || cell === undefined ? '' : typeof cell === 'object' ? `=${cell.formula}` : cell;
  return rows.map((row) => Array.from({ length: width }, (_, c) => cellOf(row[c])));
}

function writeSheet(worksheet: Excel.Worksheet, template: SheetTemplate): void {
  // Text format first, so codes such as 1.1 stay text when written.
  for (const range of template.textColumns) {
    worksheet.getRange(columnAddress(range)).numberFormat = Array.from({ length: range.toRow - range.fromRow + 1 }, () => ['@']);
  }
  const grid = formulaGrid(template.rows);
  const width = grid[0]!.length;
  worksheet.getRange(`A1:${columnLetters(width)}${grid.length}`).formulas = grid;
  worksheet.getRange(`A${template.headerRow}:${columnLetters(width)}${template.headerRow}`).format.font.bold = true;
  template.columnWidths.forEach((characters, c) => {
    const letters = columnLetters(c + 1);
    worksheet.getRange(`${letters}:${letters}`).format.columnWidth = pointsFor(characters);
  });
  for (const validation of template.validations) {
    const dataValidation = worksheet.getRange(columnAddress(validation)).dataValidation;
    dataValidation.rule = { list: { inCellDropDown: true, source: validation.list.join(',') } };
    if (validation.allowOther) dataValidation.errorAlert = { showAlert: false, style: 'Information', title: '', message: '' };
  }
  if (template.frozenRows > 0) worksheet.freezePanes.freezeRows(template.frozenRows);
}

/** Adds the missing sheets; returns their names (empty when the workbook has every sheet). */
export async function prepareSheets(context: Excel.RequestContext, templates: readonly SheetTemplate[] = opdTemplate()): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const existing = new Set(worksheets.items.map((worksheet) => normalizeName(worksheet.name)));
  const missing = templates.filter((template) => !existing.has(normalizeName(template.name)));
  for (const template of missing) writeSheet(worksheets.add(template.name), template);
  if (missing.length > 0) await context.sync();
  return missing.map((template) => template.name);
}
