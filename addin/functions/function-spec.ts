/**
 * The shape of one `=SAKIP.*` function in the registry (`registry.ts`): its id, its parameters
 * and its texts in Indonesian and English, and its implementation. Everything else about a
 * function is generated from this: the metadata Excel reads (`metadata.ts`: functions.json and the
 * en-US copy), the `CustomFunctions.associate` calls (`functions.ts`), docs/functions.md
 * (scripts/docs/functions-reference.ts, with the prose of `details/<ID>.md`) and the golden files
 * the tests hold them to.
 */
import type { Failure } from './failure';

export const FUNCTIONS_NAMESPACE = 'SAKIP';
export const FUNCTIONS_HELP_URL = 'https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md';

/** The help page anchor of a function: the docs heading `## SAKIP.GRADE` → `#sakipgrade`. */
export const helpUrlOf = (id: string): string => `${FUNCTIONS_HELP_URL}#${FUNCTIONS_NAMESPACE.toLowerCase()}${id.toLowerCase()}`;

/** A text in Indonesian (Excel's default for the add-in) and English (en-US). */
export interface Texts {
  readonly id: string;
  readonly en: string;
}

/**
 * How a parameter is handed over and used:
 * - `cells`: a value or a range; the implementation gets one cell at a time and the result spills
 *   in the range's shape (several `cells` parameters: one cell, or ranges of one shape);
 * - `range`: a range taken whole (the implementation gets its rows of cells);
 * - `text`: one text value, read once per call;
 * - `value`: one value of any type, read once per call.
 */
export type ParameterKind = 'cells' | 'range' | 'text' | 'value';

export interface ParameterSpec {
  readonly name: string;
  readonly kind: ParameterKind;
  readonly optional?: boolean;
  readonly description: Texts;
  /**
   * `text`/`value` parameters: reads the argument once for the whole call (omitted: null or
   * undefined); a Failure fails the call. Without it the argument is passed as it is.
   */
  readonly read?: (raw: unknown) => unknown;
}

interface SpecCommon {
  /** Upper case, as in `=SAKIP.GRADE`. */
  readonly id: string;
  /** The function's description in Excel's formula autocomplete. */
  readonly description: Texts;
  /** A few words for the table of functions in docs/functions.md. */
  readonly summary: Texts;
  readonly parameters: readonly ParameterSpec[];
}

/** A function that spills: one result cell per cell of its `cells` arguments. */
export interface SpillSpec extends SpecCommon {
  readonly result: 'cells';
  /** One result cell from one cell of each `cells` argument and the other arguments as read. */
  readonly cell: (...args: never[]) => unknown;
}

/** A function with one number as its result, computed from its arguments as they are read. */
export interface NumberSpec extends SpecCommon {
  readonly result: 'number';
  readonly compute: (...args: never[]) => number | Failure;
}

export type FunctionSpec = SpillSpec | NumberSpec;
