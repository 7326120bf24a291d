/**
 * Sheet `Temuan`: every finding of the run. `Berkas` links to the source file and `Sel` to the
 * cell (relative links, see source-link.ts). Messages are in Indonesian, like the workbook.
 */
import { findingMessage, SEVERITY_LABEL } from '../../../shared';
import { CONSOLIDATED_SHEETS, TEMUAN_HEADERS } from '../consolidated-headers';
import type { Consolidation } from '../consolidation-data';
import { isFormulaLike, setText } from '../safe-text';
import { addTableSheet, finishTable, type ColumnLayout } from '../sheet-style';
import { markText } from '../conditional-formats';
import { findingLink } from '../source-link';
import type { Font, StreamingWorkbook } from '../xlsx';
import { COLOUR } from '../colours';

const WIDTHS: Record<(typeof TEMUAN_HEADERS)[number], number> = { Berkas: 28, Lembar: 16, Sel: 8, Tingkat: 11, Kode: 26, Pesan: 80, 'Kode OPD': 12 };
const LINK_FONT: Font = { color: { argb: COLOUR.link }, underline: true };

/** `paths`: file name (as findings name it) → absolute path, for the links. */
export function writeTemuan(workbook: StreamingWorkbook, c: Consolidation, outPath: string, paths: ReadonlyMap<string, string>): void {
  const columns: ColumnLayout[] = TEMUAN_HEADERS.map((header) => ({ header, width: WIDTHS[header], ...(header === 'Pesan' ? { wrap: true } : {}) }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.temuan, columns, 1);
  c.findings.forEach((finding, i) => {
    const row = sheet.getRow(i + 2);
    const path = paths.get(finding.file);
    if (path && !isFormulaLike(finding.file)) {
      row.getCell(1).value = { text: finding.file, hyperlink: findingLink(outPath, path, undefined, undefined) };
      row.getCell(1).font = LINK_FONT;
    } else {
      setText(row.getCell(1), finding.file);
    }
    const link = (column: number, text: string, cell: string | undefined): void => {
      row.getCell(column).value = { text, hyperlink: findingLink(outPath, path!, finding.sheet, cell) };
      row.getCell(column).font = LINK_FONT;
    };
    if (finding.sheet !== undefined) {
      if (path && !isFormulaLike(finding.sheet)) link(2, finding.sheet, undefined);
      else setText(row.getCell(2), finding.sheet);
    }
    if (finding.cell !== undefined) {
      if (path) link(3, finding.cell, finding.cell);
      else row.getCell(3).value = finding.cell;
    }
    row.getCell(4).value = SEVERITY_LABEL[finding.severity].id;
    row.getCell(5).value = finding.code;
    setText(row.getCell(6), findingMessage(finding, 'id'));
    setText(row.getCell(TEMUAN_HEADERS.indexOf('Kode OPD') + 1), c.findingOpd.get(finding) ?? '');
  });
  finishTable(sheet, columns, c.findings.length);
  if (c.findings.length > 0) markText(sheet, `D2:D${c.findings.length + 1}`, SEVERITY_LABEL.error.id, COLOUR.problem);
  sheet.finish();
}
