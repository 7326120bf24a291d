/**
 * Shared formulas (`<f t="shared" si="0" ref="C2:C9">A2*2</f>` on the master cell, `<f t="shared"
 * si="0"/>` on the others): Excel and LibreOffice store the formula once and every other cell of
 * the range is the master's formula with its relative references moved by the cell's offset. This
 * is exceljs's `slideFormula` (what `cell.formula` yields for such a cell), with two corrections
 * Excel makes too: text inside string literals is never moved, and a reference moved off the sheet
 * becomes `#REF!`.
 */
import { columnLetters, columnNumber } from '../../shared';

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;
/** Candidate tokens, as exceljs finds them: an optional sheet prefix, a word, an optional `(`. */
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^(\$)?([a-z]+)(\$)?([1-9][0-9]*)$/i;

function slideSegment(segment: string, rows: number, columns: number): string {
  return segment.replace(CANDIDATE, (match: string, sheet: string | undefined, _name: string | undefined, word: string, paren: string | undefined) => {
    if (paren) return match;
    const ref = CELL_REF.exec(word);
    if (!ref) return match;
    const letters = ref[2]!.toUpperCase();
    if (letters.length > 3 || (letters.length === 3 && letters > 'XFD')) return match;
    let column = columnNumber(letters);
    let row = parseInt(ref[4]!, 10);
    if (!ref[1]) column += columns;
    if (!ref[3]) row += rows;
    if (column < 1 || column > MAX_COLUMN || row < 1 || row > MAX_ROW) return `${sheet ?? ''}#REF!`;
    return `${sheet ?? ''}${ref[1] ?? ''}${columnLetters(column)}${ref[3] ?? ''}${row}`;
  });
}

/**
 * The formula of the cell `rows` rows and `columns` columns away from the master, whose formula
 * is `formula`. String literals (`"…"`, with `""` escapes) are copied unchanged.
 */
export function slideFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  if (!formula.includes('"')) return slideSegment(formula, rows, columns);
  let out = '';
  let at = 0;
  while (at < formula.length) {
    const quote = formula.indexOf('"', at);
    if (quote < 0) {
      out += slideSegment(formula.slice(at), rows, columns);
      break;
    }
    out += slideSegment(formula.slice(at, quote), rows, columns);
    let end = quote + 1;
    for (;;) {
      const next = formula.indexOf('"', end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula.charCodeAt(next + 1) === 0x22) {
        end = next + 2;
        continue;
      }
      end = next + 1;
      break;
    }
    out += formula.slice(quote, end);
    at = end;
  }
  return out;
}
