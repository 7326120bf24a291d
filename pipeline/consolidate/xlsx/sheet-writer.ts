/**
 * Streams one worksheet (`xl/worksheets/sheetN.xml`): rows in increasing order, then `finish()`.
 * The elements follow CT_Worksheet's order: sheetPr, sheetViews, sheetFormatPr, cols, sheetData,
 * sheetProtection, autoFilter, conditionalFormatting, dataValidations, hyperlinks, pageMargins,
 * pageSetup, headerFooter, drawing, extLst. A per-sheet addition goes in its place in `finish()`.
 */
import { columnLetters } from '../../../shared';
import { Row, type Cell, type ConditionalRule, type DataValidation } from './cell-model';
import { fitCellText, isWritableNumber } from './excel-limits';
import type { PageOrientation } from './ooxml-types';
import { rowHeightFor, wrappedLines } from './row-height';
import type { StreamingWorkbook } from './streaming-workbook';
import { NS_MAIN, NS_R, REL, relationshipsXml, XML_HEAD } from './xml-names';
import { xmlText } from './xml-text';
import type { PartSink } from './zip-sink';

/** Bytes of XML deflated at a time. */
const CHUNK_BYTES = 1 << 18;

export interface ColumnSpec {
  readonly width?: number;
  readonly numFmt?: string;
}

export interface SheetOptions {
  readonly columns: readonly ColumnSpec[];
  /** Frozen pane: header row and `xSplit` columns. */
  readonly frozen?: { readonly xSplit: number; readonly ySplit: number; readonly topLeftCell: string; readonly activeCell: string };
  /** Table page setup: A4, one page wide, these header and footer texts, the first row repeated. */
  readonly print?: { readonly footer: string; readonly header?: string; readonly orientation?: PageOrientation };
  /**
   * Sheet protection without a password: sorting, filtering and resizing stay allowed; only
   * cells marked `unlocked` can be edited (the evaluator columns).
   */
  readonly protect?: boolean;
  /** Called on each row just before it is written. */
  readonly prepareRow?: (row: Row) => void;
}

/** `<t>`: `xml:space="preserve"` when the text starts or ends with white space or has a line break. */
function textElement(text: string): string {
  const safe = xmlText(fitCellText(text));
  return /^\s|\n|\s$/.test(text) ? `<t xml:space="preserve">${safe}</t>` : `<t>${safe}</t>`;
}

/** A number's `<v>`, or, for a non-finite one, the `#NUM!` error Excel shows for it. */
function numberCell(ref: string, sAttr: string, formula: string, value: number): string {
  return isWritableNumber(value) ? `<c r="${ref}"${sAttr}>${formula}<v>${value}</v></c>` : `<c r="${ref}"${sAttr} t="e">${formula}<v>#NUM!</v></c>`;
}

export class SheetWriter {
  private current: Row | undefined;
  private lastRow = 0;
  /** The part's next bytes, UTF-8: each row's XML is encoded straight into it and it is deflated when full. */
  private readonly buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private autoFilterRef: string | undefined;
  private drawingTarget: string | undefined;
  private readonly conditional: string[] = [];
  private readonly dataBars: string[] = [];
  /** Validation (its XML around the sqref) → its ranges, each a column's run of rows. */
  private readonly validations = new Map<string, { column: string; from: number; to: number }[]>();
  private readonly hyperlinks: string[] = [];
  private readonly rels: string[] = [];
  private readonly columnFormats: (string | undefined)[] = [];
  private readonly columnWidths: (number | undefined)[] = [];
  private readonly file: PartSink;

  constructor(
    private readonly book: StreamingWorkbook,
    readonly name: string,
    readonly index: number,
    private readonly options: SheetOptions,
  ) {
    options.columns.forEach((c, i) => {
      this.columnFormats[i + 1] = c.numFmt;
      this.columnWidths[i + 1] = c.width;
    });
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
      const style = c.numFmt ? this.book.styles.id({ numFmt: c.numFmt, font: undefined, fill: undefined, alignment: undefined, unlocked: false }) : 0;
      const width = c.width ?? 9;
      if (width === 9 && style === 0) return;
      const previous = cols[cols.length - 1];
      if (previous && previous.max === i && previous.width === width && previous.style === style) previous.max = i + 1;
      else cols.push({ min: i + 1, max: i + 1, width, style });
    });
    if (cols.length) xml += `<cols>${cols.map((c) => `<col min="${c.min}" max="${c.max}" width="${c.width}"${c.style ? ` style="${c.style}"` : ''} customWidth="1"/>`).join('')}</cols>`;
    return `${xml}<sheetData>`;
  }

  /**
   * Encodes `text` into the buffer (a UTF-16 unit is at most 3 UTF-8 bytes). Each row is encoded
   * on its own, flat: concatenating rows into one long string first and encoding that cost the
   * 1,000-workbook write ~3.8 s of 13 in V8's `encodeUtf8String` (issue 15).
   */
  private write(text: string): void {
    if (text.length * 3 > CHUNK_BYTES - this.used) {
      this.flushChunk();
      if (text.length * 3 > CHUNK_BYTES) {
        this.file.push(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Deflates the buffered bytes (fflate copies them into its window, so the buffer is reused). */
  private flushChunk(final = false): void {
    if (this.used || final) this.file.push(this.buffer.subarray(0, this.used), final);
    this.used = 0;
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

  /** Lines the row's wrapped texts need (1 when nothing wraps). */
  private wrappedLineCount(row: Row): number {
    let lines = 1;
    for (let c = 1; c < row.cells.length; c += 1) {
      const cell = row.cells[c];
      if (!cell?.alignment?.wrapText) continue;
      const value = cell.value;
      const text = typeof value === 'string' ? value : value !== null && typeof value === 'object' && 'text' in value ? value.text : undefined;
      if (!text) continue;
      // An indent level takes about 1.5 characters of the width; bold text is about 15 % wider.
      const usable = ((this.columnWidths[c] ?? 9) - (cell.alignment.indent ?? 0) * 1.5) * (cell.font?.bold ? 0.85 : 1);
      lines = Math.max(lines, wrappedLines(text, Math.max(1, usable)));
    }
    return lines;
  }

  private commit(): void {
    const row = this.current;
    if (!row) return;
    this.current = undefined;
    this.options.prepareRow?.(row);
    if (row.height === undefined) {
      const lines = this.wrappedLineCount(row);
      if (lines > 1) row.height = rowHeightFor(lines);
    }
    const styles = this.book.styles;
    const rowStyle = row.font ? styles.id({ numFmt: undefined, font: row.font, fill: undefined, alignment: undefined, unlocked: false }) : 0;
    let xml = `<row r="${row.number}"${row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : ''}${rowStyle ? ` s="${rowStyle}" customFormat="1"` : ''}>`;
    const cells = row.cells;
    for (let c = 1; c < cells.length; c += 1) {
      const cell = cells[c];
      if (!cell) continue;
      const s = cell.numFmt === undefined && !cell.font && !cell.fill && !cell.alignment && !cell.unlocked ? 0 : styles.id(cell);
      const value = cell.value;
      if (value === null && s === 0) continue;
      const ref = `${columnLetters(c)}${row.number}`;
      const sAttr = s ? ` s="${s}"` : '';
      if (cell.dataValidation) this.addValidation(columnLetters(c), row.number, cell.dataValidation);
      if (value === null) xml += `<c r="${ref}"${sAttr}/>`;
      else if (typeof value === 'number') xml += numberCell(ref, sAttr, '', value);
      else if (typeof value === 'string') xml += `<c r="${ref}"${sAttr} t="inlineStr"><is>${textElement(value)}</is></c>`;
      else if ('formula' in value) {
        const result = value.result;
        const formula = `<f>${xmlText(value.formula)}</f>`;
        if (typeof result === 'number') xml += numberCell(ref, sAttr, formula, result);
        else if (typeof result === 'string') xml += `<c r="${ref}"${sAttr} t="str">${formula}<v>${xmlText(fitCellText(result))}</v></c>`;
        else xml += `<c r="${ref}"${sAttr} t="e">${formula}<v>${xmlText(result.error)}</v></c>`;
      } else {
        xml += `<c r="${ref}"${sAttr} t="inlineStr"><is>${textElement(value.text)}</is></c>`;
        this.addHyperlink(ref, value.hyperlink);
      }
    }
    this.write(`${xml}</row>`);
  }

  /** A relationship of this sheet's part; returns its id. */
  private addRelationship(type: string, target: string, external: boolean): string {
    const id = `rId${this.rels.length + 1}`;
    this.rels.push(`<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"${external ? ' TargetMode="External"' : ''}/>`);
    return id;
  }

  /** A link: `file#place` is the target `file` at the location `place` (OOXML's form for a place in another file). */
  private addHyperlink(ref: string, target: string): void {
    const hash = target.indexOf('#');
    const file = hash > 0 ? target.slice(0, hash) : target;
    const id = this.addRelationship(REL.hyperlink, file, true);
    this.hyperlinks.push(`<hyperlink ref="${ref}" r:id="${id}"${hash > 0 ? ` location="${xmlText(target.slice(hash + 1))}"` : ''}/>`);
  }

  /** Cells with the same validation share one element; consecutive cells of a column, one range (each cell in one range only). */
  private addValidation(column: string, row: number, v: DataValidation): void {
    const key = `<dataValidation type="${v.type}"${v.allowBlank ? ' allowBlank="1"' : ''}${v.showErrorMessage ? ' showErrorMessage="1"' : ''} errorStyle="${v.errorStyle}" errorTitle="${xmlText(v.errorTitle)}" error="${xmlText(v.error)}" sqref="\u0000">${v.formulae.map((f, i) => `<formula${i + 1}>${xmlText(f)}</formula${i + 1}>`).join('')}</dataValidation>`;
    let ranges = this.validations.get(key);
    if (!ranges) this.validations.set(key, (ranges = []));
    const last = ranges[ranges.length - 1];
    if (last && last.column === column && last.to === row - 1) last.to = row;
    else ranges.push({ column, from: row, to: row });
  }

  set autoFilter(ref: string) {
    this.autoFilterRef = ref;
  }

  /** Anchors the drawing part `target` (e.g. `../drawings/drawing1.xml`, added with the workbook's `addPart`) on this sheet. */
  setDrawing(target: string): void {
    this.drawingTarget = target;
  }

  addConditionalFormatting(ref: string, rules: readonly ConditionalRule[]): void {
    const parts = rules.map((rule) => {
      if (rule.type === 'cellIs') {
        const dxfId = this.book.styles.dxf(rule.style);
        return `<cfRule type="cellIs" dxfId="${dxfId}" priority="${rule.priority}" operator="${rule.operator}">${rule.formulae.map((f) => `<formula>${xmlText(f)}</formula>`).join('')}</cfRule>`;
      }
      const id = this.book.nextDataBarId();
      this.dataBars.push(
        `<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="num"><xm:f>${rule.min}</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>${rule.max}</xm:f></x14:cfvo></x14:dataBar></x14:cfRule><xm:sqref>${ref}</xm:sqref></x14:conditionalFormatting>`,
      );
      return `<cfRule type="dataBar" priority="${rule.priority}"><dataBar><cfvo type="num" val="${rule.min}"/><cfvo type="num" val="${rule.max}"/><color rgb="${rule.color.argb}"/></dataBar><extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:id>${id}</x14:id></ext></extLst></cfRule>`;
    });
    this.conditional.push(`<conditionalFormatting sqref="${ref}">${parts.join('')}</conditionalFormatting>`);
  }

  private pageXml(): string {
    const print = this.options.print;
    if (!print) {
      return (
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>'
      );
    }
    return (
      '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
      `<pageSetup paperSize="9" orientation="${print.orientation ?? 'landscape'}" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="0"/>` +
      `<headerFooter>${print.header ? `<oddHeader>${xmlText(print.header)}</oddHeader>` : ''}<oddFooter>${xmlText(print.footer)}</oddFooter></headerFooter>`
    );
  }

  finish(): void {
    this.commit();
    let xml = '</sheetData>';
    if (this.options.protect) xml += '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>';
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
    xml += this.pageXml();
    if (this.drawingTarget) xml += `<drawing r:id="${this.addRelationship(REL.drawing, this.drawingTarget, false)}"/>`;
    if (this.dataBars.length) {
      xml += `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>${this.dataBars.join('')}</x14:conditionalFormattings></ext></extLst>`;
    }
    this.write(`${xml}</worksheet>`);
    this.flushChunk(true);
    if (this.rels.length) this.book.addPart(`xl/worksheets/_rels/sheet${this.index}.xml.rels`, relationshipsXml(this.rels));
    this.book.sheetDone(this);
  }
}
