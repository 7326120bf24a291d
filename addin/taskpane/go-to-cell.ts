/// <reference types="office-js" />
/** Clicking a finding: activate its sheet and select its cell (the whole sheet's A1 when it names no cell). */

export async function goToCell(context: Excel.RequestContext, sheet: string, cell: string | undefined): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell ?? 'A1').select();
  await context.sync();
}
