/**
 * Merged cells below a header band (ancestors merged down the rows: a `Tujuan` over its
 * `Sasaran`s): the text of a covered cell is its merge's top-left text. Built once per sheet for
 * the columns a layout reads, so the cost is the covered cells of those columns only (the gate
 * bounds merged cells per workbook).
 */
import { cellAt, cellText } from '../table/cells';
import type { TableSheet } from '../table/table';
import { parseRange } from './header-bands';

export class MergedValues {
  /** `r:c` → the master's text, for covered cells of the wanted columns. */
  private readonly covered = new Map<string, string>();

  constructor(sheet: TableSheet, columns: readonly number[], fromRow: number) {
    const wanted = new Set(columns);
    for (const text of sheet.merges ?? []) {
      const rect = parseRange(text);
      if (!rect || rect.bottom < fromRow) continue;
      const master = cellText(cellAt(sheet, rect.top, rect.left).value).trim();
      if (master === '') continue;
      for (const c of wanted) {
        if (c < rect.left || c > rect.right) continue;
        for (let r = Math.max(rect.top, fromRow); r <= rect.bottom; r += 1) this.covered.set(`${r}:${c}`, master);
      }
    }
  }

  /** The text cell (r, c) shows: its own, else its merge's. */
  text(sheet: TableSheet, r: number, c: number): string {
    const own = cellAt(sheet, r, c).value;
    const text = own.type === 'error' ? '' : cellText(own).replace(/\s+/g, ' ').trim();
    return text !== '' ? text : (this.covered.get(`${r}:${c}`) ?? '');
  }

  /** Whether (r, c) is covered by a merge (not its top-left cell). */
  isCovered(r: number, c: number): boolean {
    return this.covered.has(`${r}:${c}`);
  }
}
