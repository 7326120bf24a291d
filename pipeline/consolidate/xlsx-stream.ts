/**
 * A small streaming .xlsx writer for the consolidated workbook: each sheet's rows are turned into
 * SpreadsheetML as they are written and deflated straight into the zip, which goes straight to
 * the output file, so memory stays flat whatever the row count (exceljs's document writer held
 * every cell as an object, then the whole package, ~4 GB for 1,000 OPD workbooks).
 *
 * It writes what the consolidated workbook needs, in the OOXML form exceljs wrote before it (the
 * cell model mirrors exceljs's: a cell created in a column takes the column's number format; a
 * cell with no value is written only when it has a style):
 * - cells: numbers, inline text (`t="inlineStr"`), formulas with their cached result (number,
 *   text `t="str"` or error `t="e"`), hyperlinked text; styles = number format, font (bold,
 *   underline, colour), solid fill, alignment; the Text format (`@`) carries the quote prefix;
 * - per sheet: column widths and styles, a frozen pane, autofilter, conditional formats (cellIs
 *   rules, data bars with their x14 extension), list data validations, hyperlinks (a
 *   `file#place` target split into the relationship target and the hyperlink's `location`),
 *   page setup, margins and footer, the print-titles row (a defined name);
 * - the package: workbook with full recalculation on load, styles, theme, core and app properties.
 * Same inputs, same bytes (apart from the run time in the core properties): every zip entry has a
 * fixed time and the data bars' ids are counters.
 */
import { writeSync } from 'node:fs';
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { columnLetters } from '../../shared/table/address';

export interface Font {
  readonly bold?: boolean;
  readonly underline?: boolean;
  readonly color?: { readonly argb: string };
}
export interface Alignment {
  readonly horizontal?: 'center';
  readonly vertical?: 'top' | 'middle';
  readonly wrapText?: boolean;
  readonly indent?: number;
}
/** A solid fill. */
export interface Fill {
  readonly type: 'pattern';
  readonly pattern: 'solid';
  readonly fgColor: { readonly argb: string };
}

/** A formula's cached result. */
export type FormulaResult = number | string | { readonly error: string };
export type CellValue = null | number | string | { readonly formula: string; readonly result: FormulaResult } | { readonly text: string; readonly hyperlink: string };

export interface DataValidation {
  readonly type: 'list';
  readonly allowBlank: boolean;
  readonly formulae: readonly string[];
  readonly showErrorMessage: boolean;
  readonly errorStyle: 'stop';
  readonly errorTitle: string;
  readonly error: string;
}

/** One cell, the way exceljs models it: a value and style properties. */
export class Cell {
  value: CellValue = null;
  numFmt: string | undefined;
  font: Font | undefined;
  fill: Fill | undefined;
  alignment: Alignment | undefined;
  dataValidation: DataValidation | undefined;
  constructor(numFmt: string | undefined) {
    this.numFmt = numFmt;
  }
}

export class Row {
  readonly cells: (Cell | undefined)[] = [];
  height: number | undefined;
  private rowFont: Font | undefined;
  constructor(
    readonly number: number,
    private readonly columnFormats: readonly (string | undefined)[],
  ) {}
  /** The cell in column `column` (1-based), created on first use with the column's number format. */
  getCell(column: number): Cell {
    let cell = this.cells[column];
    if (!cell) {
      cell = new Cell(this.columnFormats[column]);
      if (this.rowFont) cell.font = this.rowFont;
      this.cells[column] = cell;
    }
    return cell;
  }
  /** The row's font: set on every cell of the row and on the row itself (as exceljs's `row.font`). */
  set font(font: Font) {
    this.rowFont = font;
    for (const cell of this.cells) if (cell) cell.font = font;
  }
  get font(): Font | undefined {
    return this.rowFont;
  }
}

export interface ColumnSpec {
  readonly width?: number;
  readonly numFmt?: string;
}

export interface CellIsRule {
  readonly type: 'cellIs';
  readonly operator: 'equal';
  readonly formulae: readonly string[];
  readonly priority: number;
  readonly style: { readonly fill: { readonly argb: string }; readonly font: Font };
}
export interface DataBarRule {
  readonly type: 'dataBar';
  readonly priority: number;
  readonly min: number;
  readonly max: number;
  readonly color: { readonly argb: string };
}
export type ConditionalRule = CellIsRule | DataBarRule;

export interface SheetOptions {
  readonly columns: readonly ColumnSpec[];
  /** Frozen pane: header row and `xSplit` columns. */
  readonly frozen?: { readonly xSplit: number; readonly ySplit: number; readonly topLeftCell: string; readonly activeCell: string };
  /** Table page setup: A4 landscape, one page wide, this footer, the first row repeated. */
  readonly print?: { readonly footer: string };
  /** Called on each row just before it is written. */
  readonly prepareRow?: (row: Row) => void;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const ESCAPED = /[&<>"'\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** XML text/attribute escaping as exceljs does (control characters other than tab, LF, CR dropped); CR kept as a reference. */
export function xmlEscape(text: string): string {
  if (!ESCAPED.test(text)) return text;
  return text
    .replace(CONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const TEXT_FORMAT_ID = 49;

/** The workbook's cell formats, fonts, fills, number formats and conditional-format styles. */
class Styles {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([['', 0]]);
  private readonly fills = new Map<string, number>([
    ['none', 0],
    ['gray125', 1],
  ]);
  private readonly xfs = new Map<string, number>([['0,0,0,', 0]]);
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  readonly dxfs: string[] = [];
  private last: { numFmt: string | undefined; font: Font | undefined; fill: Fill | undefined; alignment: Alignment | undefined; id: number } | undefined;

  private numFmtId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(format);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(format, id);
    }
    return id;
  }

  private static fontXml(font: Font): string {
    return `<font>${font.bold ? '<b/>' : ''}${font.underline ? '<u/>' : ''}${font.color ? `<color rgb="${xmlEscape(font.color.argb)}"/>` : ''}</font>`;
  }

  private fontId(font: Font | undefined): number {
    if (!font) return 0;
    const xml = Styles.fontXml(font);
    let id = this.fonts.get(xml);
    if (id === undefined) {
      id = this.fonts.size;
      this.fonts.set(xml, id);
    }
    return id;
  }

  private fillId(fill: Fill | undefined): number {
    if (!fill) return 0;
    const xml = `<fill><patternFill patternType="solid"><fgColor rgb="${xmlEscape(fill.fgColor.argb)}"/></patternFill></fill>`;
    let id = this.fills.get(xml);
    if (id === undefined) {
      id = this.fills.size;
      this.fills.set(xml, id);
    }
    return id;
  }

  private static alignmentXml(a: Alignment | undefined): string {
    if (!a) return '';
    const attributes = `${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}${a.indent ? ` indent="${a.indent}"` : ''}`;
    return attributes ? `<alignment${attributes}/>` : '';
  }

  /** The cellXfs index of a style (0: no style). */
  id(numFmt: string | undefined, font: Font | undefined, fill: Fill | undefined, alignment: Alignment | undefined): number {
    const last = this.last;
    if (last && last.numFmt === numFmt && last.font === font && last.fill === fill && last.alignment === alignment) return last.id;
    const n = this.numFmtId(numFmt);
    const f = this.fontId(font);
    const l = this.fillId(fill);
    const a = Styles.alignmentXml(alignment);
    const key = `${n},${f},${l},${a}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfXml.length;
      this.xfs.set(key, id);
      const applied = `${n ? ' applyNumberFormat="1"' : ''}${f ? ' applyFont="1"' : ''}${l ? ' applyFill="1"' : ''}${a ? ' applyAlignment="1"' : ''}${n === TEXT_FORMAT_ID ? ' quotePrefix="1"' : ''}`;
      const head = `<xf numFmtId="${n}" fontId="${f}" fillId="${l}" borderId="0" xfId="0"${applied}`;
      this.xfXml.push(a ? `${head}>${a}</xf>` : `${head}/>`);
    }
    this.last = { numFmt, font, fill, alignment, id };
    return id;
  }

  /** A conditional format's differential style; returns its dxfId. */
  dxf(style: CellIsRule['style']): number {
    this.dxfs.push(
      `<dxf><font>${style.font.bold ? '<b/>' : ''}${style.font.color ? `<color rgb="${xmlEscape(style.font.color.argb)}"/>` : ''}</font><fill><patternFill patternType="solid"><fgColor rgb="${xmlEscape(style.fill.argb)}"/><bgColor rgb="${xmlEscape(style.fill.argb)}"/></patternFill></fill></dxf>`,
    );
    return this.dxfs.length - 1;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    const fonts = [...this.fonts.keys()].map((xml, i) => (i === 0 ? '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>' : xml));
    const fills = [...this.fills.keys()].map((xml, i) => (i < 2 ? `<fill><patternFill patternType="${xml}"/></fill>` : xml));
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}" x14ac:knownFonts="1">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${this.dxfs.length}">${this.dxfs.join('')}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

const formatNumber = (value: number): string => String(value);

/** Streams one worksheet: rows in increasing order, then `finish()`. */
export class SheetWriter {
  private current: Row | undefined;
  private lastRow = 0;
  private chunk = '';
  private autoFilterRef: string | undefined;
  private readonly conditional: string[] = [];
  private readonly dataBars: string[] = [];
  /** Validation (its XML around the sqref) → its ranges, each a column's run of rows. */
  private readonly validations = new Map<string, { column: string; from: number; to: number }[]>();
  private readonly hyperlinks: string[] = [];
  private readonly rels: string[] = [];
  private readonly columnFormats: (string | undefined)[] = [];
  private readonly file: ZipDeflate;

  constructor(
    private readonly book: StreamingWorkbook,
    readonly name: string,
    readonly index: number,
    private readonly options: SheetOptions,
  ) {
    options.columns.forEach((c, i) => (this.columnFormats[i + 1] = c.numFmt));
    this.file = book.openPart(`xl/worksheets/sheet${index}.xml`);
    this.write(this.head());
  }

  private head(): string {
    const o = this.options;
    let xml = `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;
    if (o.print) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    if (o.frozen) {
      const f = o.frozen;
      xml += `<sheetViews><sheetView workbookViewId="0"><pane xSplit="${f.xSplit}" ySplit="${f.ySplit}" topLeftCell="${f.topLeftCell}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="${f.activeCell}" sqref="${f.activeCell}"/></sheetView></sheetViews>`;
    }
    xml += '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
    // Adjacent equal columns share one <col>; a column with the default width and no style has none (as exceljs).
    const cols: { min: number; max: number; width: number; style: number }[] = [];
    o.columns.forEach((c, i) => {
      const style = c.numFmt ? this.book.styles.id(c.numFmt, undefined, undefined, undefined) : 0;
      const width = c.width ?? 9;
      if (width === 9 && style === 0) return;
      const previous = cols[cols.length - 1];
      if (previous && previous.max === i && previous.width === width && previous.style === style) previous.max = i + 1;
      else cols.push({ min: i + 1, max: i + 1, width, style });
    });
    if (cols.length) xml += `<cols>${cols.map((c) => `<col min="${c.min}" max="${c.max}" width="${c.width}"${c.style ? ` style="${c.style}"` : ''} customWidth="1"/>`).join('')}</cols>`;
    return `${xml}<sheetData>`;
  }

  private write(text: string): void {
    this.chunk += text;
    if (this.chunk.length >= 1 << 16) this.flushChunk();
  }

  private flushChunk(final = false): void {
    if (this.chunk || final) this.file.push(strToU8(this.chunk), final);
    this.chunk = '';
  }

  /** Row `r` (1-based); rows must be asked for in increasing order (a lower one than the last throws). */
  getRow(r: number): Row {
    if (this.current?.number === r) return this.current;
    if (r <= this.lastRow) throw new Error(`${this.name}: row ${r} after row ${this.lastRow}`);
    this.commit();
    this.current = new Row(r, this.columnFormats);
    this.lastRow = r;
    return this.current;
  }

  getCell(r: number, column: number): Cell {
    return this.getRow(r).getCell(column);
  }

  private commit(): void {
    const row = this.current;
    if (!row) return;
    this.current = undefined;
    this.options.prepareRow?.(row);
    const styles = this.book.styles;
    const rowStyle = row.font ? styles.id(undefined, row.font, undefined, undefined) : 0;
    let xml = `<row r="${row.number}"${row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : ''}${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ''}>`;
    const cells = row.cells;
    for (let c = 1; c < cells.length; c += 1) {
      const cell = cells[c];
      if (!cell) continue;
      const s = cell.numFmt === undefined && !cell.font && !cell.fill && !cell.alignment ? 0 : styles.id(cell.numFmt, cell.font, cell.fill, cell.alignment);
      const value = cell.value;
      if (value === null && s === 0) continue;
      const ref = `${columnLetters(c)}${row.number}`;
      const sAttr = s ? ` s="${s}"` : '';
      if (cell.dataValidation) this.addValidation(columnLetters(c), row.number, cell.dataValidation);
      if (value === null) xml += `<c r="${ref}"${sAttr}/>`;
      else if (typeof value === 'number') xml += `<c r="${ref}"${sAttr}><v>${formatNumber(value)}</v></c>`;
      else if (typeof value === 'string') xml += `<c r="${ref}"${sAttr} t="inlineStr"><is>${textElement(value)}</is></c>`;
      else if ('formula' in value) {
        const result = value.result;
        const formula = `<f>${xmlEscape(value.formula)}</f>`;
        if (typeof result === 'number') xml += `<c r="${ref}"${sAttr}>${formula}<v>${formatNumber(result)}</v></c>`;
        else if (typeof result === 'string') xml += `<c r="${ref}"${sAttr} t="str">${formula}<v>${xmlEscape(result)}</v></c>`;
        else xml += `<c r="${ref}"${sAttr} t="e">${formula}<v>${xmlEscape(result.error)}</v></c>`;
      } else {
        xml += `<c r="${ref}"${sAttr} t="inlineStr"><is>${textElement(value.text)}</is></c>`;
        this.addHyperlink(ref, value.hyperlink);
      }
    }
    this.write(`${xml}</row>`);
  }

  /** A link: `file#place` is the target `file` at the location `place` (OOXML's form for a place in another file). */
  private addHyperlink(ref: string, target: string): void {
    const id = `rId${this.rels.length + 1}`;
    const hash = target.indexOf('#');
    const file = hash > 0 ? target.slice(0, hash) : target;
    this.rels.push(`<Relationship Id="${id}" Type="${REL_HYPERLINK}" Target="${xmlEscape(file)}" TargetMode="External"/>`);
    this.hyperlinks.push(`<hyperlink ref="${ref}" r:id="${id}"${hash > 0 ? ` location="${xmlEscape(target.slice(hash + 1))}"` : ''}/>`);
  }

  /** Cells with the same validation share one element; consecutive cells of a column, one range. */
  private addValidation(column: string, row: number, v: DataValidation): void {
    const key = `<dataValidation type="${v.type}"${v.allowBlank ? ' allowBlank="1"' : ''}${v.showErrorMessage ? ' showErrorMessage="1"' : ''} errorStyle="${v.errorStyle}" errorTitle="${xmlEscape(v.errorTitle)}" error="${xmlEscape(v.error)}" sqref="\u0000">${v.formulae.map((f, i) => `<formula${i + 1}>${xmlEscape(f)}</formula${i + 1}>`).join('')}</dataValidation>`;
    let ranges = this.validations.get(key);
    if (!ranges) this.validations.set(key, (ranges = []));
    const last = ranges[ranges.length - 1];
    if (last && last.column === column && last.to === row - 1) last.to = row;
    else ranges.push({ column, from: row, to: row });
  }

  set autoFilter(ref: string) {
    this.autoFilterRef = ref;
  }

  addConditionalFormatting(ref: string, rules: readonly ConditionalRule[]): void {
    const parts = rules.map((rule) => {
      if (rule.type === 'cellIs') {
        const dxfId = this.book.styles.dxf(rule.style);
        return `<cfRule type="cellIs" dxfId="${dxfId}" priority="${rule.priority}" operator="${rule.operator}">${rule.formulae.map((f) => `<formula>${xmlEscape(f)}</formula>`).join('')}</cfRule>`;
      }
      const id = this.book.nextDataBarId();
      this.dataBars.push(
        `<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="num"><xm:f>${rule.min}</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>${rule.max}</xm:f></x14:cfvo></x14:dataBar></x14:cfRule><xm:sqref>${ref}</xm:sqref></x14:conditionalFormatting>`,
      );
      return `<cfRule type="dataBar" priority="${rule.priority}"><dataBar><cfvo type="num" val="${rule.min}"/><cfvo type="num" val="${rule.max}"/><color rgb="${xmlEscape(rule.color.argb)}"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>${id}</x14:id></ext></extLst></cfRule>`;
    });
    this.conditional.push(`<conditionalFormatting sqref="${ref}">${parts.join('')}</conditionalFormatting>`);
  }

  finish(): void {
    this.commit();
    let xml = '</sheetData>';
    if (this.autoFilterRef) xml += `<autoFilter ref="${this.autoFilterRef}"/>`;
    xml += this.conditional.join('');
    if (this.validations.size) {
      xml += `<dataValidations count="${this.validations.size}">`;
      for (const [key, ranges] of this.validations) {
        const sqref = ranges.map((v) => (v.from === v.to ? `${v.column}${v.from}` : `${v.column}${v.from}:${v.column}${v.to}`)).join(' ');
        xml += key.replace('\u0000', sqref);
      }
      xml += '</dataValidations>';
    }
    if (this.hyperlinks.length) xml += `<hyperlinks>${this.hyperlinks.join('')}</hyperlinks>`;
    if (this.options.print) {
      xml +=
        '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
        '<pageSetup paperSize="9" orientation="landscape" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"/>' +
        `<headerFooter><oddFooter>${xmlEscape(this.options.print.footer)}</oddFooter></headerFooter>`;
    } else {
      xml +=
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>';
    }
    if (this.dataBars.length) {
      xml += `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>${this.dataBars.join('')}</x14:conditionalFormattings></ext></extLst>`;
    }
    this.write(`${xml}</worksheet>`);
    this.flushChunk(true);
    if (this.rels.length) {
      this.book.addPart(`xl/worksheets/_rels/sheet${this.index}.xml.rels`, `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.rels.join('')}</Relationships>`);
    }
    this.book.sheetDone(this);
  }
}

/** `<t>` as exceljs writes it: `xml:space="preserve"` when the text starts or ends with a space or has a line break. */
function textElement(text: string): string {
  return /^\s|\n|\s$/.test(text) ? `<t xml:space="preserve">${xmlEscape(text)}</t>` : `<t>${xmlEscape(text)}</t>`;
}

export interface WorkbookProperties {
  readonly creator: string;
  readonly lastModifiedBy: string;
  readonly title: string;
  readonly subject: string;
  readonly created: Date;
  readonly modified: Date;
}

/** A fixed time for every zip entry (the run time is in the core properties only). */
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');
const LEVEL = 6;

/**
 * The package, written to the open file descriptor `fd` as it is produced. Sheets are written one
 * after the other (`addSheet` … `finish()`), then `end()` adds the workbook parts.
 */
export class StreamingWorkbook {
  readonly styles = new Styles();
  private readonly zip: Zip;
  private readonly sheets: { name: string; index: number; printTitles: boolean }[] = [];
  private open: SheetWriter | undefined;
  private dataBarCount = 0;
  private failure: unknown;

  constructor(fd: number) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure ??= error;
      else if (data.length) writeAll(fd, data);
    });
  }

  openPart(name: string): ZipDeflate {
    const file = new ZipDeflate(name, { level: LEVEL });
    file.mtime = ENTRY_TIME;
    this.zip.add(file);
    return file;
  }

  addPart(name: string, text: string): void {
    this.openPart(name).push(strToU8(text), true);
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure instanceof Error ? this.failure : new Error(String(this.failure));
  }

  nextDataBarId(): string {
    this.dataBarCount += 1;
    return `{00000000-0000-4000-8000-${this.dataBarCount.toString(16).padStart(12, '0').toUpperCase()}}`;
  }

  addSheet(name: string, options: SheetOptions): SheetWriter {
    if (this.open) throw new Error(`sheet ${this.open.name} is not finished`);
    this.open = new SheetWriter(this, name, this.sheets.length + 1, options);
    this.sheets.push({ name, index: this.sheets.length + 1, printTitles: options.print !== undefined });
    return this.open;
  }

  sheetDone(sheet: SheetWriter): void {
    if (this.open === sheet) this.open = undefined;
    this.check();
  }

  end(properties: WorkbookProperties): void {
    if (this.open) throw new Error(`sheet ${this.open.name} is not finished`);
    const sheets = this.sheets;
    const overrides = sheets.map((s) => `<Override PartName="/xl/worksheets/sheet${s.index}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
    this.addPart(
      'xl/styles.xml',
      this.styles.xml(),
    );
    this.addPart('xl/theme/theme1.xml', THEME);
    this.addPart(
      'xl/workbook.xml',
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>${sheets
        .map((s) => `<sheet sheetId="${s.index}" name="${xmlEscape(s.name)}" state="visible" r:id="rId${s.index + 3}"/>`)
        .join('')}</sheets>` +
        (sheets.some((s) => s.printTitles)
          ? `<definedNames>${sheets
              .filter((s) => s.printTitles)
              .map((s) => `<definedName name="_xlnm.Print_Titles" localSheetId="${s.index - 1}">${xmlEscape(`'${s.name.replace(/'/g, "''")}'!$1:$1`)}</definedName>`)
              .join('')}</definedNames>`
          : '') +
        '<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>',
    );
    this.addPart(
      'xl/_rels/workbook.xml.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>${sheets
        .map((s) => `<Relationship Id="rId${s.index + 3}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${s.index}.xml"/>`)
        .join('')}</Relationships>`,
    );
    this.addPart(
      '[Content_Types].xml',
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    );
    this.addPart(
      '_rels/.rels',
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    const p = properties;
    const w3c = (d: Date): string => `${d.toISOString().replace(/\.\d{3}Z$/, 'Z')}`;
    this.addPart(
      'docProps/core.xml',
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlEscape(p.creator)}</dc:creator><dc:title>${xmlEscape(p.title)}</dc:title><dc:subject>${xmlEscape(p.subject)}</dc:subject><cp:lastModifiedBy>${xmlEscape(p.lastModifiedBy)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${w3c(p.created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${w3c(p.modified)}</dcterms:modified></cp:coreProperties>`,
    );
    this.addPart(
      'docProps/app.xml',
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${sheets
        .map((s) => `<vt:lpstr>${xmlEscape(s.name)}</vt:lpstr>`)
        .join('')}</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    );
    this.zip.end();
    this.check();
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/** exceljs's default theme (the one its writer put in every workbook). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const THEME: string = require('exceljs/lib/xlsx/xml/theme1.js') as string;
