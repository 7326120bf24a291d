/** Codes must be unique within a sheet: the second occurrence gets the finding, naming the first. */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { CheckInput } from './check-input';

export function duplicateCodes(file: string, sheet: string, rows: readonly { kode: string; cell: string }[]): Finding[] {
  const first = new Map<string, string>();
  const findings: Finding[] = [];
  for (const { kode, cell } of rows) {
    if (!kode) continue;
    const key = kode.toLowerCase();
    const firstCell = first.get(key);
    if (firstCell === undefined) first.set(key, cell);
    else findings.push(makeFinding('CODE_DUPLICATE', { file, sheet, cell }, { kode, firstCell }));
  }
  return findings;
}

export function checkDuplicateCodes({ workbook: wb }: CheckInput): Finding[] {
  return [
    ...duplicateCodes(wb.file, wb.lkeSheet, (wb.lke ?? []).map((e) => ({ kode: e.kode, cell: e.cells.kode }))),
    ...duplicateCodes(wb.file, wb.kinerjaSheet, wb.indicators.map((i) => ({ kode: i.kode, cell: i.cells.kode }))),
    ...duplicateCodes(wb.file, wb.pohonSheet, wb.pohon.map((n) => ({ kode: n.kode, cell: n.cells.kode }))),
  ];
}
