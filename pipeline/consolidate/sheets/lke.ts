/**
 * Sheet `LKE`: every criterion of the model for every scored OPD. Evaluators fill
 * `Jawaban Evaluator` (a dropdown of the criterion type's answers) and `Catatan Evaluator`;
 * `Nilai Akhir` and `Poin` are live formulas with their cached results.
 */
import { allowedAnswers } from '../../../shared';
import { markText } from '../conditional-formats';
import { CONSOLIDATED_SHEETS, LKE_HEADERS, YA } from '../consolidated-headers';
import { columnOf, nilaiAkhirFormula, poinFormula } from '../formulas';
import type { Consolidation } from '../consolidation-data';
import { setEvidence, setText } from '../safe-text';
import { addTableSheet, EDITABLE_CELL_FILL, finishTable, SCORE_FORMAT, type ColumnLayout } from '../sheet-style';
import { setFormula } from './ringkasan';
import type { Cell, StreamingWorkbook } from '../xlsx';

/** `Ya (sebelumnya B)`: the row is to review, and the OPD answered B when the evaluator made the entry. */
export function perluDitinjauText(sebelumnya: string | undefined): string {
  if (sebelumnya === undefined) return YA;
  return `${YA} (sebelumnya ${sebelumnya.trim() === '' ? 'kosong' : sebelumnya.trim()})`;
}

type LkeHeader = (typeof LKE_HEADERS)[number];

const LAYOUT: Record<LkeHeader, Omit<ColumnLayout, 'header'>> = {
  'Kode OPD': { width: 12 },
  Kode: { width: 8 },
  Uraian: { width: 60, wrap: true },
  Tipe: { width: 7 },
  'Jawaban OPD': { width: 10 },
  'Nilai OPD': { width: 9, numFmt: SCORE_FORMAT },
  'Jawaban Evaluator': { width: 12, editable: true },
  'Nilai Akhir': { width: 9, numFmt: SCORE_FORMAT },
  'Catatan Evaluator': { width: 40, editable: true, wrap: true },
  'Perlu Ditinjau': { width: 10 },
  'Catatan OPD': { width: 30, wrap: true },
  'Bukti Dukung': { width: 30 },
  'Bobot Kriteria': { width: 10, numFmt: '0.0000', helper: true },
  Poin: { width: 9, numFmt: '0.0000', helper: true },
  'No OPD': { width: 8, helper: true },
  Komponen: { width: 8, helper: true },
};

export function writeLke(workbook: StreamingWorkbook, c: Consolidation): void {
  const columns: ColumnLayout[] = LKE_HEADERS.map((header) => ({ header, ...LAYOUT[header] }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.lke, columns, 2);
  const numbers = new Map<LkeHeader, number>(LKE_HEADERS.map((header, i) => [header, i + 1]));
  const col = (header: LkeHeader): number => numbers.get(header)!;

  const flags = new Set<string>();
  let r = 1;
  for (const lkeRow of c.lke) {
    r += 1;
    const row = sheet.getRow(r);
    const cell = (header: LkeHeader): Cell => row.getCell(col(header));
    setText(cell('Kode OPD'), lkeRow.kodeOpd);
    cell('Kode').value = lkeRow.criterion.code;
    cell('Uraian').value = lkeRow.criterion.text;
    cell('Tipe').value = lkeRow.criterion.type;
    if (lkeRow.jawabanOpd) cell('Jawaban OPD').value = lkeRow.jawabanOpd;
    if (lkeRow.nilaiOpd !== null) cell('Nilai OPD').value = lkeRow.nilaiOpd;
    const jawaban = cell('Jawaban Evaluator');
    setText(jawaban, lkeRow.jawabanEvaluator);
    jawaban.fill = EDITABLE_CELL_FILL;
    jawaban.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${allowedAnswers(lkeRow.criterion.type).join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Jawaban tidak sah',
      error: `Pilih salah satu jawaban tipe ${lkeRow.criterion.type}: ${allowedAnswers(lkeRow.criterion.type).join(', ')}`,
    };
    const catatan = cell('Catatan Evaluator');
    setText(catatan, lkeRow.catatanEvaluator);
    catatan.fill = EDITABLE_CELL_FILL;
    setFormula(cell('Nilai Akhir'), nilaiAkhirFormula(r, lkeRow.criterion.type), lkeRow.nilaiAkhir);
    if (lkeRow.perluDitinjau) {
      const text = perluDitinjauText(lkeRow.jawabanOpdSebelumnya);
      setText(cell('Perlu Ditinjau'), text);
      flags.add(text);
    }
    setText(cell('Catatan OPD'), lkeRow.catatanOpd);
    setEvidence(cell('Bukti Dukung'), lkeRow.buktiDukung);
    cell('Bobot Kriteria').value = lkeRow.bobot;
    setFormula(cell('Poin'), poinFormula(r), lkeRow.poin);
    cell('No OPD').value = lkeRow.opdNo;
    cell('Komponen').value = lkeRow.criterion.component;
  }

  if (c.lke.length > 0) {
    const j = columnOf(LKE_HEADERS, 'Perlu Ditinjau');
    markText(sheet, `${j}2:${j}${c.lke.length + 1}`, [...new Set([YA, ...flags])]);
  }
  finishTable(sheet, columns, c.lke.length);
  sheet.finish();
}
