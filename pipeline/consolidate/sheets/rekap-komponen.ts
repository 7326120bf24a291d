/**
 * Sheet `Rekap Komponen`, the recap the Inspektorat prints: one row per component and
 * sub-component (model order, sub-components indented), one column per scored OPD (Daftar OPD
 * order), cells the evaluator's values as live formulas over LKE (they follow the evaluators'
 * edits), closing rows Nilai Evaluator and Predikat Evaluator. Printed landscape, one page wide.
 */
import { columnLetters } from '../../../shared';
import { componentEvaluatorFormula } from '../component-formulas';
import { predikatColours } from '../conditional-formats';
import { CONSOLIDATED_SHEETS } from '../consolidated-headers';
import { nilaiEvaluatorFormula, predikatFormula } from '../formulas';
import type { Consolidation } from '../consolidation-data';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, SCORE_FORMAT, type ColumnLayout } from '../sheet-style';
import { componentRows, evaluatorSums, subComponentEvaluatorFormula } from '../sub-component-formulas';
import type { StreamingWorkbook } from '../xlsx';
import { setFormula } from './ringkasan';

export const REKAP_TOTAL = 'Nilai Evaluator';
export const REKAP_PREDIKAT = 'Predikat Evaluator';

export function writeRekapKomponen(workbook: StreamingWorkbook, c: Consolidation): void {
  const model = c.city.model;
  const opds = c.opds.filter((o) => o.scored);
  const columns: ColumnLayout[] = [
    { header: 'Kode', width: 7 },
    { header: 'Komponen / Subkomponen', width: 40, wrap: true },
    { header: 'Bobot', width: 8, numFmt: SCORE_FORMAT },
    ...opds.map((o) => ({ header: o.submission.opd.namaOpd, width: 14, numFmt: SCORE_FORMAT })),
  ];
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.rekapKomponen, columns, 3);
  // Header texts are OPD names: written as inert text like every name.
  opds.forEach((o, i) => setText(sheet.getCell(1, i + 4), o.submission.opd.namaOpd));
  sheet.getRow(1).height = 48;
  const lastLkeRow = Math.max(2, c.lke.length + 1);
  const sums = evaluatorSums(c.lke);
  let r = 2;
  for (const item of componentRows(model)) {
    const row = sheet.getRow(r);
    row.getCell(1).value = item.code;
    row.getCell(2).value = item.name;
    row.getCell(3).value = item.weight;
    if (item.slot === undefined) row.font = { bold: true };
    else row.getCell(2).alignment = { indent: 1, wrapText: true, vertical: 'top' };
    opds.forEach((o, i) => {
      const cell = row.getCell(i + 4);
      if (item.slot === undefined) setFormula(cell, componentEvaluatorFormula(String(o.no), item.component, lastLkeRow), sums.component(o.no, item.component));
      else setFormula(cell, subComponentEvaluatorFormula(String(o.no), item.component, item.slot, lastLkeRow), sums.subComponent(o.no, item.component, item.slot));
    });
    r += 1;
  }
  const totalRow = sheet.getRow(r);
  totalRow.font = { bold: true };
  totalRow.getCell(2).value = REKAP_TOTAL;
  totalRow.getCell(3).value = model.components.reduce((sum, k) => sum + k.weight, 0);
  opds.forEach((o, i) => setFormula(totalRow.getCell(i + 4), nilaiEvaluatorFormula(String(o.no), lastLkeRow), o.nilaiEvaluator!));
  const predikatRow = sheet.getRow(r + 1);
  predikatRow.font = { bold: true };
  predikatRow.getCell(2).value = REKAP_PREDIKAT;
  opds.forEach((o, i) => {
    const cell = predikatRow.getCell(i + 4);
    setFormula(cell, predikatFormula(`${columnLetters(i + 4)}${r}`, c.city.boundMode), o.predikatEvaluator!);
    cell.alignment = { horizontal: 'center' };
  });
  if (opds.length) predikatColours(sheet, `D${r + 1}:${columnLetters(opds.length + 3)}${r + 1}`);
  finishTable(sheet, columns, r);
  sheet.finish();
}
