/**
 * The cells and rows the sheets are built from, modelled the way exceljs models them (a cell
 * created in a column takes the column's number format; a row font applies to every cell), with
 * every style value typed to the schema (ooxml-types.ts).
 */
import type { Argb, CellIsOperator, HorizontalAlignment, PatternType, ValidationErrorStyle, ValidationType, VerticalAlignment } from './ooxml-types';

export interface Font {
  readonly bold?: boolean;
  readonly underline?: boolean;
  readonly color?: { readonly argb: Argb };
}
export interface Alignment {
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  readonly wrapText?: boolean;
  /** Indent level, 0–255 (with `horizontal` left, right or distributed). */
  readonly indent?: number;
}
/** A solid fill. */
export interface Fill {
  readonly type: 'pattern';
  readonly pattern: Extract<PatternType, 'solid'>;
  readonly fgColor: { readonly argb: Argb };
}

/** A formula's cached result: a finite number, a text or an error code. */
export type FormulaResult = number | string | { readonly error: string };
export type CellValue = null | number | string | { readonly formula: string; readonly result: FormulaResult } | { readonly text: string; readonly hyperlink: string };

export interface DataValidation {
  readonly type: ValidationType;
  readonly allowBlank: boolean;
  readonly formulae: readonly string[];
  readonly showErrorMessage: boolean;
  readonly errorStyle: ValidationErrorStyle;
  readonly errorTitle: string;
  readonly error: string;
}

export interface CellIsRule {
  readonly type: 'cellIs';
  readonly operator: CellIsOperator;
  readonly formulae: readonly string[];
  readonly priority: number;
  readonly style: { readonly fill: { readonly argb: Argb }; readonly font: Font };
}
export interface DataBarRule {
  readonly type: 'dataBar';
  readonly priority: number;
  readonly min: number;
  readonly max: number;
  readonly color: { readonly argb: Argb };
}
export type ConditionalRule = CellIsRule | DataBarRule;

/** One cell: a value and style properties. */
export class Cell {
  value: CellValue = null;
  numFmt: string | undefined;
  font: Font | undefined;
  fill: Fill | undefined;
  alignment: Alignment | undefined;
  dataValidation: DataValidation | undefined;
  /** An evaluator's cell: left unlocked when the sheet is protected. */
  unlocked = false;
  constructor(numFmt: string | undefined) {
    this.numFmt = numFmt;
  }
}

export class Row {
  readonly cells: (Cell | undefined)[] = [];
  /** Height in points; rows with wrapped text get one so they do not overlap the next row. */
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
