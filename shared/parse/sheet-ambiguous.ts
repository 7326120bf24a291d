/** SHEET_AMBIGUOUS: several sheets match one name of the format; names the one read and the others. */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { TableSheet } from '../table/table';

export function sheetAmbiguous(file: string, sheetName: string, used: TableSheet, others: readonly TableSheet[]): Finding {
  const hidden = [used, ...others].filter((s) => s.hidden).map((s) => s.name);
  return makeFinding('SHEET_AMBIGUOUS', { file, sheet: used.name }, { sheetName, used: used.name, others: others.map((s) => s.name), hidden });
}
