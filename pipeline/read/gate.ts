/**
 * The pre-parse gate: every input's bytes pass here before a parser sees them. It either returns
 * the bytes to parse or throws a GateError naming the refusal. Order: size → magic bytes → zip
 * directory and declared sizes → every part inflated with a bound → XML checks in one linear scan
 * per part (encoding, DTD/ENTITY, element and cell counts, sheet and defined names, merge,
 * defined-name and used-range areas; gate-xml-checks.ts, gate-scan.ts). The limits are in gate-limits.ts; docs/input-safety.md explains them.
 *
 * It returns the XML parts it inflated and checked, by lowercase name, for the reader to parse
 * directly (one inflation per part, no rebuilt zip; issue 15): a parser never sees a byte the gate
 * did not, whatever tricks the original zip plays (local headers that disagree with the central
 * directory, data hidden between entries, overlapping entries). Parse `parts`, never the original
 * file. Parts that are not XML (images, binaries) are checked against the zip limits and dropped.
 */
import type { ReadLimits } from './gate-limits';
import { checkMagic } from './gate-magic';
import { cellLimitError, checkEncoding, elementLimitError, isXmlPart, mergeLimitError, scanXmlPart, withoutRanges } from './gate-xml-checks';
import { GateError, megabytes, unreadable, unsupported } from './gate-refusal';
import { inflateEntry, listZipEntries } from './gate-zip';

export interface GatePassed {
  /** The checked (and neutralised) XML parts, inflated, by lowercase part name: what the reader parses. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
  /** Sheet names as the workbook part lists them. */
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

export function gateWorkbookBytes(bytes: Uint8Array, limits: ReadLimits): GatePassed {
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

  const decoder = new TextDecoder('utf-8');
  const parts = new Map<string, Uint8Array>();
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
    }
  }
  return { parts, sheetNames, neutralised };
}
