/**
 * The height a row with wrapped text needs, estimated from its texts and column widths, so that
 * no application draws a wrapped cell over the next row (LibreOffice keeps a row at the default
 * height unless the file gives one). About one line of 15 points per column width of characters.
 */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;
const DEFAULT_WIDTH = 9;

/** Lines `text` takes in a column `width` characters wide. */
export function wrappedLines(text: string, width: number | undefined): number {
  const perLine = Math.max(1, Math.floor((width ?? DEFAULT_WIDTH) * 1.15));
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    lines += Math.max(1, Math.ceil(length / perLine));
    if (end < 0 || lines * LINE_HEIGHT >= MAX_ROW_HEIGHT) break;
    start = end + 1;
  }
  return lines;
}

/** Row height in points for `lines` lines (at least the default 15, at most Excel's 409). */
export function rowHeightFor(lines: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.max(1, lines) * LINE_HEIGHT);
}
