/**
 * The small parts of an .xlsx, parsed with saxes: relationships, the workbook (sheet order, names,
 * 1904 date system), styles (which cell formats are dates) and the shared strings. Every map keyed
 * by text from the file is a `Map`, never a plain object, so no name can reach a prototype.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { BLANK, type CellValue } from '../../shared';
import { isDateFormat } from './xlsx-dates';
import type { PartLimits } from './xlsx-part-limits';

/** UTF-8 bytes → text, without a byte-order mark. */
export function xmlText(bytes: Uint8Array): string {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const CHUNK = 1 << 20;

/**
 * UTF-8 bytes → text in ~1 MB pieces (cut between characters), without a byte-order mark: a big
 * part never becomes one big string, so memory grows gradually (a worker over its memory limit is
 * then stopped cleanly rather than failing one huge allocation) and peaks lower.
 */
export function* xmlChunks(bytes: Uint8Array): Generator<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  while (start < buffer.length) {
    let end = Math.min(start + CHUNK, buffer.length);
    if (end < buffer.length) while (end > start && (buffer[end]! & 0xc0) === 0x80) end--;
    yield buffer.toString('utf8', start, end);
    start = end;
  }
}

/** The element name without its namespace prefix (`x:c` → `c`). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A parser; with `checks`, a DOCTYPE is the gate's DTD refusal (xlsx-part-limits.ts). */
export function newParser(checks?: PartLimits): SaxesParser<{}> {
  const parser = new SaxesParser({ position: false });
  if (checks) parser.on('doctype', () => checks.doctype());
  return parser;
}

/**
 * Runs a parser over a whole part; saxes throws on malformed XML. With `checks`, every tag and the
 * text they need go through the part's limits (xlsx-part-limits.ts) as the parse goes.
 */
export function parseXml(xml: string, onOpen: (tag: SaxesTagPlain) => void, onClose?: (name: string) => void, onText?: (text: string) => void, checks?: PartLimits): void {
  const parser = newParser(checks);
  parser.on(
    'opentag',
    checks
      ? (tag) => {
          checks.open(localName(tag.name), tag.attributes);
          onOpen(tag);
        }
      : onOpen,
  );
  if (onClose || checks) {
    parser.on('closetag', (tag) => {
      const local = localName(tag.name);
      checks?.close(local);
      onClose?.(local);
    });
  }
  if (onText || checks) {
    const text = (t: string): void => {
      if (checks?.capturing) checks.text(t);
      onText?.(t);
    };
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(xml).close();
  checks?.end();
}

/** An attribute by local name (`r:id` → `id` with any prefix). */
export function prefixedAttribute(tag: SaxesTagPlain, local: string): string | undefined {
  for (const [name, value] of Object.entries(tag.attributes)) {
    const colon = name.indexOf(':');
    if (colon > 0 && name.slice(colon + 1) === local && name.slice(0, colon) !== 'xmlns') return value;
  }
  return undefined;
}

export interface Relationship {
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function parseRelationships(xml: string, checks?: PartLimits): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXml(
    xml,
    (tag) => {
      if (localName(tag.name) !== 'Relationship') return;
      const { Id: id, Type: type = '', Target: target = '', TargetMode: mode = '' } = tag.attributes;
      if (id !== undefined) rels.set(id, { type, target, external: mode.toLowerCase() === 'external' });
    },
    undefined,
    undefined,
    checks,
  );
  return rels;
}

/** The zip path a relationship of part `from` points to (`worksheets/sheet1.xml` from `xl/workbook.xml` → `xl/worksheets/sheet1.xml`). */
export function resolveTarget(from: string, target: string): string {
  const segments = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** The `.rels` part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface WorkbookSheet {
  readonly name: string;
  readonly relId: string;
  /** `state="hidden"` or `"veryHidden"`. */
  readonly hidden: boolean;
}

export interface WorkbookPart {
  readonly sheets: readonly WorkbookSheet[];
  readonly date1904: boolean;
}

export function parseWorkbook(xml: string, checks?: PartLimits): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  parseXml(
    xml,
    (tag) => {
    const name = localName(tag.name);
    if (name === 'sheet') {
      const relId = prefixedAttribute(tag, 'id');
      const state = (tag.attributes['state'] ?? '').toLowerCase();
      if (relId !== undefined) sheets.push({ name: tag.attributes['name'] ?? '', relId, hidden: state === 'hidden' || state === 'veryhidden' });
    } else if (name === 'workbookPr') {
      const flag = (tag.attributes['date1904'] ?? '').toLowerCase();
      date1904 = flag === '1' || flag === 'true';
    }
    },
    undefined,
    undefined,
    checks,
  );
  return { sheets, date1904 };
}

/** For each cell format (`s` index into `<cellXfs>`): does it show dates? */
export function parseDateStyles(xml: string, checks?: PartLimits): boolean[] {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  parseXml(
    xml,
    (tag) => {
      const name = localName(tag.name);
      if (name === 'numFmt') {
        const id = parseInt(tag.attributes['numFmtId'] ?? '', 10);
        if (Number.isFinite(id)) custom.set(id, tag.attributes['formatCode'] ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) formats.push(parseInt(tag.attributes['numFmtId'] ?? '0', 10) || 0);
    },
    (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
    undefined,
    checks,
  );
  return formats.map((id) => isDateFormat(id, custom));
}

/** `_x000D_` escapes of shared-string text (uppercase hex, as exceljs decodes them). */
export function decodeEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

export function textValue(text: string): CellValue {
  return text === '' ? BLANK : { type: 'text', value: text };
}

/**
 * Every shared string as the cell value it gives: plain text, or rich-text runs concatenated;
 * phonetic runs (`<rPh>`) are not part of the text. An item without text is blank.
 */
export function parseSharedStrings(xml: Uint8Array, checks?: PartLimits): CellValue[] {
  const values: CellValue[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  const parser = newParser(checks);
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    checks?.open(name, tag.attributes);
    if (name === 't') inText = phonetic === 0;
    else if (name === 'si') current = '';
    else if (name === 'rPh') phonetic++;
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    checks?.close(name);
    if (name === 't') inText = false;
    else if (name === 'si') values.push(textValue(decodeEscapes(current)));
    else if (name === 'rPh') phonetic--;
  });
  const onText = (text: string): void => {
    if (inText) current += text;
    if (checks?.capturing) checks.text(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  for (const chunk of xmlChunks(xml)) parser.write(chunk);
  parser.close();
  checks?.end();
  return values;
}
