/**
 * The reading path of HTML "Excel" exports: a `.xls` file whose bytes are a web page
 * (shared/import/html-export-sniff.ts) goes to the core's HTML reader instead of the xlsx gate,
 * within limits taken from the gate's own (its size, element count and cell count); a real
 * Excel 97–2003 `.xls` (OLE2) still goes to the gate and keeps its FILE_FORMAT_UNSUPPORTED.
 */
import { DEFAULT_HTML_READ_LIMITS, type HtmlReadLimits, readHtmlExport, type HtmlExportRead, isHtmlExport } from '../../shared';
import type { ReadLimits } from './gate-limits';

export function htmlReadLimits(limits: ReadLimits): HtmlReadLimits {
  return {
    ...DEFAULT_HTML_READ_LIMITS,
    maxChars: limits.maxFileBytes,
    maxElements: limits.maxXmlElements,
    maxCells: limits.maxCells,
    maxRows: limits.maxSheetRows,
  };
}

/** The HTML export read, when `bytes` are one (else undefined: the xlsx gate takes the file). */
export function readIfHtmlExport(bytes: Uint8Array, file: string, limits: ReadLimits): HtmlExportRead | undefined {
  return isHtmlExport(bytes, file) ? readHtmlExport(bytes, file, htmlReadLimits(limits)) : undefined;
}
