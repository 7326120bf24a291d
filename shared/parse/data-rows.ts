/** The data rows under a located header row: fully empty rows skipped, reading to the end of the used range. */
import { cellAt, isBlankRow } from '../table/cells';
import type { TableCell, TableSheet } from '../table/table';

export interface DataRow<K extends string> {
  /** 0-based row index on the sheet. */
  readonly r: number;
  /** The cell of a located column; a blank cell at column -1 style address when the column is absent. */
  get(key: K): TableCell | undefined;
  at(column: number): TableCell;
}

export function* dataRows<K extends string>(
  sheet: TableSheet,
  headerRow: number,
  columns: Partial<Record<K, number>>,
): Generator<DataRow<K>> {
  for (let r = headerRow + 1; r < sheet.rows.length; r += 1) {
    if (isBlankRow(sheet.rows[r])) continue;
    yield {
      r,
      get: (key) => {
        const c = columns[key];
        return c === undefined ? undefined : cellAt(sheet, r, c);
      },
      at: (c) => cellAt(sheet, r, c),
    };
  }
}
