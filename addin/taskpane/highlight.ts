/// <reference types="office-js" />
/**
 * "Sorot" and "Hapus sorotan". Before colouring, each cell's fill is saved as Excel reports it:
 * `pattern` tells "no fill" (`None`, which reports colour #FFFFFF) from a white fill (`Solid`),
 * so restoring clears the former and paints the latter back. Only plain data (sheet, cell, fill)
 * is kept between batches, never Office proxy objects.
 */
import { HIGHLIGHT_FILL, type CellTarget } from './highlight-targets';

export interface SavedFill {
  readonly sheet: string;
  readonly cell: string;
  readonly pattern: string;
  readonly color: string;
  readonly patternColor: string;
  /** The colour "Sorot" painted: a cell the user recoloured since is left as the user made it. */
  readonly highlight: string;
}

const NO_FILL = 'None';
const SOLID = 'Solid';
const FILL_PROPERTIES = 'format/fill/color,format/fill/pattern,format/fill/patternColor';

function fillOf(context: Excel.RequestContext, sheet: string, cell: string): Excel.RangeFill {
  return context.workbook.worksheets.getItem(sheet).getRange(cell).format.fill;
}

function queueRestore(context: Excel.RequestContext, saved: SavedFill): void {
  const fill = fillOf(context, saved.sheet, saved.cell);
  fill.clear();
  if (saved.pattern === NO_FILL) return;
  fill.color = saved.color;
  if (saved.pattern !== SOLID) {
    fill.pattern = saved.pattern as Excel.FillPattern;
    fill.patternColor = saved.patternColor;
  }
}

const sameColor = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/** Restores every saved cell still showing its highlight colour (two syncs). */
export async function clearHighlight(context: Excel.RequestContext, saved: readonly SavedFill[]): Promise<void> {
  if (saved.length === 0) return;
  const current = saved.map((s) => {
    const range = context.workbook.worksheets.getItem(s.sheet).getRange(s.cell);
    range.load(FILL_PROPERTIES);
    return { saved: s, range };
  });
  await context.sync();
  for (const { saved: s, range } of current) {
    const fill = range.format.fill;
    if (fill.pattern === SOLID && sameColor(fill.color, s.highlight)) queueRestore(context, s);
  }
  await context.sync();
}

/**
 * Colours every target (error or warning colour) after saving its fill; two syncs. Call
 * `clearHighlight` for an earlier highlight first, so its colours are never saved as originals.
 */
export async function applyHighlight(context: Excel.RequestContext, targets: readonly CellTarget[]): Promise<SavedFill[]> {
  if (targets.length === 0) return [];
  const ranges = targets.map((target) => {
    const range = context.workbook.worksheets.getItem(target.sheet).getRange(target.cell);
    range.load(FILL_PROPERTIES);
    return { target, range };
  });
  await context.sync();
  const saved = ranges.map(({ target, range }): SavedFill => {
    const fill = range.format.fill;
    return {
      sheet: target.sheet,
      cell: target.cell,
      pattern: fill.pattern,
      color: fill.color,
      patternColor: fill.patternColor,
      highlight: HIGHLIGHT_FILL[target.severity],
    };
  });
  for (const { target, range } of ranges) range.format.fill.color = HIGHLIGHT_FILL[target.severity];
  await context.sync();
  return saved;
}
