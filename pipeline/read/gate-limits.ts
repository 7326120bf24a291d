/**
 * The limits of the pre-parse gate (read/gate-*.ts), in one place. Every input workbook is checked
 * against these before a parser sees a byte of it: exceljs's document reader holds the whole
 * workbook in memory (about 1 KB per cell, measured) and expands merge ranges and defined names
 * cell by cell, so a tiny hostile file could otherwise exhaust memory and abort the whole run
 * (which cannot be caught).
 *
 * The defaults are generous for real OPD and city workbooks (a few hundred KB, a few thousand
 * rows; a consolidated workbook of 100 OPDs is about 350,000 cells) and small enough that the
 * worst accepted file stays below 1 GB of memory. docs/input-safety.md explains each one.
 * `readWorkbookFile(path, { limits: { … } })` overrides any of them.
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
  /**
   * Largest inflated/compressed ratio of one part, checked for parts over 1 MB inflated (zip
   * bombs compress about 1000:1; real XML parts 5–30:1).
   */
  readonly maxCompressionRatio: number;
  /** Most XML elements over all XML parts (each becomes at least one object in the parser). */
  readonly maxXmlElements: number;
  /** Most cells (`<c>` elements) over all worksheets. */
  readonly maxCells: number;
  /** Most cells covered by merge ranges, over the whole workbook. */
  readonly maxMergedCells: number;
  /** Most cells covered by the ranges of all defined names together (whole columns count 1,048,576). */
  readonly maxDefinedNameCells: number;
  /** Largest used range (`<dimension>`) of one sheet, in cells. */
  readonly maxSheetCells: number;
  /** Highest row number a sheet may declare or use, and most rows in one sheet. */
  readonly maxSheetRows: number;
  /** Most worksheets in one workbook. */
  readonly maxSheets: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxZipEntries: 2_000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxXmlElements: 4_000_000,
  maxCells: 1_500_000,
  maxMergedCells: 200_000,
  maxDefinedNameCells: 100_000_000,
  maxSheetCells: 10_000_000,
  maxSheetRows: 250_000,
  maxSheets: 100,
});

/** Parts smaller than this (inflated) are not held to `maxCompressionRatio`. */
export const COMPRESSION_RATIO_FROM_BYTES = 1024 * 1024;

export function readLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...overrides };
}
