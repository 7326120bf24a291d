/// <reference types="office-js" />
/**
 * Reads every sheet into the core's table form in two syncs: the sheet names, then every sheet's
 * used range (address, values, formulas) and, where the host has them (ExcelApi 1.13), its merged
 * areas, queued together. Never a sync per sheet or per cell. The merged areas let the core read
 * the merged header bands of foreign workbooks (shared/import/).
 */
import { sheetFromGrid, type TableSheet, type WorkbookTable } from '../../shared';
import { rangeOrigin } from './range-address';

/** Does the host give merged areas (`Range.getMergedAreasOrNullObject`, ExcelApi 1.13)? */
export function mergedAreasSupported(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported?.('ExcelApi', '1.13') === true;
}

/** `Sheet1!A1:B2, 'Data OPD'!C3:D4` → `['A1:B2', 'C3:D4']`. */
export function mergedRanges(address: string): string[] {
  return address
    .split(',')
    .map((part) => part.trim().replace(/^.*!/, '').replace(/\$/g, ''))
    .filter((part) => part !== '');
}

export async function readWorkbookTable(context: Excel.RequestContext, file: string, options: { merges?: boolean } = {}): Promise<WorkbookTable> {
  const withMerges = options.merges ?? mergedAreasSupported();
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  const used = worksheets.items.map((worksheet) => {
    // valuesOnly: cells that only carry formatting do not widen the range.
    const range = worksheet.getUsedRangeOrNullObject(true);
    range.load('address,values,formulas');
    const merged = withMerges ? range.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { name: worksheet.name, range, merged };
  });
  await context.sync();

  const sheets = used.map(({ name, range, merged }): TableSheet => {
    if (range.isNullObject) return { name, rows: [] };
    const sheet = sheetFromGrid(name, range.values, range.formulas, rangeOrigin(range.address));
    return merged && !merged.isNullObject ? { ...sheet, merges: mergedRanges(merged.address) } : sheet;
  });
  return { file, sheets };
}
