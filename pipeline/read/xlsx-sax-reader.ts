/**
 * The .xlsx reader of the pipeline: gated bytes → the core's `WorkbookTable`, with Node's zlib (only
 * the parts a table needs are inflated, through gate-zip.ts's bounded inflater) and saxes (one SAX pass per part). It gives the same table
 * as exceljs's document reader through test/support/table-from-exceljs.ts (test/pipeline/xlsx-sax-reader.test.ts
 * compares them workbook by workbook) at a fraction of its time and memory, and without the
 * exceljs streaming reader's faults: the shared strings are parsed first wherever they sit in the
 * zip, and text is decoded as UTF-8 in whole parts, never split mid-character.
 *
 * Order of work: `xl/workbook.xml` and its relationships (sheet order, names, parts, 1904 dates)
 * → shared strings → styles (which formats are dates) → each sheet with its relationships
 * (hyperlink targets). Sheets whose relationship is not a worksheet (chart sheets) are skipped,
 * as exceljs skips them.
 */
import { normalizeName, type TableSheet, type WorkbookTable } from '../../shared';
import { DEFAULT_READ_LIMITS, readLimits, type ReadLimits } from './gate-limits';
import { rowLimitError } from './gate-xml-checks';
import { GateError, unreadable } from './gate-refusal';
import { inflateEntry, listZipEntries } from './gate-zip';
import { parseDateStyles, parseRelationships, parseSharedStrings, parseWorkbook, relsPathOf, resolveTarget, xmlText, type Relationship } from './xlsx-parts';
import { parseSheet, RowOverLimit, SheetContentError, type SheetContext } from './xlsx-sheet';
import { diagnosePart, WorkbookXmlBudget, type PartLimits } from './xlsx-part-limits';
import type { GatePassed } from './gate';

const WORKBOOK = 'xl/workbook.xml';
const NO_RELS: ReadonlyMap<string, Relationship> = new Map();
/** The gate has checked the zip against the caller's limits already; the reader only needs its directory. */
const LIMITS = readLimits({ maxZipEntries: Infinity, maxEntryBytes: Infinity, maxTotalBytes: Infinity, maxCompressionRatio: Infinity });

/** Where the reader's parts come from. */
interface PartSource {
  /** The named parts (names matched case-insensitively), by lowercase name. */
  take(names: Iterable<string>): Map<string, Uint8Array>;
  /** A part's name as the zip writes it (for messages). */
  nameOf(path: string): string;
  /** The XML parts other than `parsed` (lowercase names), for the gate's scanner. */
  others(parsed: ReadonlySet<string>): Iterable<[string, Uint8Array]>;
}

/** Parts inflated from a zip with the gate's bounded inflater (tests and tools that read a zip directly). */
function zipParts(bytes: Uint8Array): PartSource {
  return {
    take: (names) => {
      const wanted = new Set([...names].map((n) => n.toLowerCase()));
      const byName = new Map<string, Uint8Array>();
      for (const entry of listZipEntries(bytes, LIMITS)) {
        const key = entry.name.toLowerCase();
        if (wanted.has(key) && !byName.has(key)) byName.set(key, inflateEntry(bytes, entry));
      }
      return byName;
    },
    nameOf: (path) => path,
    others: () => [],
  };
}

/** Parts the gate already inflated (gate.ts `gateZipParts`): handed over, never inflated again. */
function checkedParts(parts: ReadonlyMap<string, Uint8Array>, names: ReadonlyMap<string, string>): PartSource {
  return {
    take: (wanted) => {
      const byName = new Map<string, Uint8Array>();
      for (const name of wanted) {
        const key = name.toLowerCase();
        const data = parts.get(key);
        if (data !== undefined) byName.set(key, data);
      }
      return byName;
    },
    nameOf: (path) => names.get(path.toLowerCase()) ?? path,
    *others(parsed) {
      for (const [key, data] of parts) if (!parsed.has(key)) yield [names.get(key) ?? key, data];
    },
  };
}

const endsWithType = (rel: Relationship, type: string): boolean => rel.type.endsWith(`/${type}`);

function readTable(source: PartSource, file: string, limits: ReadLimits, only?: readonly string[]): WorkbookTable {
  const budget = new WorkbookXmlBudget(limits);
  /** Parses one part with its limits; a part saxes cannot read gets the gate scanner's diagnosis. */
  const checked = <T>(path: string, data: Uint8Array, parse: (checks: PartLimits) => T): T => {
    const name = source.nameOf(path);
    try {
      return parse(budget.part(name));
    } catch (error) {
      if (error instanceof RowOverLimit || error instanceof SheetContentError) throw error;
      return diagnosePart(name, () => xmlText(data), limits, error);
    }
  };
  const workbookRelsPath = relsPathOf(WORKBOOK);
  const head = source.take([WORKBOOK, workbookRelsPath]);
  const workbookXml = head.get(WORKBOOK);
  if (!workbookXml) throw new GateError(unreadable('xl/workbook.xml tidak ada', 'xl/workbook.xml is missing'));
  const workbook = checked(WORKBOOK, workbookXml, (checks) => parseWorkbook(xmlText(workbookXml), checks));
  const relsXml = head.get(workbookRelsPath);
  const rels = relsXml ? checked(workbookRelsPath, relsXml, (checks) => parseRelationships(xmlText(relsXml), checks)) : new Map<string, Relationship>();

  const partOf = (type: string, fallback: string): string => {
    for (const rel of rels.values()) if (endsWithType(rel, type)) return resolveTarget(WORKBOOK, rel.target);
    return fallback;
  };
  const sharedStringsPath = partOf('sharedStrings', 'xl/sharedStrings.xml');
  const stylesPath = partOf('styles', 'xl/styles.xml');
  const keep = only && new Set(only.map(normalizeName));
  const sheets = workbook.sheets.flatMap((sheet) => {
    const rel = rels.get(sheet.relId);
    if (keep && !keep.has(normalizeName(sheet.name))) return [];
    return rel && endsWithType(rel, 'worksheet') ? [{ name: sheet.name, hidden: sheet.hidden, path: resolveTarget(WORKBOOK, rel.target) }] : [];
  });

  const wanted = [sharedStringsPath, stylesPath, ...sheets.flatMap((s) => [s.path, relsPathOf(s.path)])];
  // The XML parts the reader does not parse pass the gate's scanner first (small parts; a
  // hostile one is refused before the sheets are parsed), counted in the same budget.
  const parsed = new Set([WORKBOOK, workbookRelsPath, ...wanted].map((n) => n.toLowerCase()));
  for (const [name, data] of source.others(parsed)) budget.scanUnparsed(name, xmlText(data));

  const parts = source.take(wanted);
  const take = (path: string): Uint8Array | undefined => {
    const data = parts.get(path.toLowerCase());
    parts.delete(path.toLowerCase());
    return data;
  };
  const sharedStringsXml = take(sharedStringsPath);
  const stylesXml = take(stylesPath);
  const context: SheetContext = {
    sharedStrings: sharedStringsXml === undefined ? [] : checked(sharedStringsPath, sharedStringsXml, (checks) => parseSharedStrings(sharedStringsXml, checks)),
    dateStyles: stylesXml === undefined ? [] : checked(stylesPath, stylesXml, (checks) => parseDateStyles(xmlText(stylesXml), checks)),
    date1904: workbook.date1904,
    maxRow: limits.maxSheetRows,
  };

  const tables: TableSheet[] = [];
  for (const sheet of sheets) {
    // Each part is dropped once parsed, and parsed in ~1 MB pieces of text: no part is ever one big string.
    const xml = take(sheet.path);
    if (xml === undefined) continue;
    const relsPath = relsPathOf(sheet.path);
    const sheetRels = take(relsPath);
    try {
      const links = sheetRels === undefined ? NO_RELS : checked(relsPath, sheetRels, (checks) => parseRelationships(xmlText(sheetRels), checks));
      const table = checked(sheet.path, xml, (checks) => parseSheet(sheet.name, xml, links, context, checks));
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
 * Parses the parts that passed the gate (gate.ts `gateZipParts`) into the table, enforcing the XML
 * limits as it goes (xlsx-part-limits.ts: the gate's refusals, with its messages) and scanning the
 * XML parts it does not parse with the gate's scanner; throws GateError (FILE_UNREADABLE) for a
 * refusal, when the content is damaged (malformed XML, a missing workbook part, a dangling shared
 * string) or a cell sits below row `limits.maxSheetRows`. With `only`, just the sheets of those
 * names (matched as `findSheet` matches them) are parsed; the others are scanned like any part
 * the reader does not parse and left out of the table.
 */
export function parseXlsxParts(passed: Pick<GatePassed, 'parts' | 'names'>, file: string, limits: ReadLimits = DEFAULT_READ_LIMITS, only?: readonly string[]): WorkbookTable {
  return parseWith(checkedParts(passed.parts, passed.names), file, limits, only);
}

/** The same from a zip's bytes (the equivalence tests parse zips directly). */
export function parseXlsxBytes(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_READ_LIMITS): WorkbookTable {
  return parseWith(zipParts(bytes), file, limits);
}

function parseWith(source: PartSource, file: string, limits: ReadLimits, only?: readonly string[]): WorkbookTable {
  try {
    return readTable(source, file, limits, only);
  } catch (error) {
    if (error instanceof GateError) throw error;
    const detail = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error).slice(0, 200);
    throw new GateError(unreadable(`isi workbook rusak (${detail})`, `the workbook's content is damaged (${detail})`));
  }
}
