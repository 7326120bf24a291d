/**
 * Sheet `Ringkasan`: one row per listed OPD, in Daftar OPD order. The self-assessment columns
 * are values; Nilai Evaluator, Predikat Evaluator, Peringkat and Perubahan are live formulas over
 * the LKE sheet with their cached results. Unscored OPDs show empty scores, never 0.
 */
import { columnLetters } from '../../../shared';
import { componentEvaluatorFormula, evaluatorComponentHeader, evaluatorComponentHeaders } from '../component-formulas';
import { capaianBars, predikatColours } from '../conditional-formats';
import { CONSOLIDATED_SHEETS, RINGKASAN_HEAD, RINGKASAN_TAIL } from '../consolidated-headers';
import { nilaiEvaluatorFormula, peringkatFormula, perubahanFormula, predikatFormula } from '../formulas';
import type { Cached, Consolidation } from '../consolidation-data';
import { addTableSheet, finishTable, SCORE_FORMAT, type ColumnLayout } from '../sheet-style';
import { setText } from '../safe-text';
import { ringkasanPrintHeader } from '../print-header';
import { statusColours } from '../status-colours';
import type { Cell, CellValue, FormulaResult, StreamingWorkbook } from '../xlsx';

export function ringkasanHeaders(c: Consolidation): string[] {
  const tail: string[] = [...RINGKASAN_TAIL];
  tail.splice(tail.indexOf('Perubahan') + 1, 0, ...evaluatorComponentHeaders(c.city.model));
  return [...RINGKASAN_HEAD, ...c.city.model.components.map((k) => k.shortName), ...tail];
}

/** Writes a formula with its cached result (exceljs: an error result as `{ error }`). */
export function setFormula(cell: Cell, formula: string, result: Cached): void {
  cell.value = { formula, result: result as FormulaResult };
}

export function writeRingkasan(workbook: StreamingWorkbook, c: Consolidation): void {
  const headers = ringkasanHeaders(c);
  const widths: Record<string, number> = { 'Kode OPD': 12, 'Nama OPD': 34, Status: 16, Peringkat: 10, 'No OPD': 8, Keterangan: 60 };
  const scoreColumns = new Set([...c.city.model.components.map((k) => k.shortName), ...evaluatorComponentHeaders(c.city.model), 'Nilai OPD', 'Nilai Evaluator', 'Capaian IKU', 'Perubahan', 'Nilai Evaluator Sebelumnya', 'Nilai Tahun Lalu']);
  const columns: ColumnLayout[] = headers.map((header) => ({
    header,
    width: widths[header] ?? (header.length > 14 ? 14 : 12),
    ...(header.endsWith(' Evaluator') ? { width: 14 } : {}),
    ...(scoreColumns.has(header) ? { numFmt: SCORE_FORMAT } : {}),
    ...(header === 'No OPD' || header === 'Nilai Evaluator Sebelumnya' ? { helper: true } : {}),
    ...(header === 'Keterangan' ? { wrap: true } : {}),
  }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.ringkasan, columns, 2, ringkasanPrintHeader(c));
  const col = (header: string): number => headers.indexOf(header) + 1;
  const letter = (header: string): string => columnLetters(col(header));
  const lastRow = c.opds.length + 1;
  const lastLkeRow = c.lke.length + 1;

  c.opds.forEach((opd, i) => {
    const r = i + 2;
    const row = sheet.getRow(r);
    const set = (header: string, value: CellValue): void => {
      row.getCell(col(header)).value = value;
    };
    setText(row.getCell(col('Kode OPD')), opd.submission.opd.kodeOpd);
    setText(row.getCell(col('Nama OPD')), opd.submission.opd.namaOpd);
    set('Status', opd.submission.status);
    set('Temuan Error', opd.temuanError);
    set('Temuan Peringatan', opd.temuanPeringatan);
    set('No OPD', opd.no);
    setText(row.getCell(col('Keterangan')), opd.keterangan);
    if (opd.submission.opd.nilaiTahunLalu !== undefined) set('Nilai Tahun Lalu', opd.submission.opd.nilaiTahunLalu);
    if (!opd.scored) return;
    const assessment = opd.submission.assessment!;
    assessment.score.components.forEach((component, k) => set(c.city.model.components[k]!.shortName, component.score));
    set('Nilai OPD', assessment.score.total);
    if (assessment.grade.ok) set('Predikat OPD', assessment.grade.predikat);
    if (assessment.capaianIku !== null) set('Capaian IKU', assessment.capaianIku);
    if (opd.nilaiSebelumnya !== undefined) set('Nilai Evaluator Sebelumnya', opd.nilaiSebelumnya);
    const total = `${letter('Nilai Evaluator')}${r}`;
    setFormula(row.getCell(col('Nilai Evaluator')), nilaiEvaluatorFormula(`${letter('No OPD')}${r}`, lastLkeRow), opd.nilaiEvaluator!);
    setFormula(row.getCell(col('Predikat Evaluator')), predikatFormula(total, c.city.boundMode), opd.predikatEvaluator!);
    setFormula(row.getCell(col('Peringkat')), peringkatFormula(letter('Nilai Evaluator'), r, lastRow), opd.peringkat!);
    setFormula(row.getCell(col('Perubahan')), perubahanFormula(total, `${letter('Nilai Evaluator Sebelumnya')}${r}`), opd.perubahan!);
    c.city.model.components.forEach((k, i) => {
      const header = evaluatorComponentHeader(k.shortName);
      setFormula(row.getCell(col(header)), componentEvaluatorFormula(`${letter('No OPD')}${r}`, k.number, lastLkeRow), opd.komponenEvaluator![i]!);
    });
  });

  if (c.opds.length > 0) {
    for (const header of ['Predikat OPD', 'Predikat Evaluator']) predikatColours(sheet, `${letter(header)}2:${letter(header)}${lastRow}`);
    statusColours(sheet, `${letter('Status')}2:${letter('Status')}${lastRow}`);
    capaianBars(sheet, `${letter('Capaian IKU')}2:${letter('Capaian IKU')}${lastRow}`);
  }
  finishTable(sheet, columns, c.opds.length);
  sheet.finish();
}
