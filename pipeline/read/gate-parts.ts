/**
 * Checks on the XML parts of a workbook, before any XML parser sees them. The checks read tags
 * with patterns that accept what an XML parser accepts and a naive pattern would miss: namespace
 * prefixes (`<x:mergeCell>`), single-quoted attributes, `>` inside attribute values, character
 * references in names (`&#95;_proto__`). Whatever they cannot read is refused, never guessed at.
 * - the part is UTF-8 (what every spreadsheet application writes); no DTD or entity declaration
 *   (XXE, "billion laughs") and no XInclude anywhere; OOXML never needs them;
 * - XML elements over all parts stay within `maxXmlElements`, cells within `maxCells`;
 * - merge ranges (`<mergeCell ref>`) cover at most `maxMergedCells` cells in total: exceljs's
 *   document reader creates every covered cell;
 * - each sheet's used range (`<dimension ref>`) and its real rows stay within `maxSheetCells` /
 *   `maxSheetRows`;
 * - sheet names and defined names that are JavaScript object keys (`__proto__`, `constructor`,
 *   `prototype`) are refused, and so are defined names on such sheets and defined names covering
 *   more than `maxDefinedNameCells` cells; the remaining defined names are then removed by
 *   `stripDefinedNames` (reading tables never needs them, and exceljs expands each one cell by
 *   cell into objects keyed by sheet name).
 */
import { parseAddress } from '../../shared/table/address';
import type { ReadLimits } from './gate-limits';
import { GateError, unreadable } from './gate-refusal';

export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

const refuse = (id: string, en: string): GateError => new GateError(unreadable(id, en));

/** Is the part's content XML (as opposed to images, binaries such as vbaProject.bin, …)? By name or by its first byte. */
export function isXmlPart(name: string, data?: Uint8Array): boolean {
  if (/\.(xml|rels|vml)$/i.test(name)) return true;
  // Images (an SVG may carry a DOCTYPE) are never parsed as XML.
  if (!data || /\.(svg|png|jpe?g|gif|emf|wmf|bmp|tiff?|bin)$/i.test(name)) return false;
  let at = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (at < data.length && at < 64 && (data[at] === 0x20 || data[at] === 0x09 || data[at] === 0x0a || data[at] === 0x0d)) at++;
  // `<`, or UTF-16 (BOM or `<` NUL / NUL `<`) which checkEncoding refuses.
  return data[at] === 0x3c || (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || (data[0] === 0x00 && data[1] === 0x3c);
}

/** Refuses XML that is not UTF-8: a UTF-16 part, or a declaration naming another encoding. */
export function checkEncoding(name: string, data: Uint8Array, xml: string): void {
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || data[0] === 0x00 || data[1] === 0x00;
  const declared = /^\uFEFF?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']*)["']/i.exec(xml.slice(0, 256))?.[1];
  if (utf16 || (declared !== undefined && !/^(utf-?8|us-ascii|ascii)$/i.test(declared.trim()))) {
    throw refuse(`bagian ${name} tidak berenkode UTF-8`, `part ${name} is not UTF-8 encoded`);
  }
}

export function checkNoDtd(name: string, xml: string): void {
  if (/<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i.test(xml)) {
    throw refuse(`bagian ${name} memuat deklarasi DTD/ENTITY (ditolak demi keamanan)`, `part ${name} holds a DTD/ENTITY declaration (refused for safety)`);
  }
  if (xml.includes('http://www.w3.org/2001/XInclude')) {
    throw refuse(`bagian ${name} memuat XInclude (ditolak demi keamanan)`, `part ${name} uses XInclude (refused for safety)`);
  }
}

// ── Reading tags ─────────────────────────────────────────────────────────────────────────────

/** A start (or empty) tag named `local`, with any namespace prefix; attribute values may hold `>`. */
function tagPattern(local: string): RegExp {
  return new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');
}

/** Counts the start tags named `local` (any prefix). */
function countTags(xml: string, local: string): number {
  let count = 0;
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])`, 'g');
  while (pattern.exec(xml)) count++;
  return count;
}

/** XML start tags (`<name`), over the whole part. */
export function countElements(xml: string): number {
  let count = 0;
  const pattern = /<[A-Za-z_]/g;
  while (pattern.exec(xml)) count++;
  return count;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entity and character references resolved. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
    }
    return NAMED_ENTITIES[body] ?? reference;
  });
}

/** The attributes of one tag, keyed by local name (prefix dropped), values unescaped. */
export function tagAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const local = match[1]!.includes(':') ? match[1]!.slice(match[1]!.indexOf(':') + 1) : match[1]!;
    attributes.set(local, unescapeXml(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

/** Each tag named `local` (any prefix) of `xml`, as its attributes. */
function tagsOf(xml: string, local: string): Map<string, string>[] {
  return [...xml.matchAll(tagPattern(local))].map((m) => tagAttributes(m[0]));
}

const hasTag = (xml: string, local: string): boolean => new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])`).test(xml);

// ── Areas ────────────────────────────────────────────────────────────────────────────────────

/** Rows × columns of an A1 range (`A1:C3` → 9; `B2` → 1; `$A$1:$B$2` → 4); undefined when it is not a range. */
export function rangeArea(ref: string): { cells: number; lastRow: number } | undefined {
  const [from, to = from] = ref.replace(/\$/g, '').split(':');
  const a = from === undefined ? undefined : parseAddress(from);
  const b = parseAddress(to ?? '');
  if (!a || !b) return undefined;
  const rows = Math.abs(b.row - a.row) + 1;
  const columns = Math.abs(b.column - a.column) + 1;
  return { cells: rows * columns, lastRow: Math.max(a.row, b.row) };
}

/** Cells of a defined name's reference area: `A1:B2`, whole columns `A:C`, whole rows `1:5`. */
function referenceArea(ref: string): number | undefined {
  const plain = ref.replace(/\$/g, '');
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(plain);
  if (columns) {
    const a = parseAddress(`${columns[1]}1`);
    const b = parseAddress(`${columns[2]}1`);
    return a && b ? (Math.abs(b.column - a.column) + 1) * MAX_ROWS : undefined;
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(plain);
  if (rows) return (Math.abs(Number(rows[2]) - Number(rows[1])) + 1) * MAX_COLUMNS;
  return rangeArea(plain)?.cells;
}

/** Sum of the merged areas of one sheet part (a merge whose ref cannot be read counts as the largest area). */
export function mergedCellsOf(xml: string): number {
  let total = 0;
  for (const attributes of tagsOf(xml, 'mergeCell')) {
    const ref = attributes.get('ref');
    const area = ref === undefined ? undefined : rangeArea(ref);
    total += area ? area.cells : Number.MAX_SAFE_INTEGER;
  }
  return total;
}

export function mergeLimitError(total: number, limits: ReadLimits): GateError {
  const shown = total >= Number.MAX_SAFE_INTEGER ? 'tak terbaca' : String(total);
  const shownEn = total >= Number.MAX_SAFE_INTEGER ? 'unreadable' : String(total);
  return refuse(`sel gabungan (merge) terlalu luas: ${shown} sel (batas ${limits.maxMergedCells})`, `merged ranges too large: ${shownEn} cells (limit ${limits.maxMergedCells})`);
}

// ── Sheets ───────────────────────────────────────────────────────────────────────────────────

export interface SheetCounts {
  /** Cells covered by merge ranges. */
  readonly merged: number;
  /** `<c>` elements. */
  readonly cells: number;
}

/** Is this part a worksheet (it has sheet data or merges)? */
export function isSheetPart(xml: string): boolean {
  return hasTag(xml, 'sheetData') || hasTag(xml, 'mergeCell') || hasTag(xml, 'dimension');
}

export function checkSheetPart(name: string, xml: string, limits: ReadLimits): SheetCounts {
  for (const dimension of tagsOf(xml, 'dimension')) {
    const ref = dimension.get('ref');
    const area = ref === undefined ? undefined : rangeArea(ref);
    if (area && (area.cells > limits.maxSheetCells || area.lastRow > limits.maxSheetRows)) {
      throw refuse(
        `lembar ${name} menyatakan rentang terpakai ${ref} yang terlalu besar (batas ${limits.maxSheetRows} baris, ${limits.maxSheetCells} sel)`,
        `sheet ${name} declares a used range ${ref} that is too large (limit ${limits.maxSheetRows} rows, ${limits.maxSheetCells} cells)`,
      );
    }
  }
  const rows = countTags(xml, 'row');
  if (rows > limits.maxSheetRows) {
    throw refuse(`lembar ${name} punya terlalu banyak baris (${rows}; batas ${limits.maxSheetRows})`, `sheet ${name} has too many rows (${rows}; limit ${limits.maxSheetRows})`);
  }
  return { merged: mergedCellsOf(xml), cells: countTags(xml, 'c') };
}

export function cellLimitError(limits: ReadLimits): GateError {
  return refuse(`workbook punya terlalu banyak sel (lebih dari ${limits.maxCells})`, `the workbook has too many cells (over ${limits.maxCells})`);
}

export function elementLimitError(limits: ReadLimits): GateError {
  return refuse(`isi XML workbook terlalu banyak elemen (lebih dari ${limits.maxXmlElements})`, `the workbook's XML has too many elements (over ${limits.maxXmlElements})`);
}

// ── The workbook part ────────────────────────────────────────────────────────────────────────

/** Does this part list sheets or defined names (the workbook part, whatever its name)? */
export function isWorkbookPart(xml: string): boolean {
  return hasTag(xml, 'sheets') || hasTag(xml, 'sheet') || hasTag(xml, 'definedName');
}

const unsafeName = (name: string): boolean => UNSAFE_KEYS.has(name.trim());

/** The sheet names of a workbook part; refuses names that are object keys, and too many sheets. */
export function checkWorkbookPart(xml: string, limits: ReadLimits): string[] {
  const names = tagsOf(xml, 'sheet').map((attributes) => attributes.get('name') ?? '');
  if (names.length > limits.maxSheets) {
    throw refuse(`terlalu banyak lembar (${names.length}; batas ${limits.maxSheets})`, `too many sheets (${names.length}; limit ${limits.maxSheets})`);
  }
  const unsafe = names.find(unsafeName);
  if (unsafe !== undefined) throw refuse(`nama lembar "${unsafe}" tidak aman`, `sheet name "${unsafe}" is unsafe`);
  checkDefinedNames(xml, limits);
  return names;
}

/** The sheet references of a defined name's formula: `Sheet!A1:B2`, `'My Sheet'!$A:$A`, `[1]Sheet!A1`. */
function* references(formula: string): Generator<{ sheet: string; ref: string }> {
  const pattern = /(?:'((?:[^']|'')+)'|([^\s'!,()=+\-*/&^<>;:"]+))!(\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d{1,7}:\$?\d{1,7})/gi;
  for (const match of formula.matchAll(pattern)) {
    const sheet = (match[1]?.replace(/''/g, "'") ?? match[2] ?? '').replace(/^\[\d+\]/, '');
    yield { sheet, ref: match[3]! };
  }
}

/**
 * Defined names: refuses a name that is an object key, a name on a sheet whose name is one, and
 * names covering more than `maxDefinedNameCells` cells together.
 */
export function checkDefinedNames(xml: string, limits: ReadLimits): void {
  let total = 0;
  const start = tagPattern('definedName');
  const close = /<\/(?:[A-Za-z_][\w.-]*:)?definedName\s*>/g;
  for (let match = start.exec(xml); match; match = start.exec(xml)) {
    const tag = match[0];
    let body = '';
    if (!tag.endsWith('/>')) {
      close.lastIndex = start.lastIndex;
      const end = close.exec(xml);
      body = xml.slice(start.lastIndex, end ? end.index : xml.length);
    }
    const name = tagAttributes(tag).get('name') ?? '';
    if (unsafeName(name) || unsafeName(name.replace(/^_xlnm\./i, ''))) {
      throw refuse(`nama terdefinisi "${name}" tidak aman`, `defined name "${name}" is unsafe`);
    }
    for (const { sheet, ref } of references(unescapeXml(body))) {
      if (unsafeName(sheet)) throw refuse(`nama terdefinisi "${name}" merujuk lembar "${sheet}" yang tidak aman`, `defined name "${name}" refers to the unsafe sheet "${sheet}"`);
      total += referenceArea(ref) ?? 0;
    }
    if (total > limits.maxDefinedNameCells) {
      throw refuse(
        `nama terdefinisi mencakup terlalu banyak sel (lebih dari ${limits.maxDefinedNameCells})`,
        `defined names cover too many cells (over ${limits.maxDefinedNameCells})`,
      );
    }
  }
}

/** The workbook part without its `<definedNames>` block (undefined when it has none). */
export function stripDefinedNames(xml: string): string | undefined {
  const prefix = '(?:[A-Za-z_][\\w.-]*:)?';
  const pattern = new RegExp(`<${prefix}definedNames(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*\\/>|<${prefix}definedNames(?=[\\s/>])[\\s\\S]*?<\\/${prefix}definedNames\\s*>`, 'g');
  const stripped = xml.replace(pattern, '');
  return stripped === xml ? undefined : stripped;
}
