/** Sheet `Pohon Kinerja`: the city tree with the OPD trees linked under it; unlinked OPD nodes flagged at the end. */
import { columnLetters } from '../../../shared';
import { markText } from '../conditional-formats';
import { COLOUR } from '../colours';
import { CONSOLIDATED_SHEETS, LINK_LABEL, POHON_HEADERS } from '../consolidated-headers';
import type { Consolidation } from '../consolidation-data';
import { pohonRows } from '../pohon-rows';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, type ColumnLayout } from '../sheet-style';
import type { Alignment, Font, StreamingWorkbook } from '../xlsx';

const WIDTHS: Record<(typeof POHON_HEADERS)[number], number> = {
  'Kode OPD': 12,
  Kode: 10,
  'Kode Induk': 11,
  Level: 17,
  Uraian: 60,
  'Indikator / Penanggung Jawab': 36,
  'Status Tautan': 17,
};

const CITY_FONT: Font = Object.freeze({ bold: true });
const INDENTS = new Map<number, Alignment>();
/** The Uraian alignment of a node at `depth` (one shared object per depth). */
function indentOf(depth: number): Alignment {
  const indent = Math.min(depth * 2, 15);
  let alignment = INDENTS.get(indent);
  if (!alignment) INDENTS.set(indent, (alignment = Object.freeze({ horizontal: 'left' as const, wrapText: true, vertical: 'top' as const, indent })));
  return alignment;
}

export function writePohon(workbook: StreamingWorkbook, c: Consolidation): void {
  // Uraian wraps, indented by depth: its alignment is set row by row below, not by the layout.
  const columns: ColumnLayout[] = POHON_HEADERS.map((header) => ({ header, width: WIDTHS[header] }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.pohon, columns, 2);
  // Each row is written as the walk reaches it: the rows are never all held at once.
  let r = 1;
  const count = pohonRows(c.city.pohon, c.opds, (item) => {
    const row = sheet.getRow(++r);
    setText(row.getCell(1), item.kodeOpd);
    setText(row.getCell(2), item.node.kode);
    setText(row.getCell(3), item.node.kodeInduk);
    row.getCell(4).value = item.node.level ?? null;
    setText(row.getCell(5), item.node.uraian);
    setText(row.getCell(6), item.kodeOpd ? item.node.penanggungJawab : item.node.indikator);
    row.getCell(7).value = LINK_LABEL[item.link];
    if (item.link === 'city') row.font = CITY_FONT;
    row.getCell(5).alignment = indentOf(item.depth);
  });
  finishTable(sheet, columns, count);
  if (count > 0) {
    const g = columnLetters(7);
    for (const label of [LINK_LABEL.orphan, LINK_LABEL.broken, LINK_LABEL.cycle]) markText(sheet, `${g}2:${g}${count + 1}`, label, COLOUR.problem);
  }
  sheet.finish();
}
