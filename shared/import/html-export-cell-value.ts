/**
 * A cell's text in an HTML export → the value Excel would give it. Such pages write numbers the
 * English way (PHP's `number_format`: `85.71`, `1,234.50`, `12.50%`), so those become numbers (a
 * percentage its fraction, as Excel stores `12.50%`); everything else stays text. Codes with
 * leading zeros (`007`) and numbering (`1.a`, `A.1`) are text.
 */
import { BLANK, type CellValue } from '../table/table';

const PLAIN = /^[-+]?(0|[1-9]\d*)(\.\d+)?$/;
const GROUPED = /^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
const DECIMAL_ONLY = /^[-+]?\.\d+$/;

/** The number an English-formatted text states, or undefined. */
export function englishNumber(text: string): number | undefined {
  const t = text.trim();
  if (PLAIN.test(t) || DECIMAL_ONLY.test(t)) return Number(t);
  if (GROUPED.test(t)) return Number(t.replace(/,/g, ''));
  return undefined;
}

/**
 * Characters no workbook can hold (XML 1.0 forbids them: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so that a cell read from a
 * page can be written to the consolidated workbook as it is.
 */
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function htmlCellValue(text: string): CellValue {
  const t = text.replace(NOT_IN_XML, '\uFFFD').trim();
  if (t === '') return BLANK;
  const number = englishNumber(t);
  if (number !== undefined && Number.isFinite(number)) return { type: 'number', value: number };
  if (t.endsWith('%') && englishNumber(t.slice(0, -1)) !== undefined) {
    // `12.34e-2`, not 12.34 / 100: the fraction exactly as Excel stores a typed `12.34%`.
    const fraction = Number(`${t.slice(0, -1).trim().replace(/,/g, '')}e-2`);
    if (Number.isFinite(fraction)) return { type: 'number', value: fraction };
  }
  return { type: 'text', value: t };
}
