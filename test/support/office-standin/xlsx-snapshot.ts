/**
 * A real .xlsx → the snapshot the stand-in serves (Node only): each cell's value as Office.js
 * `values` would give it (formula cells: their cached result; dates: serial numbers; errors:
 * their text), its formula, fill, number format and bold.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellScalar, CellSnapshot, FillSnapshot, SheetSnapshot, WorkbookSnapshot } from './snapshot';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial date. */
const UNIX_EPOCH_SERIAL = 25_569;

function scalarOf(raw: unknown): CellScalar {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof raw !== 'object') return '';
  if ('error' in raw) return String((raw as { error: unknown }).error);
  if ('richText' in raw) return (raw as { richText: { text?: string }[] }).richText.map((run) => run.text ?? '').join('');
  if ('hyperlink' in raw) return scalarOf((raw as { text?: unknown }).text ?? (raw as { hyperlink: unknown }).hyperlink);
  if ('formula' in raw || 'sharedFormula' in raw) return scalarOf((raw as { result?: unknown }).result);
  return '';
}

const hexOf = (argb: string | undefined): string => `#${(argb ?? 'FF000000').slice(-6).toUpperCase()}`;

/**
 * `foreign`: a workbook made elsewhere (theme or indexed fill colours, pattern fills): its fills are
 * read approximately (theme colours as grey, patterns left out) instead of refused; the values,
 * formulas and merges, which the pane reads, are exact either way.
 */
export interface SnapshotOptions {
  readonly foreign?: boolean;
}

const THEME_GREY = '#BFBFBF';

function fillOf(cell: ExcelJS.Cell, options: SnapshotOptions = {}): FillSnapshot | undefined {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return undefined;
  if (options.foreign) {
    if (fill.pattern !== 'solid') return undefined;
    return { pattern: 'Solid', color: fill.fgColor?.argb ? hexOf(fill.fgColor.argb) : THEME_GREY, patternColor: '#000000' };
  }
  if (fill.pattern !== 'solid') throw new Error(`${cell.address}: the stand-in snapshot reads solid fills only, not '${fill.pattern}'`);
  if (fill.fgColor && !fill.fgColor.argb) throw new Error(`${cell.address}: the stand-in snapshot reads ARGB fill colours only`);
  return { pattern: 'Solid', color: hexOf(fill.fgColor?.argb), patternColor: '#000000' };
}

function cellOf(cell: ExcelJS.Cell, options: SnapshotOptions = {}): CellSnapshot | undefined {
  const value = scalarOf(cell.value);
  const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
  const fill = fillOf(cell, options);
  const numberFormat = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const bold = cell.font?.bold === true ? true : undefined;
  if (value === '' && !formula && !fill && !numberFormat && !bold) return undefined;
  return {
    value,
    ...(formula ? { formula: formula.startsWith('=') ? formula : `=${formula}` } : {}),
    ...(fill ? { fill } : {}),
    ...(numberFormat ? { numberFormat } : {}),
    ...(bold ? { bold } : {}),
  };
}

export function snapshotOfWorkbook(workbook: ExcelJS.Workbook, options: SnapshotOptions = {}): WorkbookSnapshot {
  const sheets = workbook.worksheets.map((worksheet): SheetSnapshot => {
    const cells: Record<string, CellSnapshot> = {};
    worksheet.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const snapshot = cellOf(cell, options);
        if (snapshot) cells[cell.address] = snapshot;
      });
    });
    const frozen = (worksheet.views ?? []).find((view) => view.state === 'frozen');
    const merges = ((worksheet.model as { merges?: string[] }).merges ?? []).slice();
    return { name: worksheet.name, cells, frozenRows: frozen?.state === 'frozen' ? (frozen.ySplit ?? 0) : 0, ...(merges.length > 0 ? { merges } : {}) };
  });
  return { sheets };
}

export async function snapshotFromXlsx(path: string, options: SnapshotOptions = {}): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return snapshotOfWorkbook(workbook, options);
}
