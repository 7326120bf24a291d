/**
 * One worksheet part → a `TableSheet`, in one saxes pass. The cell semantics are those of
 * test/support/table-from-exceljs.ts (the exceljs document reader), so that both readers give the same table:
 * - `n` (and no type): a number, a date when the cell's format is a date format; `s`: the shared
 *   string; `str` / `inlineStr`: text; `b`: boolean; `e`: an Excel error; `d`: an ISO date;
 * - a formula cell (`<f>`, shared formulas expanded to the cell's own text) carries its cached
 *   result (`<v>`, typed by `t`) and the formula without `=`;
 * - a hyperlinked cell shows its text, or the link when it has none, and keeps the link;
 * - blank cells (no value, or empty text) are left out, unless they hold a formula;
 * - the cells a merge range covers, other than its top-left one, are left out; the ranges are kept
 *   (`merges`, as written) for reading header bands.
 * Where exceljs is wrong this reader is not: a `d` cell is a date (exceljs reads its year), a text
 * formula result in a date-formatted cell stays text (exceljs gives #VALUE!), a hyperlinked formula
 * keeps its formula (exceljs drops it), text is decoded once (exceljs decodes `str` twice).
 */
import type { SaxesTagPlain } from 'saxes';
import { isExcelError, BLANK, type CellValue, type TableCell, type TableSheet, columnLetters, columnNumber } from '../../shared';
import { dateFromIso, dateFromSerial } from './xlsx-dates';
import { decodeEscapes, localName, newParser, prefixedAttribute, textValue, xmlChunks, type Relationship } from './xlsx-parts';
import type { PartLimits } from './xlsx-part-limits';
import { slideFormula } from './xlsx-shared-formula';

export interface SheetContext {
  readonly sharedStrings: readonly CellValue[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** Highest row a cell may use (the gate's `maxSheetRows`); a cell below it throws RowOverLimit. */
  readonly maxRow?: number;
}

/** Thrown for content no reader should guess at (a shared-string index out of range). */
export class SheetContentError extends Error {}

/** A cell in a row beyond `SheetContext.maxRow`. */
export class RowOverLimit extends Error {
  constructor(readonly row: number) {
    super(`a cell uses row ${row}`);
  }
}

const VALUE_ERROR: CellValue = Object.freeze({ type: 'error', value: '#VALUE!' });
const NUM_ERROR: CellValue = Object.freeze({ type: 'error', value: '#NUM!' });
const TRUE: CellValue = Object.freeze({ type: 'boolean', value: true });
const FALSE: CellValue = Object.freeze({ type: 'boolean', value: false });

/** What the text being read belongs to. */
const enum Capture {
  None,
  Value,
  Formula,
  InlineText,
  InlineRun,
}

function errorValue(text: string): CellValue {
  return isExcelError(text) ? { type: 'error', value: text } : VALUE_ERROR;
}

function numberValue(text: string): CellValue {
  const n = parseFloat(text);
  return Number.isFinite(n) ? { type: 'number', value: n } : NUM_ERROR;
}

/** `B12` → row 12, column 2 (both 0 when it is not a plain A1 address). */
function splitAddress(ref: string): { row: number; column: number; canonical: boolean } {
  let i = 0;
  let column = 0;
  let canonical = true;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) {
      column = column * 26 + (code - 96);
      canonical = false;
    } else break;
  }
  if (i === 0 || i > 3 || i === ref.length) return { row: 0, column: 0, canonical: false };
  let row = 0;
  if (ref.charCodeAt(i) === 48) canonical = false;
  for (let j = i; j < ref.length; j++) {
    const code = ref.charCodeAt(j);
    if (code < 48 || code > 57) return { row: 0, column: 0, canonical: false };
    row = row * 10 + (code - 48);
  }
  return { row, column, canonical };
}

interface SharedMaster {
  readonly formula: string;
  readonly row: number;
  readonly column: number;
}

class SheetReader {
  readonly rows: (TableCell[] | undefined)[] = [];
  private rowNumber = 0;
  private lastColumn = 0;
  // The cell being read.
  private ref: string | undefined;
  private row = 0;
  private column = 0;
  private type = '';
  private style = 0;
  private value: string | undefined;
  private formula: string | undefined;
  private formulaType: string | undefined;
  private sharedIndex: string | undefined;
  private sharedRef: string | undefined;
  private rich = false;
  private capture = Capture.None;
  private phonetic = 0;
  private inSheetData = false;
  private readonly masters = new Map<string, SharedMaster>();
  /** Addresses of `<c>` elements that gave no cell (a hyperlink may still show there). */
  readonly emptyCells: string[] = [];
  readonly hyperlinks: { ref: string; relId: string }[] = [];
  readonly merges: string[] = [];

  constructor(
    private readonly context: SheetContext,
    private readonly checks?: PartLimits,
  ) {}

  open(tag: SaxesTagPlain): void {
    let name = tag.name;
    if (name.includes(':')) name = localName(name);
    this.checks?.open(name, tag.attributes);
    switch (name) {
      case 'c':
        if (this.inSheetData) this.openCell(tag.attributes);
        return;
      case 'v':
        this.capture = Capture.Value;
        return;
      case 'f':
        this.capture = Capture.Formula;
        this.formulaType = tag.attributes['t'];
        this.sharedIndex = tag.attributes['si'];
        this.sharedRef = tag.attributes['ref'];
        return;
      case 't':
        if (this.phonetic === 0 && this.ref !== undefined) this.capture = this.rich ? Capture.InlineRun : Capture.InlineText;
        return;
      case 'r':
        if (this.ref !== undefined) this.rich = true;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 'row': {
        const r = tag.attributes['r'];
        const n = r === undefined ? NaN : parseInt(r, 10);
        this.rowNumber = Number.isFinite(n) && n > 0 ? n : this.rowNumber + 1;
        this.lastColumn = 0;
        return;
      }
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'hyperlink': {
        const ref = tag.attributes['ref'];
        const relId = prefixedAttribute(tag, 'id');
        if (ref !== undefined && relId !== undefined) this.hyperlinks.push({ ref, relId });
        return;
      }
      case 'mergeCell': {
        const ref = tag.attributes['ref'];
        if (ref !== undefined) this.merges.push(ref);
        return;
      }
    }
  }

  private openCell(attributes: Record<string, string>): void {
    const r = attributes['r'];
    let row = 0;
    let column = 0;
    let ref = r;
    if (r !== undefined) {
      const split = splitAddress(r);
      row = split.row;
      column = split.column;
      if (!split.canonical && row > 0) ref = `${columnLetters(column)}${row}`;
    }
    if (row === 0 || column === 0) {
      // No (or no usable) address: the next cell of the current row.
      row = this.rowNumber || 1;
      column = this.lastColumn + 1;
      ref = `${columnLetters(column)}${row}`;
    }
    if (this.context.maxRow !== undefined && row > this.context.maxRow) throw new RowOverLimit(row);
    this.lastColumn = column;
    this.ref = ref;
    this.row = row;
    this.column = column;
    this.type = attributes['t'] ?? '';
    const s = attributes['s'];
    this.style = s === undefined ? 0 : parseInt(s, 10) || 0;
    this.value = undefined;
    this.formula = undefined;
    this.formulaType = undefined;
    this.sharedIndex = undefined;
    this.sharedRef = undefined;
    this.rich = false;
  }

  text(text: string): void {
    if (this.checks?.capturing) this.checks.text(text);
    switch (this.capture) {
      case Capture.None:
        return;
      case Capture.Value:
        this.value = this.value === undefined ? text : this.value + text;
        return;
      // Inline text decodes `_xHHHH_` as Excel does (and as shared strings do): the kit's writer
      // writes a typed `_xHHHH_` as `_x005F_xHHHH_`, so it reads back as typed.
      case Capture.InlineText:
      case Capture.InlineRun: {
        const decoded = decodeEscapes(text);
        this.value = this.value === undefined ? decoded : this.value + decoded;
        return;
      }
      case Capture.Formula:
        this.formula = this.formula === undefined ? text : this.formula + text;
        return;
    }
  }

  close(tag: SaxesTagPlain): void {
    let name = tag.name;
    if (name.includes(':')) name = localName(name);
    this.checks?.close(name);
    switch (name) {
      case 'c':
        if (this.ref !== undefined) this.closeCell();
        this.ref = undefined;
        return;
      case 'v':
      case 'f':
      case 't':
        this.capture = Capture.None;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'sheetData':
        this.inSheetData = false;
        return;
    }
  }

  private isDate(): boolean {
    return this.style !== 0 && this.context.dateStyles[this.style] === true;
  }

  private typedValue(text: string, formula: boolean): CellValue {
    switch (this.type) {
      case 's': {
        if (formula) return numberValue(text);
        const value = this.context.sharedStrings[parseInt(text, 10)];
        if (value === undefined) throw new SheetContentError(`shared string ${text} does not exist (cell ${this.ref})`);
        return value;
      }
      case 'str':
        return textValue(text);
      case 'inlineStr':
        return formula ? numberValue(text) : textValue(text);
      case 'b':
        return parseInt(text, 10) !== 0 ? TRUE : FALSE;
      case 'e':
        return errorValue(text);
      case 'd':
        return dateFromIso(text);
      default: {
        if (!this.isDate()) return numberValue(text);
        return dateFromSerial(parseFloat(text), this.context.date1904);
      }
    }
  }

  private formulaText(): string | undefined {
    const own = this.formula;
    if (this.formulaType === 'shared' && this.sharedIndex !== undefined) {
      if (own !== undefined && own !== '' && this.sharedRef !== undefined) {
        this.masters.set(this.sharedIndex, { formula: own, row: this.row, column: this.column });
      } else if (own === undefined || own === '') {
        const master = this.masters.get(this.sharedIndex);
        return master ? slideFormula(master.formula, this.row - master.row, this.column - master.column) : undefined;
      }
    }
    return own;
  }

  private closeCell(): void {
    const isFormula = (this.formula !== undefined && this.formula !== '') || this.formulaType !== undefined;
    let formula: string | undefined;
    let value: CellValue;
    if (isFormula) {
      formula = this.formulaText();
      if (formula !== undefined && formula.charCodeAt(0) === 61) formula = formula.slice(1);
      if (formula === '') formula = undefined;
      value = this.value === undefined || this.value === '' ? BLANK : this.typedValue(this.value, true);
    } else {
      value = this.value === undefined ? BLANK : this.typedValue(this.value, false);
    }
    if (value.type === 'blank' && formula === undefined) {
      this.emptyCells.push(this.ref!);
      return;
    }
    let cells = this.rows[this.row - 1];
    if (cells === undefined) cells = this.rows[this.row - 1] = [];
    cells[this.column - 1] = formula === undefined ? { address: this.ref!, value } : { address: this.ref!, value, formula };
  }

  /** Hyperlinks (`<hyperlink ref r:id>` → the sheet's relationship targets) onto their cells. */
  applyHyperlinks(rels: ReadonlyMap<string, Relationship>): void {
    if (this.hyperlinks.length === 0) return;
    const empty = new Set(this.emptyCells);
    for (const { ref, relId } of this.hyperlinks) {
      const target = rels.get(relId)?.target;
      if (target === undefined || target === '') continue;
      const { row, column, canonical } = splitAddress(ref);
      if (row === 0 || !canonical) continue;
      const cells = this.rows[row - 1];
      const cell = cells?.[column - 1];
      if (cell) {
        const value = cell.value.type === 'blank' ? textValue(target) : cell.value;
        cells![column - 1] = { ...cell, value, hyperlink: target };
      } else if (empty.has(ref)) {
        const value = textValue(target);
        if (value.type === 'blank') continue;
        const row_ = this.rows[row - 1] ?? (this.rows[row - 1] = []);
        row_[column - 1] = { address: ref, value, hyperlink: target };
      }
    }
  }

  /** Leaves out the cells a merge range covers, other than its top-left (master) cell. */
  applyMerges(): void {
    for (const range of this.merges) {
      const [from = '', to = from] = range.split(':');
      const a = splitAddress(from.replace(/\$/g, ''));
      const b = splitAddress(to.replace(/\$/g, ''));
      if (a.row === 0 || b.row === 0) continue;
      const top = Math.min(a.row, b.row);
      const bottom = Math.min(Math.max(a.row, b.row), this.rows.length);
      const left = Math.min(a.column, b.column);
      const right = Math.max(a.column, b.column);
      for (let r = top; r <= bottom; r++) {
        const cells = this.rows[r - 1];
        if (!cells) continue;
        let removed = false;
        const last = Math.min(right, cells.length);
        for (let c = r === top ? left + 1 : left; c <= last; c++) {
          if (cells[c - 1] !== undefined) {
            delete cells[c - 1];
            removed = true;
          }
        }
        if (!removed) continue;
        let length = cells.length;
        while (length > 0 && cells[length - 1] === undefined) length--;
        if (length === 0) delete this.rows[r - 1];
        else cells.length = length;
      }
    }
    let length = this.rows.length;
    while (length > 0 && this.rows[length - 1] === undefined) length--;
    this.rows.length = length;
  }
}

/**
 * Parses one worksheet part (its UTF-8 bytes, fed to saxes in pieces). `rels` are the sheet's
 * relationships (for hyperlinks); `checks` the part's XML limits, enforced as the parse goes. Throws on malformed XML (saxes) and on a reference to a shared
 * string that does not exist.
 */
export function parseSheet(name: string, xml: Uint8Array, rels: ReadonlyMap<string, Relationship>, context: SheetContext, checks?: PartLimits): TableSheet {
  const reader = new SheetReader(context, checks);
  const parser = newParser(checks);
  parser.on('opentag', (tag) => reader.open(tag));
  parser.on('closetag', (tag) => reader.close(tag));
  parser.on('text', (text) => reader.text(text));
  parser.on('cdata', (text) => reader.text(text));
  for (const chunk of xmlChunks(xml)) parser.write(chunk);
  parser.close();
  // The merge cap before the merges are applied (with the limits: the gate's, during the parse).
  checks?.end();
  reader.applyHyperlinks(rels);
  if (reader.merges.length === 0) return { name, rows: reader.rows };
  reader.applyMerges();
  return { name, rows: reader.rows, merges: reader.merges };
}

export { columnNumber };
