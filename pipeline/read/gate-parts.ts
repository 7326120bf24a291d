/**
 * Checks on the XML parts of a workbook, before any XML parser sees them:
 * - no DTD or entity declaration anywhere (XXE, "billion laughs"); OOXML never needs one;
 * - merge ranges (`<mergeCell ref>`) cover at most `maxMergedCells` cells in total: exceljs's
 *   document reader creates every covered cell;
 * - each sheet's used range (`<dimension ref>`) stays within `maxSheetCells` / `maxSheetRows`;
 * - sheet names that are JavaScript object keys (`__proto__`, `constructor`, `prototype`) are
 *   refused; defined names are removed by `stripDefinedNames` (they are never needed to read
 *   tables, and exceljs expands each one cell by cell into objects keyed by sheet name).
 */
import { parseAddress } from '../../shared/table/address';
import type { ReadLimits } from './gate-limits';
import { GateError, unreadable } from './gate-refusal';

export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Is the part's content XML (as opposed to images, binaries such as vbaProject.bin, …)? */
export function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

export function checkNoDtd(name: string, xml: string): void {
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(xml)) {
    throw new GateError(unreadable(`bagian ${name} memuat deklarasi DTD/ENTITY (ditolak demi keamanan)`, `part ${name} holds a DTD/ENTITY declaration (refused for safety)`));
  }
}

/** Rows × columns of an A1 range (`A1:C3` → 9; `B2` → 1); undefined when it is not a range. */
export function rangeArea(ref: string): { cells: number; lastRow: number } | undefined {
  const [from, to = from] = ref.split(':');
  const a = from === undefined ? undefined : parseAddress(from);
  const b = parseAddress(to ?? '');
  if (!a || !b) return undefined;
  const rows = Math.abs(b.row - a.row) + 1;
  const columns = Math.abs(b.column - a.column) + 1;
  return { cells: rows * columns, lastRow: Math.max(a.row, b.row) };
}

const ATTRIBUTE_REF = /\bref\s*=\s*"([^"]*)"/;

/** Sum of the merged areas of one sheet part. */
export function mergedCellsOf(xml: string): number {
  const start = xml.indexOf('<mergeCells');
  if (start < 0) return 0;
  let total = 0;
  const pattern = /<mergeCell\b[^>]*>/g;
  pattern.lastIndex = start;
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    if (match[0].startsWith('<mergeCells')) continue;
    const ref = ATTRIBUTE_REF.exec(match[0])?.[1];
    const area = ref === undefined ? undefined : rangeArea(ref);
    // An unreadable ref is counted as the largest possible area: it is refused, not guessed at.
    total += area ? area.cells : Number.MAX_SAFE_INTEGER;
  }
  return total;
}

export function checkSheetPart(name: string, xml: string, limits: ReadLimits): number {
  const dataStart = xml.indexOf('<sheetData');
  const head = dataStart < 0 ? xml : xml.slice(0, dataStart);
  const dimension = /<dimension\b[^>]*>/.exec(head)?.[0];
  const ref = dimension ? ATTRIBUTE_REF.exec(dimension)?.[1] : undefined;
  const area = ref === undefined ? undefined : rangeArea(ref);
  if (area && (area.cells > limits.maxSheetCells || area.lastRow > limits.maxSheetRows)) {
    throw new GateError(
      unreadable(
        `lembar ${name} menyatakan rentang terpakai ${ref} yang terlalu besar (batas ${limits.maxSheetRows} baris, ${limits.maxSheetCells} sel)`,
        `sheet ${name} declares a used range ${ref} that is too large (limit ${limits.maxSheetRows} rows, ${limits.maxSheetCells} cells)`,
      ),
    );
  }
  const dataEnd = xml.lastIndexOf('</sheetData>');
  return mergedCellsOf(dataEnd < 0 ? xml : xml.slice(dataEnd));
}

export function mergeLimitError(total: number, limits: ReadLimits): GateError {
  const shown = total >= Number.MAX_SAFE_INTEGER ? 'tak terbaca' : String(total);
  const shownEn = total >= Number.MAX_SAFE_INTEGER ? 'unreadable' : String(total);
  return new GateError(
    unreadable(
      `sel gabungan (merge) terlalu luas: ${shown} sel (batas ${limits.maxMergedCells})`,
      `merged ranges too large: ${shownEn} cells (limit ${limits.maxMergedCells})`,
    ),
  );
}

const XML_ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (m) => XML_ESCAPES[m] ?? m);

/** The sheet names of `xl/workbook.xml`; refuses names that are object keys, and too many sheets. */
export function checkWorkbookPart(xml: string, limits: ReadLimits): string[] {
  const names: string[] = [];
  for (const match of xml.matchAll(/<sheet\b[^>]*\bname\s*=\s*"([^"]*)"/g)) names.push(unescapeXml(match[1] ?? ''));
  if (names.length > limits.maxSheets) {
    throw new GateError(unreadable(`terlalu banyak lembar (${names.length}; batas ${limits.maxSheets})`, `too many sheets (${names.length}; limit ${limits.maxSheets})`));
  }
  const unsafe = names.find((n) => UNSAFE_KEYS.has(n.trim()));
  if (unsafe !== undefined) {
    throw new GateError(unreadable(`nama lembar "${unsafe}" tidak aman`, `sheet name "${unsafe}" is unsafe`));
  }
  return names;
}

/** `xl/workbook.xml` without its `<definedNames>` block (undefined when it has none). */
export function stripDefinedNames(xml: string): string | undefined {
  const stripped = xml.replace(/<definedNames\b[^>]*\/>|<definedNames\b[\s\S]*?<\/definedNames>/g, '');
  return stripped === xml ? undefined : stripped;
}
