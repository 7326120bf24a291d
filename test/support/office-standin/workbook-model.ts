/**
 * The stand-in's workbook: sheets of cells (value, formula, fill, number format, bold), frozen
 * rows, list validations, column widths, the active sheet and the selection. It applies writes
 * the way Excel does where the pane can tell the difference; formulas written through the API are
 * stored, not evaluated (their value reads as blank).
 */
import { columnLetters, parseAddress } from '../../../shared/table/address';
import { formatRect, MAX_ROWS, parseRect, overlaps, qualify, rectColumns, rectRows, type Rect } from './a1-range';
import { invalidArgument, itemNotFound } from './office-error';
import { NO_FILL, type CellScalar, type CellSnapshot, type FillSnapshot, type ListRuleSnapshot, type SheetSnapshot, type WorkbookSnapshot } from './snapshot';

interface Cell {
  value: CellScalar;
  formula?: string;
  fill?: FillSnapshot;
  numberFormat?: string;
  bold?: boolean;
}

interface ListRule {
  rect: Rect;
  source: string;
  showAlert: boolean;
}

/** Cell-by-cell operations on more cells than this are refused (whole columns are for widths only). */
const MAX_CELLS = 200_000;
const DEFAULT_COLUMN_WIDTH = 48;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

const key = (row: number, column: number): string => `${row}:${column}`;

/** Excel's reading of text typed into a General cell: plain decimal numbers become numbers. */
function entered(raw: CellScalar, numberFormat: string | undefined): CellScalar {
  if (typeof raw !== 'string' || numberFormat === '@') return raw;
  if (raw.startsWith("'")) return raw.slice(1);
  return /^[-+]?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
}

export class SheetModel {
  readonly #cells = new Map<string, Cell>();
  frozenRows = 0;
  readonly validations: ListRule[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Merged ranges. */
  readonly merges: Rect[] = [];

  constructor(public name: string) {}

  static fromSnapshot(snapshot: SheetSnapshot): SheetModel {
    const sheet = new SheetModel(snapshot.name);
    for (const [a1, cell] of Object.entries(snapshot.cells)) {
      const at = parseAddress(a1);
      if (!at) throw new Error(`Bad cell address ${a1} in the snapshot of ${snapshot.name}`);
      sheet.#cells.set(key(at.row, at.column), { ...cell, ...(cell.fill ? { fill: { ...cell.fill } } : {}) });
    }
    sheet.frozenRows = snapshot.frozenRows ?? 0;
    for (const text of snapshot.merges ?? []) {
      const rect = parseRect(text);
      if (!rect) throw new Error(`Bad merge ${text} in the snapshot of ${snapshot.name}`);
      sheet.merges.push(rect);
    }
    return sheet;
  }

  toSnapshot(): SheetSnapshot {
    const cells: Record<string, CellSnapshot> = {};
    const entries = [...this.#cells].map(([k, cell]) => [k.split(':').map(Number) as [number, number], cell] as const);
    entries.sort(([a], [b]) => a[0] - b[0] || a[1] - b[1]);
    for (const [[row, column], cell] of entries) cells[`${columnLetters(column)}${row}`] = { ...cell };
    const validations: ListRuleSnapshot[] = this.validations.map((v) => ({ address: formatRect(v.rect), source: v.source, showAlert: v.showAlert }));
    const columnWidths = Object.fromEntries([...this.columnWidths].map(([c, w]) => [columnLetters(c), w]));
    return { name: this.name, cells, frozenRows: this.frozenRows, validations, columnWidths, ...(this.merges.length > 0 ? { merges: this.merges.map(formatRect) } : {}) };
  }

  cell(row: number, column: number): Readonly<Cell> | undefined {
    return this.#cells.get(key(row, column));
  }

  /** Applies `change` to every cell of `rect`, dropping cells left with nothing in them. */
  update(rect: Rect, change: (cell: Cell, row: number, column: number) => void): void {
    if (rectRows(rect) * rectColumns(rect) > MAX_CELLS) throw invalidArgument(`${formatRect(rect)} is too large for a cell-by-cell change in the stand-in`);
    for (let row = rect.r1; row <= rect.r2; row++) {
      for (let column = rect.c1; column <= rect.c2; column++) {
        const k = key(row, column);
        const cell: Cell = this.#cells.get(k) ?? { value: '' };
        change(cell, row, column);
        const empty = cell.value === '' && !cell.formula && !cell.fill && !cell.numberFormat && !cell.bold;
        if (empty) this.#cells.delete(k);
        else this.#cells.set(k, cell);
      }
    }
  }

  /** A rectangle's property, one entry per cell. */
  grid<T>(rect: Rect, read: (cell: Readonly<Cell> | undefined) => T): T[][] {
    if (rectRows(rect) * rectColumns(rect) > MAX_CELLS) throw invalidArgument(`${formatRect(rect)} is too large to read in the stand-in`);
    return Array.from({ length: rectRows(rect) }, (_, r) => Array.from({ length: rectColumns(rect) }, (_, c) => read(this.cell(rect.r1 + r, rect.c1 + c))));
  }

  /** The value common to every cell of `rect`, or null when they differ (as Excel reports mixed formats). */
  common<T>(rect: Rect, read: (cell: Readonly<Cell> | undefined) => T): T | null {
    const values = this.grid(rect, read).flat();
    return values.every((v) => v === values[0]) ? values[0]! : null;
  }

  /** The smallest rectangle holding every cell with a value or formula (and any format unless `valuesOnly`). */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let rect: { r1: number; c1: number; r2: number; c2: number } | undefined;
    for (const [k, cell] of this.#cells) {
      if (valuesOnly && cell.value === '' && !cell.formula) continue;
      const [row, column] = k.split(':').map(Number) as [number, number];
      rect = rect
        ? { r1: Math.min(rect.r1, row), c1: Math.min(rect.c1, column), r2: Math.max(rect.r2, row), c2: Math.max(rect.c2, column) }
        : { r1: row, c1: column, r2: row, c2: column };
    }
    return rect;
  }

  write(rect: Rect, grid: unknown, kind: 'values' | 'formulas' | 'numberFormat'): void {
    const rows = rectRows(rect);
    const columns = rectColumns(rect);
    if (!Array.isArray(grid) || grid.length !== rows || grid.some((line) => !Array.isArray(line) || line.length !== columns)) {
      throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range ${formatRect(rect)} (${rows}×${columns})`);
    }
    this.update(rect, (cell, row, column) => {
      const raw = (grid as unknown[][])[row - rect.r1]![column - rect.c1];
      if (raw === null || raw === undefined) return; // null leaves the cell as it is, like Excel
      if (kind === 'numberFormat') {
        if (typeof raw !== 'string') throw invalidArgument(`numberFormat ${String(raw)}`);
        if (raw === 'General') delete cell.numberFormat;
        else cell.numberFormat = raw;
        return;
      }
      if (typeof raw !== 'string' && typeof raw !== 'number' && typeof raw !== 'boolean') throw invalidArgument(`${kind} value ${String(raw)}`);
      if (typeof raw === 'string' && raw.startsWith('=') && raw.length > 1) {
        cell.formula = raw;
        cell.value = '';
        return;
      }
      delete cell.formula;
      cell.value = entered(raw, cell.numberFormat);
    });
  }

  setFill(rect: Rect, change: { color?: string; pattern?: string; patternColor?: string } | 'clear'): void {
    for (const color of [change === 'clear' ? undefined : change.color, change === 'clear' ? undefined : change.patternColor]) {
      if (color !== undefined && !COLOR.test(color)) throw invalidArgument(`fill colour ${color} (the stand-in takes #RRGGBB)`);
    }
    this.update(rect, (cell) => {
      if (change === 'clear' || change.pattern === 'None') {
        delete cell.fill;
        return;
      }
      const before = cell.fill ?? NO_FILL;
      cell.fill = {
        pattern: change.pattern ?? (before.pattern === 'None' ? 'Solid' : before.pattern),
        color: (change.color ?? before.color).toUpperCase(),
        patternColor: (change.patternColor ?? before.patternColor).toUpperCase(),
      };
    });
  }

  setValidation(rect: Rect, rule: { source?: string; showAlert?: boolean }): void {
    const existing = this.validations.find((v) => v.rect.r1 === rect.r1 && v.rect.r2 === rect.r2 && v.rect.c1 === rect.c1 && v.rect.c2 === rect.c2);
    if (existing) {
      if (rule.source !== undefined) existing.source = rule.source;
      if (rule.showAlert !== undefined) existing.showAlert = rule.showAlert;
      return;
    }
    if (rule.source === undefined) throw invalidArgument(`errorAlert on ${formatRect(rect)} before its rule`);
    this.clearValidation(rect);
    this.validations.push({ rect, source: rule.source, showAlert: rule.showAlert ?? true });
  }

  clearValidation(rect: Rect): void {
    for (let i = this.validations.length - 1; i >= 0; i--) if (overlaps(this.validations[i]!.rect, rect)) this.validations.splice(i, 1);
  }

  setColumnWidth(rect: Rect, points: number): void {
    for (let column = rect.c1; column <= rect.c2; column++) this.columnWidths.set(column, points);
  }

  columnWidth(rect: Rect): number | null {
    const widths = new Set(Array.from({ length: rectColumns(rect) }, (_, i) => this.columnWidths.get(rect.c1 + i) ?? DEFAULT_COLUMN_WIDTH));
    return widths.size === 1 ? [...widths][0]! : null;
  }

  isWholeColumns(rect: Rect): boolean {
    return rect.r1 === 1 && rect.r2 === MAX_ROWS;
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[];
  active: SheetModel;
  selection: { sheet: string; address: string };

  constructor(sheets: SheetModel[]) {
    if (sheets.length === 0) throw new Error('A workbook has at least one sheet');
    this.sheets = sheets;
    this.active = sheets[0]!;
    this.selection = { sheet: this.active.name, address: 'A1' };
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): WorkbookModel {
    return new WorkbookModel(snapshot.sheets.map((s) => SheetModel.fromSnapshot(s)));
  }

  toSnapshot(): WorkbookSnapshot {
    return { sheets: this.sheets.map((s) => s.toSnapshot()) };
  }

  /** Sheet names match case-insensitively, as in Excel. */
  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw itemNotFound(`worksheet '${name}'`);
    return sheet;
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n++) if (!this.findSheet(`Sheet${n}`)) chosen = `Sheet${n}`;
    if (chosen.trim() === '' || /[\\/?*[\]:]/.test(chosen) || chosen.length > 31) throw invalidArgument(`sheet name '${chosen}'`);
    if (this.findSheet(chosen)) throw invalidArgument(`a sheet named '${chosen}' already exists`);
    const sheet = new SheetModel(chosen);
    this.sheets.push(sheet);
    return sheet;
  }

  activate(sheet: SheetModel): void {
    if (this.active !== sheet) this.selection = { sheet: sheet.name, address: 'A1' };
    this.active = sheet;
  }

  select(sheet: SheetModel, rect: Rect): void {
    this.active = sheet;
    this.selection = { sheet: sheet.name, address: formatRect(rect) };
  }

  address(sheet: SheetModel, rect: Rect): string {
    return qualify(sheet.name, formatRect(rect));
  }
}
