/**
 * Puts charts on a sheet of the streaming workbook: one chart part each (`xl/charts/chartN.xml`),
 * the sheet's drawing (`xl/drawings/drawingN.xml`) with its relationships, their content types,
 * and the sheet's `<drawing r:id>` (set before the sheet is finished).
 */
import type { SheetWriter, StreamingWorkbook } from '../xlsx';
import { CONTENT_TYPE, REL, relationshipsXml } from '../xlsx/xml-names';
import { chartXml, type ChartSpec } from './chart-xml';
import { drawingXml, type ChartAnchor } from './drawing-xml';

export interface PlacedChart {
  readonly spec: ChartSpec;
  readonly anchor: ChartAnchor;
}

/**
 * Adds `charts` on `sheet` as drawing number `drawing`; the charts are numbered from
 * `firstChart`. Returns the next free chart number.
 */
export function addCharts(workbook: StreamingWorkbook, sheet: SheetWriter, charts: readonly PlacedChart[], drawing = 1, firstChart = 1): number {
  const rels: string[] = [];
  charts.forEach((chart, i) => {
    const n = firstChart + i;
    workbook.addPart(`xl/charts/chart${n}.xml`, chartXml(chart.spec), CONTENT_TYPE.chart);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL.chart}" Target="../charts/chart${n}.xml"/>`);
  });
  workbook.addPart(`xl/drawings/drawing${drawing}.xml`, drawingXml(charts.map((c) => c.anchor)), CONTENT_TYPE.drawing);
  workbook.addPart(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationshipsXml(rels));
  sheet.setDrawing(`../drawings/drawing${drawing}.xml`);
  return firstChart + charts.length;
}
