/** `Excel.Range` and what hangs off it: format (fill, font, column width) and data validation. */
import { overlaps, rectColumns, rectRows, type Rect } from './a1-range';
import { ClientObject, type Batch } from './client-object';
import { itemNotFound, notImplemented } from './office-error';
import { NO_FILL } from './snapshot';
import type { SheetModel } from './workbook-model';

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** Resolves a proxy's target at sync time; undefined = missing (a null object, or ItemNotFound). */
export type Resolve = () => RangeTarget | undefined;

class RangeFill extends ClientObject {
  protected readonly scalars = ['color', 'pattern', 'patternColor'];
  constructor(batch: Batch, path: string, private readonly target: () => RangeTarget) {
    super(batch, path);
  }
  protected read(name: string): unknown {
    const { sheet, rect } = this.target();
    const fill = (cell: { fill?: typeof NO_FILL } | undefined) => cell?.fill ?? NO_FILL;
    if (name === 'color') return sheet.common(rect, (c) => fill(c).color);
    if (name === 'pattern') return sheet.common(rect, (c) => fill(c).pattern);
    return sheet.common(rect, (c) => fill(c).patternColor);
  }
  get color(): string {
    return this.loaded('color');
  }
  set color(value: string) {
    this.assign('color', value, () => this.target().sheet.setFill(this.target().rect, { color: value }));
  }
  get pattern(): string {
    return this.loaded('pattern');
  }
  set pattern(value: string) {
    this.assign('pattern', value, () => this.target().sheet.setFill(this.target().rect, { pattern: value }));
  }
  get patternColor(): string {
    return this.loaded('patternColor');
  }
  set patternColor(value: string) {
    this.assign('patternColor', value, () => this.target().sheet.setFill(this.target().rect, { patternColor: value }));
  }
  clear(): void {
    this.act('clear()', () => this.target().sheet.setFill(this.target().rect, 'clear'));
  }
}

class RangeFont extends ClientObject {
  protected readonly scalars = ['bold'];
  constructor(batch: Batch, path: string, private readonly target: () => RangeTarget) {
    super(batch, path);
  }
  protected read(): unknown {
    const { sheet, rect } = this.target();
    return sheet.common(rect, (c) => c?.bold ?? false);
  }
  get bold(): boolean {
    return this.loaded('bold');
  }
  set bold(value: boolean) {
    this.assign('bold', value, () => {
      const { sheet, rect } = this.target();
      sheet.update(rect, (cell) => {
        if (value) cell.bold = true;
        else delete cell.bold;
      });
    });
  }
}

class RangeFormat extends ClientObject {
  protected readonly scalars = ['columnWidth'];
  readonly fill: RangeFill;
  readonly font: RangeFont;
  constructor(batch: Batch, path: string, private readonly target: () => RangeTarget) {
    super(batch, path);
    this.fill = new RangeFill(batch, `${path}.fill`, target);
    this.font = new RangeFont(batch, `${path}.font`, target);
  }
  protected override child(name: string): ClientObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
  protected read(): unknown {
    const { sheet, rect } = this.target();
    return sheet.columnWidth(rect);
  }
  get columnWidth(): number {
    return this.loaded('columnWidth');
  }
  set columnWidth(points: number) {
    this.assign('columnWidth', points, () => this.target().sheet.setColumnWidth(this.target().rect, points));
  }
}

interface ListRule {
  list?: { inCellDropDown?: boolean; source?: unknown };
}

class DataValidation extends ClientObject {
  protected readonly scalars = ['rule'];
  constructor(batch: Batch, path: string, private readonly target: () => RangeTarget) {
    super(batch, path);
  }
  protected read(): unknown {
    const { sheet, rect } = this.target();
    const rule = sheet.validations.find((v) => v.rect.r1 === rect.r1 && v.rect.c1 === rect.c1 && v.rect.r2 === rect.r2 && v.rect.c2 === rect.c2);
    return rule ? { list: { inCellDropDown: true, source: rule.source } } : {};
  }
  get rule(): ListRule {
    return this.loaded('rule');
  }
  set rule(rule: ListRule) {
    const source = rule.list?.source;
    if (typeof source !== 'string' || Object.keys(rule).length !== 1) throw notImplemented(`data validation rules other than a list from a text source (${JSON.stringify(rule)})`);
    this.assign('rule', rule, () => this.target().sheet.setValidation(this.target().rect, { source }));
  }
  set errorAlert(alert: { showAlert?: boolean }) {
    this.assign('errorAlert', alert, () => this.target().sheet.setValidation(this.target().rect, { showAlert: alert.showAlert ?? true }));
  }
  get errorAlert(): { showAlert?: boolean } {
    return this.loaded('errorAlert');
  }
  clear(): void {
    this.act('clear()', () => this.target().sheet.clearValidation(this.target().rect));
  }
}

/**
 * `Excel.RangeAreas` as `Range.getMergedAreasOrNullObject()` gives it (ExcelApi 1.13): the merged
 * areas that intersect the range, as `Sheet1!A1:B2, Sheet1!C3:D4`; a null object when there are none.
 */
export class MergedAreas extends ClientObject {
  protected readonly scalars = ['address', 'areaCount'];
  constructor(
    batch: Batch,
    path: string,
    private readonly areas: () => { sheet: SheetModel; rects: Rect[] } | undefined,
  ) {
    super(batch, path);
  }
  protected override isMissing(): boolean {
    const found = this.areas();
    return !found || found.rects.length === 0;
  }
  protected read(name: string): unknown {
    const found = this.areas()!;
    if (name === 'areaCount') return found.rects.length;
    return found.rects.map((rect) => this.batch.model.address(found.sheet, rect)).join(', ');
  }
  get address(): string {
    return this.loaded('address');
  }
  get areaCount(): number {
    return this.loaded('areaCount');
  }
}

export class Range extends ClientObject {
  protected readonly scalars = ['address', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'];
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;

  constructor(
    batch: Batch,
    path: string,
    private readonly resolve: Resolve,
    /** A null object when its target is missing; otherwise a missing target is ItemNotFound. */
    private readonly nullable = false,
  ) {
    super(batch, path);
    const target = () => this.target();
    this.format = new RangeFormat(batch, `${path}.format`, target);
    this.dataValidation = new DataValidation(batch, `${path}.dataValidation`, target);
  }

  target(): RangeTarget {
    const target = this.resolve();
    if (!target) throw itemNotFound(this.path);
    return target;
  }

  protected override isMissing(): boolean {
    return this.nullable && this.resolve() === undefined;
  }

  protected override child(name: string): ClientObject | undefined {
    return name === 'format' ? this.format : name === 'dataValidation' ? this.dataValidation : undefined;
  }

  protected read(name: string): unknown {
    const { sheet, rect } = this.target();
    switch (name) {
      case 'address':
        return this.batch.model.address(sheet, rect);
      case 'values':
        return sheet.grid(rect, (c) => c?.value ?? '');
      case 'formulas':
        return sheet.grid(rect, (c) => c?.formula ?? c?.value ?? '');
      case 'numberFormat':
        return sheet.grid(rect, (c) => c?.numberFormat ?? 'General');
      case 'rowCount':
        return rectRows(rect);
      case 'columnCount':
        return rectColumns(rect);
      case 'rowIndex':
        return rect.r1 - 1;
      default:
        return rect.c1 - 1;
    }
  }

  get address(): string {
    return this.loaded('address');
  }
  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(grid: unknown[][]) {
    this.assign('values', grid, () => this.target().sheet.write(this.target().rect, grid, 'values'));
  }
  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(grid: unknown[][]) {
    this.assign('formulas', grid, () => this.target().sheet.write(this.target().rect, grid, 'formulas'));
  }
  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.assign('numberFormat', grid, () => this.target().sheet.write(this.target().rect, grid, 'numberFormat'));
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }

  select(): void {
    this.act('select()', () => {
      const { sheet, rect } = this.target();
      this.batch.model.select(sheet, rect);
    });
  }

  getMergedAreasOrNullObject(): MergedAreas {
    return new MergedAreas(this.batch, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const target = this.resolve();
      if (!target) return undefined;
      return { sheet: target.sheet, rects: target.sheet.merges.filter((m) => overlaps(m, target.rect)) };
    });
  }

  /** The cell at (row, column), 0-based from this range's top-left cell. */
  getCell(row: number, column: number): Range {
    return new Range(this.batch, `${this.path}.getCell(${row},${column})`, () => {
      const { sheet, rect } = this.target();
      return { sheet, rect: { r1: rect.r1 + row, c1: rect.c1 + column, r2: rect.r1 + row, c2: rect.c1 + column } };
    });
  }

  /** This range grown (or shrunk) by `rows` and `columns` at its bottom-right corner. */
  getResizedRange(rows: number, columns: number): Range {
    return new Range(this.batch, `${this.path}.getResizedRange(${rows},${columns})`, () => {
      const { sheet, rect } = this.target();
      const resized = { ...rect, r2: rect.r2 + rows, c2: rect.c2 + columns };
      return resized.r2 < resized.r1 || resized.c2 < resized.c1 ? undefined : { sheet, rect: resized };
    });
  }
}
