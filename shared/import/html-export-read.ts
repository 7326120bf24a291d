/**
 * Reads an HTML export's bytes (a web page saved as `.xls`; html-export-sniff.ts tells) into the
 * core's table form, never throwing for bad input: a page past a limit gives FILE_UNREADABLE, a
 * page read gives its table and FILE_HTML_EXPORT (what it was read as). Host-neutral: the
 * pipeline's reading path calls it for such files (pipeline/read/gate-html.ts).
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { WorkbookTable } from '../table/table';
import { DEFAULT_HTML_READ_LIMITS, type HtmlReadLimits } from './html-export-limits';
import { parseHtmlExport } from './html-export-parse';
import { decodeHtmlBytes } from './html-export-sniff';

export interface HtmlExportRead {
  /** The page as one sheet (with its `rowspan`/`colspan` as merges); absent when it was refused. */
  readonly table?: WorkbookTable;
  readonly findings: Finding[];
}

export function readHtmlExport(bytes: Uint8Array, file: string, limits: HtmlReadLimits = DEFAULT_HTML_READ_LIMITS): HtmlExportRead {
  // UTF-8 takes at least one byte per character, UTF-16 two: a page over the limit in bytes
  // may still be within it in characters, so the check is on the decoded text (in the parser).
  if (bytes.byteLength > limits.maxChars * 2) {
    return { findings: [makeFinding('FILE_UNREADABLE', { file }, { reason: `ekspor HTML terlalu besar (${bytes.byteLength} byte)`, reasonEn: `HTML export too large (${bytes.byteLength} bytes)` })] };
  }
  const parsed = parseHtmlExport(decodeHtmlBytes(bytes), file, limits);
  if (!parsed.ok) return { findings: [makeFinding('FILE_UNREADABLE', { file }, { reason: parsed.reason, reasonEn: parsed.reasonEn })] };
  return { table: parsed.table, findings: [makeFinding('FILE_HTML_EXPORT', { file }, { tables: parsed.tables, rows: parsed.rows })] };
}
