/**
 * The limits of the pre-parse gate (read/gate-*.ts), in one place. Every input workbook is checked
 * against these before exceljs sees a byte of it: exceljs's document reader holds the whole
 * workbook in memory and expands merge ranges and defined names cell by cell, so a tiny hostile
 * file could otherwise exhaust memory and abort the whole run (which cannot be caught).
 *
 * The defaults are generous for real OPD and city workbooks (a few hundred KB, a few thousand
 * rows) and small enough that the worst accepted file stays far below 1 GB of memory.
 */
export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  readonly maxFileBytes: number;
  /** Most entries (parts) in the zip. */
  readonly maxZipEntries: number;
  /** Largest inflated size of any one part, in bytes. */
  readonly maxEntryBytes: number;
  /** Largest inflated size of all parts together, in bytes (zip bombs). */
  readonly maxTotalBytes: number;
  /** Most cells covered by merge ranges, over the whole workbook. */
  readonly maxMergedCells: number;
  /** Largest used range (`<dimension>`) of one sheet, in cells. */
  readonly maxSheetCells: number;
  /** Highest row number a sheet may declare. */
  readonly maxSheetRows: number;
  /** Most worksheets in one workbook. */
  readonly maxSheets: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxEntryBytes: 150 * 1024 * 1024,
  maxTotalBytes: 250 * 1024 * 1024,
  maxMergedCells: 200_000,
  maxSheetCells: 10_000_000,
  maxSheetRows: 250_000,
  maxSheets: 100,
});

export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}
