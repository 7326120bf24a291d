/**
 * The JSON form of a workbook that the Office.js stand-in serves: what exceljs read from a real
 * .xlsx (values, formulas, fills), and what the stand-in hands back for assertions.
 */

/** A cell value as Office.js `values` gives it: number, text (Excel errors as `#REF!` text), boolean, or '' for blank. */
export type CellScalar = string | number | boolean;

/**
 * A cell's fill as Office.js reports it: `pattern` `None` means no fill (Excel then reports colour
 * #FFFFFF), `Solid` a plain colour; other patterns keep a pattern colour.
 */
export interface FillSnapshot {
  readonly pattern: string;
  readonly color: string;
  readonly patternColor: string;
}

export interface CellSnapshot {
  readonly value: CellScalar;
  /** With its leading `=`. */
  readonly formula?: string;
  /** Absent: no fill. */
  readonly fill?: FillSnapshot;
  readonly numberFormat?: string;
  readonly bold?: boolean;
}

export interface ListRuleSnapshot {
  /** Local A1 range, e.g. `C3:C40`. */
  readonly address: string;
  readonly source: string;
  readonly showAlert: boolean;
}

export interface SheetSnapshot {
  readonly name: string;
  /** Keyed by A1 address. */
  readonly cells: Readonly<Record<string, CellSnapshot>>;
  readonly frozenRows?: number;
  readonly validations?: readonly ListRuleSnapshot[];
  /** Column letter → width in points. */
  readonly columnWidths?: Readonly<Record<string, number>>;
  /** Merged ranges (`B2:B3`). */
  readonly merges?: readonly string[];
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

export const NO_FILL: FillSnapshot = Object.freeze({ pattern: 'None', color: '#FFFFFF', patternColor: '#000000' });

/** What a test configures before the stand-in script runs (`globalThis.__OFFICE_STANDIN_CONFIG__`). */
export interface StandinConfig {
  readonly workbook: WorkbookSnapshot;
  readonly displayLanguage?: string;
  readonly documentUrl?: string;
}

export const CONFIG_GLOBAL = '__OFFICE_STANDIN_CONFIG__';
export const STATE_GLOBAL = '__officeStandin';
