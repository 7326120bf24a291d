/**
 * The .xlsx reader of the pipeline: gated bytes → the core's `WorkbookTable`, with fflate (only
 * the parts a table needs are inflated, through gate-zip.ts's bounded inflater) and saxes (one SAX pass per part). It gives the same table
 * as exceljs's document reader through table-from-exceljs.ts (test/pipeline/xlsx-sax-reader.test.ts
 * compares them workbook by workbook) at a fraction of its time and memory, and without the
 * exceljs streaming reader's faults: the shared strings are parsed first wherever they sit in the
 * zip, and text is decoded as UTF-8 in whole parts, never split mid-character.
 *
 * Order of work: `xl/workbook.xml` and its relationships (sheet order, names, parts, 1904 dates)
 * → shared strings → styles (which formats are dates) → each sheet with its relationships
 * (hyperlink targets). Sheets whose relationship is not a worksheet (chart sheets) are skipped,
 * as exceljs skips them.
 */
import type { TableSheet, WorkbookTable } from '../../shared';
import { DEFAULT_READ_LIMITS, readLimits, type ReadLimits } from './gate-limits';
import { rowLimitError } from './gate-xml-checks';
import { GateError, unreadable } from './gate-refusal';
import { inflateEntry, listZipEntries } from './gate-zip';
import { parseDateStyles, parseRelationships, parseSharedStrings, parseWorkbook, relsPathOf, resolveTarget, xmlText, type Relationship } from './xlsx-parts';
import { parseSheet, RowOverLimit, type SheetContext } from './xlsx-sheet';

const WORKBOOK = 'xl/workbook.xml';
const NO_RELS: ReadonlyMap<string, Relationship> = new Map();
/** The gate has checked the zip against the caller's limits already; the reader only needs its directory. */
const LIMITS = readLimits({ maxZipEntries: Infinity, maxEntryBytes: Infinity, maxTotalBytes: Infinity, maxCompressionRatio: Infinity });

/** The named parts (names matched case-insensitively), by lowercase name. */
type PartSource = (names: Iterable<string>) => Map<string, Uint8Array>;

/** Parts inflated from a zip with the gate's bounded inflater (tests and tools that read a zip directly). */
function zipParts(bytes: Uint8Array): PartSource {
  return (names) => {
    const wanted = new Set([...names].map((n) => n.toLowerCase()));
    const byName = new Map<string, Uint8Array>();
    for (const entry of listZipEntries(bytes, LIMITS)) {
      const key = entry.name.toLowerCase();
      if (wanted.has(key) && !byName.has(key)) byName.set(key, inflateEntry(bytes, entry));
    }
    return byName;
  };
}

/** Parts the gate already inflated and checked (gate.ts): handed over, never inflated again. */
function checkedParts(parts: ReadonlyMap<string, Uint8Array>): PartSource {
  return (names) => {
    const byName = new Map<string, Uint8Array>();
    for (const name of names) {
      const key = name.toLowerCase();
      const data = parts.get(key);
      if (data !== undefined) byName.set(key, data);
    }
    return byName;
  };
}

const endsWithType = (rel: Relationship, type: string): boolean => rel.type.endsWith(`/${type}`);

function readTable(inflateParts: PartSource, file: string, limits: ReadLimits): WorkbookTable {
  const workbookRelsPath = relsPathOf(WORKBOOK);
  const head = inflateParts([WORKBOOK, workbookRelsPath]);
  const workbookXml = head.get(WORKBOOK);
  if (!workbookXml) throw new GateError(unreadable('xl/workbook.xml tidak ada', 'xl/workbook.xml is missing'));
  const workbook = parseWorkbook(xmlText(workbookXml));
  const relsXml = head.get(workbookRelsPath);
  const rels = relsXml ? parseRelationships(xmlText(relsXml)) : new Map<string, Relationship>();

  const partOf = (type: string, fallback: string): string => {
    for (const rel of rels.values()) if (endsWithType(rel, type)) return resolveTarget(WORKBOOK, rel.target);
    return fallback;
  };
  const sharedStringsPath = partOf('sharedStrings', 'xl/sharedStrings.xml');
  const stylesPath = partOf('styles', 'xl/styles.xml');
  const sheets = workbook.sheets.flatMap((sheet) => {
    const rel = rels.get(sheet.relId);
    return rel && endsWithType(rel, 'worksheet') ? [{ name: sheet.name, hidden: sheet.hidden, path: resolveTarget(WORKBOOK, rel.target) }] : [];
  });

  const parts = inflateParts([sharedStringsPath, stylesPath, ...sheets.flatMap((s) => [s.path, relsPathOf(s.path)])]);
  const take = (path: string): Uint8Array | undefined => {
    const data = parts.get(path.toLowerCase());
    parts.delete(path.toLowerCase());
    return data;
  };
  const sharedStringsXml = take(sharedStringsPath);
  const stylesXml = take(stylesPath);
  const context: SheetContext = {
    sharedStrings: sharedStringsXml === undefined ? [] : parseSharedStrings(sharedStringsXml),
    dateStyles: stylesXml === undefined ? [] : parseDateStyles(xmlText(stylesXml)),
    date1904: workbook.date1904,
    maxRow: limits.maxSheetRows,
  };

  const tables: TableSheet[] = [];
  for (const sheet of sheets) {
    // Each part is dropped once parsed, and parsed in ~1 MB pieces of text: no part is ever one big string.
    const xml = take(sheet.path);
    if (xml === undefined) continue;
    const sheetRels = take(relsPathOf(sheet.path));
    try {
      const table = parseSheet(sheet.name, xml, sheetRels === undefined ? NO_RELS : parseRelationships(xmlText(sheetRels)), context);
      tables.push(sheet.hidden ? { ...table, hidden: true } : table);
    } catch (error) {
      // The same refusal as a `<dimension>` past the limit gets from the gate.
      if (error instanceof RowOverLimit) throw rowLimitError(sheet.name, error.row, limits);
      throw error;
    }
  }
  return { file, sheets: tables };
}

/**
 * Parses the parts that passed the gate (gate.ts) into the table; throws GateError (FILE_UNREADABLE)
 * when the content is damaged (malformed XML, a missing workbook part, a dangling shared string) or
 * a cell sits below row `limits.maxSheetRows`.
 */
export function parseXlsxParts(parts: ReadonlyMap<string, Uint8Array>, file: string, limits: ReadLimits = DEFAULT_READ_LIMITS): WorkbookTable {
  return parseWith(checkedParts(parts), file, limits);
}

/** The same from a zip's bytes (the equivalence tests parse zips directly). */
export function parseXlsxBytes(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_READ_LIMITS): WorkbookTable {
  return parseWith(zipParts(bytes), file, limits);
}

function parseWith(source: PartSource, file: string, limits: ReadLimits): WorkbookTable {
  try {
    return readTable(source, file, limits);
  } catch (error) {
    if (error instanceof GateError) throw error;
    const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error).slice(0, 200);
    throw new GateError(unreadable(`isi workbook rusak (${detail})`, `the workbook's content is damaged (${detail})`));
  }
}
