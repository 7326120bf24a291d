/**
 * The pre-parse gate: every input's bytes pass here before a parser sees them. It either returns
 * the bytes to parse or throws a GateError naming the refusal. Order: size → magic bytes → zip
 * directory and declared sizes → every part inflated with a bound → UTF-8 and XInclude per XML part
 * (`gateZipParts`). The XML-level limits (DTD/ENTITY, element and cell counts, sheet and defined
 * names, merge, defined-name and used-range areas) are then enforced by the SAX reader as it parses
 * each part (xlsx-part-limits.ts; issue 15: one tokenisation per part), and the parts it does not
 * parse are scanned by the gate's linear scanner (gate-xml-checks.ts, gate-scan.ts).
 * `gateWorkbookBytes` runs the scanner over every part up front, for any other parser. The limits
 * are in gate-limits.ts; docs/input-safety.md explains them.
 *
 * It returns the XML parts it inflated and checked, by lowercase name, for the reader to parse
 * directly (one inflation per part, no rebuilt zip; issue 15): a parser never sees a byte the gate
 * did not, whatever tricks the original zip plays (local headers that disagree with the central
 * directory, data hidden between entries, overlapping entries). Parse `parts`, never the original
 * file. Parts that are not XML (images, binaries) are checked against the zip limits and dropped.
 */
import type { ReadLimits } from './gate-limits';
import { checkMagic } from './gate-magic';
import { cellLimitError, checkEncoding, checkEncodingOf, checkXInclude, elementLimitError, isXmlPart, mergeLimitError, scanXmlPart, withoutRanges } from './gate-xml-checks';
import { GateError, megabytes, unreadable, unsupported } from './gate-refusal';
import { inflateEntry, listZipEntries } from './gate-zip';

export interface GatePassed {
  /** The checked (and neutralised) XML parts, inflated, by lowercase part name: what the reader parses. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** Each part's name as the zip writes it, by lowercase name (for messages). */
  readonly names: ReadonlyMap<string, string>;
  /** Sheet names as the workbook part lists them (`gateWorkbookBytes` only). */
  readonly sheetNames: readonly string[];
  /** What the gate changed, for logs (e.g. `defined names removed`). */
  readonly neutralised: readonly string[];
}

/** Another Office/OpenDocument format in a zip, by its telltale part. */
function otherZipFormat(names: ReadonlySet<string>): ReturnType<typeof unsupported> | undefined {
  if (names.has('xl/workbook.bin')) return unsupported('Excel Binary (.xlsb)');
  if (names.has('word/document.xml')) return unsupported('Word (.docx)');
  if (names.has('ppt/presentation.xml')) return unsupported('PowerPoint (.pptx)');
  if (names.has('content.xml') && names.has('mimetype')) return unsupported('OpenDocument (.ods)');
  return undefined;
}

/** The zip-level gate: size, magic, directory, entry names, bombs; every part inflated with a bound. */
function zipEntries(bytes: Uint8Array, limits: ReadLimits): ReturnType<typeof listZipEntries> {
  if (bytes.byteLength > limits.maxFileBytes) {
    throw new GateError(unreadable(`berkas terlalu besar (${megabytes(bytes.byteLength)}; batas ${megabytes(limits.maxFileBytes)})`, `file too large (${megabytes(bytes.byteLength)}; limit ${megabytes(limits.maxFileBytes)})`));
  }
  const magic = checkMagic(bytes);
  if (magic) throw new GateError(magic);

  const entries = listZipEntries(bytes, limits);
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (!names.has('xl/workbook.xml')) {
    throw new GateError(otherZipFormat(names) ?? unreadable('berkas zip ini bukan workbook Excel (xl/workbook.xml tidak ada)', 'this zip is not an Excel workbook (no xl/workbook.xml)'));
  }
  return entries;
}

/**
 * The gate for the SAX reader (issue 15): the zip-level checks, every part inflated with a bound,
 * and per XML part the checks that need no parse (UTF-8, no XInclude). The XML-level limits (DTD,
 * elements, cells, rows, merges, used ranges, sheet and defined names) are enforced by
 * `parseXlsxParts` as it parses (xlsx-part-limits.ts): give these parts to no other parser.
 */
export function gateZipParts(bytes: Uint8Array, limits: ReadLimits): GatePassed {
  const parts = new Map<string, Uint8Array>();
  const names = new Map<string, string>();
  for (const entry of zipEntries(bytes, limits)) {
    if (entry.name.endsWith('/')) continue;
    const data = inflateEntry(bytes, entry);
    if (!isXmlPart(entry.name, data)) continue;
    checkEncodingOf(entry.name, data);
    checkXInclude(entry.name, data);
    const key = entry.name.toLowerCase();
    parts.set(key, data);
    names.set(key, entry.name);
  }
  return { parts, names, sheetNames: [], neutralised: [] };
}

/**
 * The whole gate, XML checks included (one linear scan per part, gate-xml-checks.ts), for a parser
 * that does not enforce them itself; defined names are removed. The pipeline reads through
 * `gateZipParts` and the SAX reader instead.
 */
export function gateWorkbookBytes(bytes: Uint8Array, limits: ReadLimits): GatePassed {
  const entries = zipEntries(bytes, limits);
  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, Uint8Array>();
  const partNames = new Map<string, string>();
  const neutralised: string[] = [];
  let sheetNames: string[] = [];
  let merged = 0;
  let cells = 0;
  let elements = 0;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    let data = inflateEntry(bytes, entry);
    if (isXmlPart(entry.name, data)) {
      const xml = decoder.decode(data);
      checkEncoding(entry.name, data, xml);
      // One linear pass per part: DTD/ENTITY, tags, names, areas, counts (gate-xml-checks.ts).
      const facts = scanXmlPart(entry.name, xml, limits);
      if (facts.isWorkbook) {
        if (facts.sheetNames.length > 0) sheetNames = [...facts.sheetNames];
        if (facts.definedNames.length > 0) {
          data = new TextEncoder().encode(withoutRanges(xml, facts.definedNames));
          neutralised.push(`defined names removed from ${entry.name}`);
        }
      }
      if (facts.isSheet) {
        merged += facts.merged;
        cells += facts.cells;
        if (cells > limits.maxCells) throw cellLimitError(limits);
        if (merged > limits.maxMergedCells) throw mergeLimitError(merged, limits);
      }
      elements += facts.elements;
      if (elements > limits.maxXmlElements) throw elementLimitError(limits);
      parts.set(entry.name.toLowerCase(), data);
      partNames.set(entry.name.toLowerCase(), entry.name);
    }
  }
  return { parts, names: partNames, sheetNames, neutralised };
}
