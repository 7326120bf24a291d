/**
 * The order users read findings in: file-level first, then sheet by sheet in the workbook's
 * order, sheet-level before cell findings, cells by row then column. Stable otherwise.
 */
import { parseAddress } from '../table/address';
import type { Finding } from './finding';

export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetRank = new Map(sheetOrder.map((name, i) => [name, i] as const));
  const key = (f: Finding): [number, number, number] => {
    if (f.sheet === undefined) return [-1, 0, 0];
    const sheet = sheetRank.get(f.sheet) ?? sheetOrder.length;
    const at = f.cell ? parseAddress(f.cell) : undefined;
    return at ? [sheet, at.row, at.column] : [sheet, 0, 0];
  };
  return findings
    .map((finding, index) => ({ finding, index, key: key(finding) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2] || a.index - b.index)
    .map((entry) => entry.finding);
}
