/**
 * Checks on the XML parts of a workbook, before any XML parser sees them, in one linear pass per
 * part (gate-scan.ts: no regular expression with backtracking runs over a part, so no text buys
 * more than linear time). The scan reads tags as an XML parser does: namespace prefixes
 * (`<x:mergeCell>`), single-quoted attributes, `>` inside attribute values, character references
 * in names (`&#95;_proto__`). Whatever it cannot read is refused, never guessed at.
 * - the part is UTF-8 (what every spreadsheet application writes); no DTD or entity declaration
 *   (XXE, "billion laughs") and no XInclude anywhere; OOXML never needs them;
 * - XML elements over all parts stay within `maxXmlElements`, cells within `maxCells`;
 * - merge ranges (`<mergeCell ref>`) cover at most `maxMergedCells` cells in total: exceljs's
 *   document reader creates every covered cell;
 * - each sheet's used range (`<dimension ref>`) and its real rows stay within `maxSheetCells` /
 *   `maxSheetRows` (the highest row a cell really uses is checked by the reader, xlsx-sheet.ts,
 *   with the same message, so a stray cell far down is refused alike with or without `<dimension>`);
 * - sheet names and defined names that are JavaScript object keys (`__proto__`, `constructor`,
 *   `prototype`) are refused, and so are defined names on such sheets, defined names covering
 *   more than `maxDefinedNameCells` cells, and defined names longer than Excel allows (a name of
 *   255 characters, a formula of 8,192); the remaining defined names are then removed (reading
 *   tables never needs them, and exceljs expands each one cell by cell into objects keyed by sheet
 *   name).
 */
import { parseAddress } from '../../shared';
import type { ReadLimits } from './gate-limits';
import { GateError, unreadable } from './gate-refusal';
import { MalformedXml, scanAttributes, scanTags, unescapeXml, type ScannedTag } from './gate-scan';

export { unescapeXml };

export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Excel's own limits: a defined name has at most 255 characters, a formula at most 8,192. */
export const MAX_DEFINED_NAME_LENGTH = 255;
export const MAX_FORMULA_LENGTH = 8_192;

const refuse = (id: string, en: string): GateError => new GateError(unreadable(id, en));

/** A text from the file as a message shows it: at most 60 characters. */
const shown = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
const thousands = (n: number): string => n.toLocaleString('id-ID');

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

/** Refuses XML that is not UTF-8: a UTF-16 part, or a declaration naming another encoding (only the first 256 characters are read). */
export function checkEncoding(name: string, data: Uint8Array, xml: string): void {
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff) || data[0] === 0x00 || data[1] === 0x00;
  const declared = /^\uFEFF?\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']*)["']/i.exec(xml.slice(0, 256))?.[1];
  if (utf16 || (declared !== undefined && !/^(utf-?8|us-ascii|ascii)$/i.test(declared.trim()))) {
    throw refuse(`bagian ${name} tidak berenkode UTF-8`, `part ${name} is not UTF-8 encoded`);
  }
}

/** XInclude anywhere in a part (a byte search, as the scanner's text search: the namespace is ASCII). */
export function checkXInclude(name: string, data: Uint8Array): void {
  if (Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(XINCLUDE)) throw xincludeError(name);
}

const XINCLUDE = 'http://www.w3.org/2001/XInclude';

function xincludeError(name: string): GateError {
  return refuse(`bagian ${name} memuat XInclude (ditolak demi keamanan)`, `part ${name} uses XInclude (refused for safety)`);
}

/** checkEncoding on the part's first bytes only (the declaration is in its first 256 characters). */
export function checkEncodingOf(name: string, data: Uint8Array): void {
  checkEncoding(name, data, Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, 1024)).toString('utf8'));
}

export function dtdError(name: string): GateError {
  return refuse(`bagian ${name} memuat deklarasi DTD/ENTITY (ditolak demi keamanan)`, `part ${name} holds a DTD/ENTITY declaration (refused for safety)`);
}

/** The attributes of one tag given as text (`<x:sheet name='a' r:id="rId1"/>`), keyed by local name. */
export function tagAttributes(tag: string): Map<string, string> {
  let found: Map<string, string> = new Map();
  scanTags(tag, (t) => {
    found = scanAttributes(tag, t);
    return false;
  });
  return found;
}

// ── Areas ────────────────────────────────────────────────────────────────────────────────────

/** Rows × columns of an A1 range (`A1:C3` → 9; `B2` → 1; `$A$1:$B$2` → 4); undefined when it is not a range. */
export function rangeArea(ref: string): { cells: number; lastRow: number } | undefined {
  if (ref.length > 40) return undefined;
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

export function mergeLimitError(total: number, limits: ReadLimits): GateError {
  const shownTotal = total >= Number.MAX_SAFE_INTEGER ? 'tak terbaca' : String(total);
  const shownEn = total >= Number.MAX_SAFE_INTEGER ? 'unreadable' : String(total);
  return refuse(`sel gabungan (merge) terlalu luas: ${shownTotal} sel (batas ${limits.maxMergedCells})`, `merged ranges too large: ${shownEn} cells (limit ${limits.maxMergedCells})`);
}

export function cellLimitError(limits: ReadLimits): GateError {
  return refuse(`workbook punya terlalu banyak sel (lebih dari ${limits.maxCells})`, `the workbook has too many cells (over ${limits.maxCells})`);
}

export function elementLimitError(limits: ReadLimits): GateError {
  return refuse(`isi XML workbook terlalu banyak elemen (lebih dari ${limits.maxXmlElements})`, `the workbook's XML has too many elements (over ${limits.maxXmlElements})`);
}

/** A sheet uses a row beyond `maxSheetRows`: the same refusal from the gate (`<dimension>`) and the reader (a real cell). */
export function rowLimitError(sheet: string, row: number, limits: ReadLimits, usedRange?: string): GateError {
  const range = usedRange === undefined ? '' : `rentang terpakai ${shown(usedRange)}; `;
  const rangeEn = usedRange === undefined ? '' : `used range ${shown(usedRange)}; `;
  return refuse(
    `lembar ${shown(sheet)} memakai baris ${row} (${range}batas ${thousands(limits.maxSheetRows)} baris); hapus isi dan format di bawah tabel, simpan, lalu kirim lagi`,
    `sheet ${shown(sheet)} uses row ${row} (${rangeEn}limit ${limits.maxSheetRows} rows); delete the content and formats below the table, save and resubmit`,
  );
}

// ── Defined-name formulas ────────────────────────────────────────────────────────────────────

/** A reference after `Sheet!`: bounded in length, so this sticky pattern costs constant time wherever it is tried. */
const REFERENCE = /\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?|\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d{1,7}:\$?\d{1,7}/iy;
/** Characters that end an unquoted sheet name in a formula. */
const NAME_STOP = new Set([...` \t\r\n'!,()=+-*/&^<>;:"`].map((c) => c.charCodeAt(0)));

function referenceAt(formula: string, at: number): string | undefined {
  REFERENCE.lastIndex = at;
  return REFERENCE.exec(formula)?.[0];
}

/**
 * The sheet references of a defined name's formula (`Sheet!A1:B2`, `'My Sheet'!$A:$A`,
 * `[1]Sheet!A1`), read left to right in one pass: quoted names (with `''`), string literals
 * skipped, unquoted names as runs of name characters.
 */
export function formulaReferences(formula: string): { sheet: string; ref: string }[] {
  const found: { sheet: string; ref: string }[] = [];
  let i = 0;
  const take = (sheet: string, bang: number): void => {
    const ref = formula.charCodeAt(bang) === 0x21 ? referenceAt(formula, bang + 1) : undefined;
    if (ref !== undefined) found.push({ sheet: sheet.replace(/^\[\d{1,10}\]/, ''), ref });
  };
  while (i < formula.length) {
    const code = formula.charCodeAt(i);
    if (code === 0x27 || code === 0x22) {
      // 'quoted sheet name' or "string literal"; a doubled quote stays inside.
      const quote = code === 0x27 ? "'" : '"';
      let name = '';
      let j = i + 1;
      for (;;) {
        const close = formula.indexOf(quote, j);
        if (close < 0) return found;
        name += formula.slice(j, close);
        if (formula[close + 1] === quote) {
          name += quote;
          j = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      if (quote === "'") take(name, i);
    } else if (!NAME_STOP.has(code)) {
      const start = i;
      while (i < formula.length && !NAME_STOP.has(formula.charCodeAt(i))) i++;
      take(formula.slice(start, i), i);
    } else {
      i++;
    }
  }
  return found;
}

/** More rows in one part than `maxSheetRows` (`name` is the part). */
export function rowsLimitError(name: string, limits: ReadLimits): GateError {
  return refuse(`lembar ${name} punya terlalu banyak baris (lebih dari ${thousands(limits.maxSheetRows)})`, `sheet ${name} has too many rows (over ${limits.maxSheetRows})`);
}

/** A `<dimension ref>` over `maxSheetCells` (`name` is the part). */
export function usedRangeError(name: string, ref: string, limits: ReadLimits): GateError {
  return refuse(
    `lembar ${name} menyatakan rentang terpakai ${shown(ref)} yang terlalu besar (batas ${limits.maxSheetRows} baris, ${limits.maxSheetCells} sel)`,
    `sheet ${name} declares a used range ${shown(ref)} that is too large (limit ${limits.maxSheetRows} rows, ${limits.maxSheetCells} cells)`,
  );
}

export function sheetsLimitError(limits: ReadLimits): GateError {
  return refuse(`terlalu banyak lembar (lebih dari ${limits.maxSheets})`, `too many sheets (over ${limits.maxSheets})`);
}

export function definedNameCellsError(limits: ReadLimits): GateError {
  return refuse(`nama terdefinisi mencakup terlalu banyak sel (lebih dari ${limits.maxDefinedNameCells})`, `defined names cover too many cells (over ${limits.maxDefinedNameCells})`);
}

const unsafeName = (name: string): boolean => UNSAFE_KEYS.has(name.trim());

/** A sheet name that is an object key (`__proto__`, …) is refused. */
export function checkSheetName(sheetName: string): void {
  if (unsafeName(sheetName)) throw refuse(`nama lembar "${shown(sheetName)}" tidak aman`, `sheet name "${shown(sheetName)}" is unsafe`);
}

/** A defined name (its `name` attribute, unescaped) longer than Excel allows, or an object key, is refused. */
export function checkDefinedName(definedName: string): void {
  if (definedName.length > MAX_DEFINED_NAME_LENGTH) {
    throw refuse(
      `nama terdefinisi terlalu panjang (${thousands(definedName.length)} karakter; Excel membatasi ${MAX_DEFINED_NAME_LENGTH})`,
      `a defined name is too long (${definedName.length} characters; Excel allows ${MAX_DEFINED_NAME_LENGTH})`,
    );
  }
  if (unsafeName(definedName) || unsafeName(definedName.replace(/^_xlnm\./i, ''))) {
    throw refuse(`nama terdefinisi "${definedName}" tidak aman`, `defined name "${definedName}" is unsafe`);
  }
}

/**
 * A defined name's formula (unescaped): refused over Excel's length or when it refers to an unsafe
 * sheet; else the cells its references cover (for `maxDefinedNameCells`).
 */
export function definedNameFormulaCells(nameText: string, formula: string): number {
  if (formula.length > MAX_FORMULA_LENGTH) {
    throw refuse(
      `rumus nama terdefinisi "${shown(nameText)}" terlalu panjang (${thousands(formula.length)} karakter; Excel membatasi ${thousands(MAX_FORMULA_LENGTH)})`,
      `the formula of defined name "${shown(nameText)}" is too long (${formula.length} characters; Excel allows ${MAX_FORMULA_LENGTH})`,
    );
  }
  let cells = 0;
  for (const { sheet, ref } of formulaReferences(formula)) {
    if (unsafeName(sheet)) throw refuse(`nama terdefinisi "${shown(nameText)}" merujuk lembar "${shown(sheet)}" yang tidak aman`, `defined name "${shown(nameText)}" refers to the unsafe sheet "${shown(sheet)}"`);
    cells += referenceArea(ref) ?? 0;
  }
  return cells;
}

// ── One part ─────────────────────────────────────────────────────────────────────────────────

/** What the scan of one XML part found. */
export interface PartFacts {
  /** XML start tags. */
  readonly elements: number;
  /** The part lists sheets or defined names (the workbook part, whatever its name). */
  readonly isWorkbook: boolean;
  /** The part has sheet data, merges or a used range (a worksheet). */
  readonly isSheet: boolean;
  /** Sheet names, in order (workbook part). */
  readonly sheetNames: readonly string[];
  /** `<c>` elements. */
  readonly cells: number;
  /** Cells covered by merge ranges (a merge whose ref cannot be read counts as the largest area). */
  readonly merged: number;
  /** The `<definedNames>` blocks, as [start, end) text ranges, for `withoutRanges`. */
  readonly definedNames: readonly (readonly [number, number])[];
}

/**
 * Scans one XML part, refusing (GateError) anything over a per-part limit: DTD/ENTITY, XInclude,
 * malformed tags, too many sheets, unsafe sheet or defined names, defined names over Excel's
 * lengths or the area cap, a used range or row count over the sheet limits.
 */
export function scanXmlPart(name: string, xml: string, limits: ReadLimits): PartFacts {
  if (xml.includes(XINCLUDE)) throw xincludeError(name);
  let elements = 0;
  let isWorkbook = false;
  let isSheet = false;
  const sheetNames: string[] = [];
  let cells = 0;
  let rows = 0;
  let merged = 0;
  let definedNameCells = 0;
  const definedNames: [number, number][] = [];
  let blockStart = -1;
  let open: { name: string; bodyStart: number } | undefined;

  const closeDefinedName = (nameText: string, body: string): void => {
    definedNameCells += definedNameFormulaCells(nameText, unescapeXml(body));
    if (definedNameCells > limits.maxDefinedNameCells) throw definedNameCellsError(limits);
  };

  const visit = (tag: ScannedTag): void => {
    if (tag.closing) {
      if (tag.local === 'definedName' && open) {
        closeDefinedName(open.name, xml.slice(open.bodyStart, tag.start));
        open = undefined;
      } else if (tag.local === 'definedNames' && blockStart >= 0) {
        definedNames.push([blockStart, tag.end]);
        blockStart = -1;
      }
      return;
    }
    if (++elements > limits.maxXmlElements) throw elementLimitError(limits);
    switch (tag.local) {
      case 'c':
        if (++cells > limits.maxCells) throw cellLimitError(limits);
        return;
      case 'row':
        if (++rows > limits.maxSheetRows) throw rowsLimitError(name, limits);
        return;
      case 'sheetData':
        isSheet = true;
        return;
      case 'mergeCell': {
        isSheet = true;
        const ref = scanAttributes(xml, tag).get('ref');
        const area = ref === undefined ? undefined : rangeArea(ref);
        merged = Math.min(Number.MAX_SAFE_INTEGER, merged + (area ? area.cells : Number.MAX_SAFE_INTEGER));
        return;
      }
      case 'dimension': {
        isSheet = true;
        const ref = scanAttributes(xml, tag).get('ref');
        const area = ref === undefined ? undefined : rangeArea(ref);
        if (area && area.lastRow > limits.maxSheetRows) throw rowLimitError(name, area.lastRow, limits, ref);
        if (area && area.cells > limits.maxSheetCells) throw usedRangeError(name, ref!, limits);
        return;
      }
      case 'sheets':
        isWorkbook = true;
        return;
      case 'sheet': {
        isWorkbook = true;
        const sheetName = scanAttributes(xml, tag).get('name') ?? '';
        checkSheetName(sheetName);
        sheetNames.push(sheetName);
        if (sheetNames.length > limits.maxSheets) throw sheetsLimitError(limits);
        return;
      }
      case 'definedNames':
        isWorkbook = true;
        if (tag.selfClosing) definedNames.push([tag.start, tag.end]);
        else blockStart = tag.start;
        return;
      case 'definedName': {
        isWorkbook = true;
        const definedName = scanAttributes(xml, tag).get('name') ?? '';
        checkDefinedName(definedName);
        if (tag.selfClosing) closeDefinedName(definedName, '');
        else open = { name: definedName, bodyStart: tag.end };
        return;
      }
    }
  };

  try {
    scanTags(xml, visit, () => {
      throw dtdError(name);
    });
  } catch (error) {
    if (error instanceof MalformedXml) throw refuse(`bagian ${name} bukan XML yang sah: ${error.id}`, `part ${name} is not well-formed XML: ${error.en}`);
    throw error;
  }
  // An unclosed definedName still has its formula checked (up to the end of the part).
  if (open) closeDefinedName(open.name, xml.slice(open.bodyStart));
  if (elements > limits.maxXmlElements) throw elementLimitError(limits);
  return { elements, isWorkbook, isSheet, sheetNames, cells, merged, definedNames };
}

/** `xml` without the given [start, end) ranges (sorted, not overlapping). */
export function withoutRanges(xml: string, ranges: readonly (readonly [number, number])[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += xml.slice(at, start);
    at = end;
  }
  return out + xml.slice(at);
}
