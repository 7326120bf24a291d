/**
 * The SpreadsheetML values the writer puts in attributes, typed to the schema's own enumerations
 * (ECMA-376 Part 1, sml.xsd), so a value the schema does not allow does not compile. The API
 * words are the file's words: `center`, never exceljs's `middle`.
 */

/** ST_HorizontalAlignment. */
export type HorizontalAlignment = 'general' | 'left' | 'center' | 'right' | 'fill' | 'justify' | 'centerContinuous' | 'distributed';
/** ST_VerticalAlignment. */
export type VerticalAlignment = 'top' | 'center' | 'bottom' | 'justify' | 'distributed';
/** ST_PatternType (the writer draws solid fills only; `none` and `gray125` are the two fills every styles part starts with). */
export type PatternType = 'none' | 'solid' | 'gray125';
/** ST_ConditionalFormattingOperator, the operators the workbook uses. */
export type CellIsOperator = 'equal' | 'notEqual' | 'greaterThan' | 'greaterThanOrEqual' | 'lessThan' | 'lessThanOrEqual' | 'between';
/** ST_DataValidationType, ST_DataValidationErrorStyle: list validations that stop a wrong entry. */
export type ValidationType = 'list';
export type ValidationErrorStyle = 'stop' | 'warning' | 'information';
/** ST_Orientation. */
export type PageOrientation = 'portrait' | 'landscape';

declare const ARGB: unique symbol;
/** ST_UnsignedIntHex: an ARGB colour, eight hex digits (`FF1F4E78`). Made by `argb()` only. */
export type Argb = string & { readonly [ARGB]: true };

const ARGB_PATTERN = /^[0-9A-F]{8}$/;

/** An ARGB colour; anything but eight hex digits is a programming error and throws. */
export function argb(value: string): Argb {
  const upper = value.toUpperCase();
  if (!ARGB_PATTERN.test(upper)) throw new Error(`not an ARGB colour: ${JSON.stringify(value)}`);
  return upper as Argb;
}

/** A whole number in [min, max]; anything else throws (indent is ST 0..255, row height points 0..409). */
export function boundedInteger(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${what} out of range: ${value}`);
  return value;
}
