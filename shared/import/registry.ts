/**
 * Every foreign layout SAKIP Kit recognises, and the detection over a workbook: per sheet, the
 * layout with the best score. A new layout is one file in this folder plus one line here.
 */
import type { TableSheet } from '../table/table';
import { sheetView, type SheetView } from './header-bands';
import { capaianE81Layout } from './capaian-e81';
import { capaianPkLayout } from './capaian-pk-triwulan';
import { pohonLebarLayout } from './pohon-kinerja-lebar';
import { pohonPanjangLayout } from './pohon-kinerja-panjang';
import { rekomendasiLayout } from './rekomendasi-tindak-lanjut';
import type { LayoutDetection, SheetLayout } from './layout';
import { LKE_FLAT } from './lke-flat';
import { LKE_HIERARCHICAL } from './lke-hierarchical';
import { lkeWpEvalSakipLayout } from './lke-wp-eval-sakip';

export const LAYOUTS: SheetLayout[] = [LKE_HIERARCHICAL, LKE_FLAT, lkeWpEvalSakipLayout, capaianE81Layout, capaianPkLayout, pohonLebarLayout, pohonPanjangLayout, rekomendasiLayout];

/** Adds a layout (adapters register themselves here; the order breaks score ties). */
export function registerLayout(layout: SheetLayout): void {
  if (!LAYOUTS.some((l) => l.id === layout.id)) LAYOUTS.push(layout);
}

export interface SheetDetection {
  readonly sheet: TableSheet;
  readonly view: SheetView;
  readonly layout: SheetLayout;
  readonly detection: LayoutDetection;
}

/** The best layout for one sheet; undefined when none fits. */
export function detectSheet(sheet: TableSheet, layouts: readonly SheetLayout[] = LAYOUTS): SheetDetection | undefined {
  const view = sheetView(sheet);
  let best: SheetDetection | undefined;
  for (const layout of layouts) {
    const detection = layout.detect(view);
    if (detection && (!best || detection.score > best.detection.score)) best = { sheet, view, layout, detection };
  }
  return best;
}
