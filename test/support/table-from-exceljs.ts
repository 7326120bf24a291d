/**
 * An exceljs Workbook → the core's `WorkbookTable`: the reference the SAX reader is held to
 * (test/pipeline/xlsx-sax-reader.test.ts); no command reads with it (issue 15). Each cell becomes its value (formula cells: their cached
 * result plus the formula text without `=`); merged cells keep the value on the master cell only.
 */
import ExcelJS from 'exceljs';
import { address, isExcelError, isoDate, BLANK, type CellValue, type TableCell, type TableSheet, type WorkbookTable } from '../../shared';
import { GateError, unreadable } from '../../pipeline/read/gate-refusal';

type Raw = ExcelJS.CellValue | undefined;

/** A plain (non-formula) value as exceljs gives it → the core's CellValue. */
export function cellValueOf(raw: Raw | ExcelJS.CellFormulaValue['result']): CellValue {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'number') return Number.isFinite(raw) ? { type: 'number', value: raw } : { type: 'error', value: '#NUM!' };
  if (typeof raw === 'string') return raw === '' ? BLANK : { type: 'text', value: raw };
  if (typeof raw === 'boolean') return { type: 'boolean', value: raw };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { type: 'error', value: '#VALUE!' } : { type: 'date', value: isoDate(raw) };
  if (typeof raw !== 'object') return BLANK;
  if ('error' in raw) {
    const error = String(raw.error);
    return isExcelError(error) ? { type: 'error', value: error } : { type: 'error', value: '#VALUE!' };
  }
  if ('richText' in raw && Array.isArray(raw.richText)) return textValue(raw.richText.map((run) => String(run?.text ?? '')).join(''));
  if ('hyperlink' in raw) {
    const text = (raw as { text?: unknown }).text;
    const shown = typeof text === 'object' && text !== null && 'richText' in text ? cellValueOf(text as Raw) : cellValueOf((text ?? '') as Raw);
    return shown.type === 'blank' ? textValue(String(raw.hyperlink ?? '')) : shown;
  }
  if ('formula' in raw || 'sharedFormula' in raw) return cellValueOf((raw as ExcelJS.CellFormulaValue).result);
  return BLANK;
}

function textValue(text: string): CellValue {
  return text === '' ? BLANK : { type: 'text', value: text };
}

function formulaOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  let formula: string | undefined;
  try {
    formula = cell.formula;
  } catch {
    formula = undefined;
  }
  if (!formula) {
    const raw = cell.value as { formula?: string; sharedFormula?: string } | null;
    formula = raw?.formula ?? raw?.sharedFormula;
  }
  if (!formula) return undefined;
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/** The link target of a hyperlinked cell (`cell.hyperlink`, or a hyperlink value's). */
function hyperlinkOf(cell: ExcelJS.Cell): string | undefined {
  let link: unknown;
  try {
    link = cell.hyperlink ?? (cell.value as { hyperlink?: unknown } | null)?.hyperlink;
  } catch {
    link = undefined;
  }
  return typeof link === 'string' && link !== '' ? link : undefined;
}

export function sheetFromExcelJs(worksheet: ExcelJS.Worksheet): TableSheet {
  const rows: (TableCell | undefined)[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (TableCell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const formula = formulaOf(cell);
      let value: CellValue;
      try {
        // A formula's cached result from `cell.result`: `cell.value.result` drops a cached 0.
        value = cellValueOf(formula === undefined ? cell.value : (cell.result as Raw));
      } catch {
        value = { type: 'error', value: '#VALUE!' };
      }
      if (value.type === 'blank' && formula === undefined) return;
      const at = address(rowNumber, columnNumber);
      const hyperlink = hyperlinkOf(cell);
      const base: TableCell = formula === undefined ? { address: at, value } : { address: at, value, formula };
      cells[columnNumber - 1] = hyperlink === undefined ? base : { ...base, hyperlink };
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });
  return worksheet.state === 'hidden' || worksheet.state === 'veryHidden' ? { name: worksheet.name, hidden: true, rows } : { name: worksheet.name, rows };
}

/** Every worksheet in tab order. `file` is the name the findings will carry (no directory). */
export function tableFromExcelJs(workbook: ExcelJS.Workbook, file: string): WorkbookTable {
  return { file, sheets: workbook.worksheets.map(sheetFromExcelJs) };
}

/**
 * Sheet parts exceljs skips: none of them holds a cell value, and exceljs expands merge ranges and
 * data-validation ranges cell by cell (a whole-column validation alone is a million objects).
 */
export const EXCELJS_IGNORED_NODES = ['mergeCells', 'dataValidations', 'conditionalFormatting', 'extLst'] as const;

/** Object.prototype's own keys: a parser that pollutes it has been fed a hostile file. */
function prototypeKeys(): string {
  return Object.getOwnPropertyNames(Object.prototype).sort().join(',');
}

/**
 * Parses gated bytes with exceljs's document reader; throws GateError on any parser failure. The
 * reference reader: the pipeline reads with `parseXlsxBytes`, the equivalence test compares both.
 */
export async function parseWorkbookBytes(bytes: Uint8Array, file: string): Promise<WorkbookTable> {
  const before = prototypeKeys();
  const workbook = new ExcelJS.Workbook();
  try {
    const options = { ignoreNodes: [...EXCELJS_IGNORED_NODES] } as unknown as Partial<ExcelJS.XlsxReadOptions>;
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
    throw new GateError(unreadable(`isi workbook rusak (${detail})`, `the workbook's content is damaged (${detail})`));
  }
  if (prototypeKeys() !== before) {
    throw new GateError(unreadable('workbook mencoba mengubah objek dasar JavaScript (ditolak demi keamanan)', 'the workbook tried to alter JavaScript base objects (refused for safety)'));
  }
  return tableFromExcelJs(workbook, file);
}
