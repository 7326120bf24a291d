/**
 * The limits an HTML "Excel" export (a web page saved with an `.xls` name) is read within. They
 * are enforced while the page is parsed, so a hostile page stops at the first element past a
 * limit: the parser never holds more than these allow. The pipeline derives them from its gate's
 * limits (pipeline/read/gate-html.ts); docs/input-safety.md explains them.
 */
export interface HtmlReadLimits {
  /** Most characters of the page (after decoding). */
  readonly maxChars: number;
  /** Most elements (start tags, implied ones included). */
  readonly maxElements: number;
  /** Deepest nesting of open elements. */
  readonly maxDepth: number;
  /** Most attributes on one element. */
  readonly maxAttributes: number;
  /** Most grid cells, those a `rowspan`/`colspan` covers included. */
  readonly maxCells: number;
  /** Most rows in the sheet the page becomes (Excel's own limit: 1,048,576). */
  readonly maxRows: number;
  /** Most columns (Excel's own limit: 16,384). */
  readonly maxColumns: number;
  /** Most characters in one cell (Excel's own limit: 32,767). */
  readonly maxCellChars: number;
}

export const DEFAULT_HTML_READ_LIMITS: HtmlReadLimits = Object.freeze({
  maxChars: 20 * 1024 * 1024,
  maxElements: 4_000_000,
  maxDepth: 256,
  maxAttributes: 256,
  maxCells: 1_500_000,
  maxRows: 250_000,
  maxColumns: 16_384,
  maxCellChars: 32_767,
});

/** HTML's own caps on spans (the HTML standard's table model): larger values count as these. */
export const MAX_COLSPAN = 1000;
export const MAX_ROWSPAN = 65534;
