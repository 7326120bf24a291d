/**
 * Reading a consolidated workbook's tables back as records (header → shown value), as a person
 * looking at the sheet sees them: a formula shows its cached result, a link its text.
 */
import ExcelJS from 'exceljs';

export type Shown = string | number | boolean;
export type SheetRecord = Record<string, Shown>;

/** A cell's shown value; blank is ''. */
export function shownValue(cell: ExcelJS.Cell): Shown {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if ('formula' in value || 'sharedFormula' in value) {
    // cell.result, not value.result: exceljs's value getter drops a cached 0.
    const result: unknown = cell.result;
    if (result === undefined || result === null) return '';
    if (typeof result === 'object' && 'error' in result) return String((result as { error: string }).error);
    return result as Shown;
  }
  if ('hyperlink' in value) return (value as ExcelJS.CellHyperlinkValue).text;
  if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return String(cell.text);
}

export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The header row (row 1) of a consolidated sheet: header → column number. */
export function headerColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => columns.set(String(shownValue(cell)), column));
  return columns;
}

/** A lookup of `sheet`'s header columns that throws, naming the file and sheet, when a header is missing. */
export function requiredColumns(sheet: ExcelJS.Worksheet, path: string): (header: string) => number {
  const columns = headerColumns(sheet);
  return (header) => {
    const c = columns.get(header);
    if (c === undefined) throw new Error(`${path}: kolom ${header} tidak ada di lembar ${sheet.name}`);
    return c;
  };
}

/** Every data row (from row 2, blank rows skipped) as a record. */
export function sheetRecords(workbook: ExcelJS.Workbook, sheetName: string): SheetRecord[] {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`lembar ${sheetName} tidak ada`);
  const columns = [...headerColumns(sheet)];
  const records: SheetRecord[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const record: SheetRecord = {};
    let any = false;
    for (const [header, column] of columns) {
      const shown = shownValue(row.getCell(column));
      record[header] = shown;
      if (shown !== '') any = true;
    }
    if (any) records.push(record);
  }
  return records;
}
