/**
 * Lays an HTML export's content out as one sheet, the way Excel opens such a page: text outside
 * tables (titles, totals) one line per row in column A, each table's rows below it from column A,
 * `rowspan`/`colspan` placed by the HTML table model (a cell goes to the first column its row's
 * earlier spans leave free). A spanned cell is a merge range: its value in the top-left cell, the
 * cells it covers left out (as the xlsx reader leaves out the cells a merge covers). Spans are
 * clipped at the end of their row group (`thead`/`tbody`/`tfoot`) and table, and counted only as
 * rows actually reach them, so `rowspan="65534"` in a two-row table costs two rows. Every placed
 * or covered cell counts toward `maxCells`: the work done is bounded by the limits whatever the
 * page claims.
 */
import { address } from '../table/address';
import type { CellValue, TableCell } from '../table/table';
import { overLimit } from './html-export-errors';
import { MAX_COLSPAN, MAX_ROWSPAN, type HtmlReadLimits } from './html-export-limits';

/** A merge range, 0-based and inclusive. */
interface Merge {
  readonly top: number;
  readonly left: number;
  bottom: number;
  readonly right: number;
}

interface ActiveSpan {
  readonly left: number;
  readonly width: number;
  /** Last sheet row (0-based) the span covers, before clipping. */
  readonly lastRow: number;
  readonly merge: Merge;
}

/** `colspan`/`rowspan` attribute text → the span HTML uses (1 when absent or not a number; clamped). */
export function spanOf(text: string | undefined, max: number): number {
  if (text === undefined) return 1;
  const match = /^\s*\+?(\d+)/.exec(text);
  if (!match) return 1;
  const n = Number(match[1]!.slice(0, 7));
  // rowspan="0" spans to the end of its row group: the clip at the group's end handles it.
  if (n === 0) return max === MAX_ROWSPAN ? MAX_ROWSPAN : 1;
  return Math.min(n, max);
}

export class HtmlSheetGrid {
  readonly rows: (TableCell | undefined)[][] = [];
  private readonly merges: Merge[] = [];
  private cells = 0;
  /** The next free sheet row (0-based). */
  private next = 0;
  tables = 0;

  // The table being laid out.
  private inTable = false;
  private row = -1;
  private column = 0;
  private active: ActiveSpan[] = [];
  /** Per column: last row (0-based) an active span covers there, -1 when none. */
  private coveredUntil: number[] = [];

  constructor(private readonly limits: HtmlReadLimits) {}

  private count(n: number): void {
    this.cells += n;
    if (this.cells > this.limits.maxCells) throw overLimit({ id: 'jumlah sel', en: 'the number of cells' }, this.limits.maxCells);
  }

  private claimRow(): number {
    const r = this.next;
    if (r >= this.limits.maxRows) throw overLimit({ id: 'jumlah baris', en: 'the number of rows' }, this.limits.maxRows);
    this.next += 1;
    return r;
  }

  private put(r: number, c: number, value: CellValue, hyperlink?: string): void {
    if (value.type === 'blank') return;
    const line = (this.rows[r] ??= []);
    line[c] = hyperlink ? { address: address(r + 1, c + 1), value, hyperlink } : { address: address(r + 1, c + 1), value };
  }

  /** A line of text outside any table: its own row, in column A. */
  line(value: CellValue): void {
    if (value.type === 'blank') return;
    this.count(1);
    this.put(this.claimRow(), 0, value);
  }

  startTable(): void {
    this.tables += 1;
    this.inTable = true;
    this.row = -1;
  }

  startRow(): void {
    if (!this.inTable) this.startTable();
    this.row = this.claimRow();
    this.column = 0;
    const stillActive: ActiveSpan[] = [];
    for (const span of this.active) {
      if (span.lastRow < this.row) {
        for (let c = span.left; c < span.left + span.width; c += 1) this.coveredUntil[c] = -1;
        continue;
      }
      this.count(span.width);
      stillActive.push(span);
    }
    this.active = stillActive;
  }

  private covered(c: number): boolean {
    return (this.coveredUntil[c] ?? -1) >= this.row;
  }

  /** Places a cell of the current row: `colspan`/`rowspan` as written in the page. */
  cell(value: CellValue, colspanText: string | undefined, rowspanText: string | undefined, hyperlink?: string): void {
    if (this.row < 0) this.startRow();
    const colspan = spanOf(colspanText, MAX_COLSPAN);
    const rowspan = spanOf(rowspanText, MAX_ROWSPAN);
    while (this.covered(this.column)) this.column += 1;
    const left = this.column;
    if (left + colspan > this.limits.maxColumns) throw overLimit({ id: 'jumlah kolom', en: 'the number of columns' }, this.limits.maxColumns);
    this.count(colspan);
    this.put(this.row, left, value, hyperlink);
    if (colspan > 1 || rowspan > 1) {
      const merge: Merge = { top: this.row, left, bottom: this.row + rowspan - 1, right: left + colspan - 1 };
      this.merges.push(merge);
      if (rowspan > 1) {
        this.active.push({ left, width: colspan, lastRow: merge.bottom, merge });
        for (let c = left; c < left + colspan; c += 1) this.coveredUntil[c] = merge.bottom;
      }
    }
    this.column = left + colspan;
  }

  /** End of a row group (`thead`, `tbody`, `tfoot`): spans do not reach past it. */
  endGroup(): void {
    const lastRow = this.next - 1;
    for (const span of this.active) {
      span.merge.bottom = Math.max(span.merge.top, Math.min(span.merge.bottom, lastRow));
      for (let c = span.left; c < span.left + span.width; c += 1) this.coveredUntil[c] = -1;
    }
    this.active = [];
    this.row = -1;
  }

  endTable(): void {
    if (!this.inTable) return;
    this.endGroup();
    // Spans that ended before the group's end were never clipped; all are now within the rows.
    this.inTable = false;
  }

  /** A1 ranges of the spanned cells (`A1:D2`). */
  mergeRanges(): string[] {
    return this.merges.filter((m) => m.bottom > m.top || m.right > m.left).map((m) => `${address(m.top + 1, m.left + 1)}:${address(m.bottom + 1, m.right + 1)}`);
  }
}
