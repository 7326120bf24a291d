/// <reference types="office-js" />
/**
 * Reads every sheet into the core's table form in two syncs: the sheet names, then every sheet's
 * used range (address, values, formulas) queued together. Never a sync per sheet or per cell.
 */
import { sheetFromGrid } from '../../shared/table/from-grid';
import type { TableSheet, WorkbookTable } from '../../shared/table/table';
import { rangeOrigin } from './range-address';

export async function readWorkbookTable(context: Excel.RequestContext, file: string): Promise<WorkbookTable> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  const used = worksheets.items.map((worksheet) => {
    // valuesOnly: cells that only carry formatting do not widen the range.
    const range = worksheet.getUsedRangeOrNullObject(true);
    range.load('address,values,formulas');
    return { name: worksheet.name, range };
  });
  await context.sync();

  const sheets = used.map(({ name, range }): TableSheet =>
    range.isNullObject ? { name, rows: [] } : sheetFromGrid(name, range.values, range.formulas, rangeOrigin(range.address)),
  );
  return { file, sheets };
}
