/**
 * Conditional formatting, so that colours follow the values when evaluators edit: predikat
 * colours (AA dark green … D red), capaian data bars, and a mark on rows to review.
 */
import { argb, type Argb, type Font, type SheetWriter } from './xlsx';
import { COLOUR } from './colours';
import { PREDIKAT_TABLE, type Predikat } from '../../shared';

export const PREDIKAT_COLOURS: Record<Predikat, { fill: Argb; font: Argb }> = {
  AA: { fill: argb('FF1E7B34'), font: argb('FFFFFFFF') },
  A: { fill: argb('FF4CAF50'), font: argb('FFFFFFFF') },
  BB: { fill: argb('FFA5D6A7'), font: argb('FF000000') },
  B: { fill: argb('FFDCEDC8'), font: argb('FF000000') },
  CC: { fill: argb('FFFFF59D'), font: argb('FF000000') },
  C: { fill: argb('FFFFCC80'), font: argb('FF000000') },
  D: { fill: argb('FFEF9A9A'), font: argb('FF000000') },
};

/** Colours the predikat cells of `ref` (e.g. `I2:I11`; its first cell is the rules' anchor). */
export function predikatColours(sheet: SheetWriter, ref: string): void {
  sheet.addConditionalFormatting(
    ref,
    PREDIKAT_TABLE.map((band, i) => ({
      type: 'cellIs' as const,
      operator: 'equal' as const,
      formulae: [`"${band.predikat}"`],
      priority: i + 1,
      style: { fill: { argb: PREDIKAT_COLOURS[band.predikat].fill }, font: { bold: true, color: { argb: PREDIKAT_COLOURS[band.predikat].font } } },
    })),
  );
}

/** Data bars from 0 to 120 % over capaian cells. */
export function capaianBars(sheet: SheetWriter, ref: string): void {
  sheet.addConditionalFormatting(ref, [{ type: 'dataBar', priority: 1, min: 0, max: 120, color: { argb: COLOUR.capaianBar } }]);
}

/** Highlights the cells of `ref` whose value is one of `texts` (e.g. Perlu Ditinjau = Ya, Ya (sebelumnya B)). */
export function markText(sheet: SheetWriter, ref: string, text: string | readonly string[], argb: Argb = COLOUR.review): void {
  const texts = typeof text === 'string' ? [text] : text;
  if (texts.length === 0) return;
  const font: Font = { bold: true };
  sheet.addConditionalFormatting(
    ref,
    texts.map((t, i) => ({ type: 'cellIs' as const, operator: 'equal' as const, formulae: [`"${t.replace(/"/g, '""')}"`], priority: i + 1, style: { fill: { argb }, font } })),
  );
}
