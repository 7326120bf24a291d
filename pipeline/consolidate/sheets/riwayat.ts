/**
 * Sheet `Riwayat`: one row per OPD and month, oldest month first. The months before this one are
 * values (history.ts); this month's rows are live formulas that look the OPD up on Ringkasan by
 * its Kode OPD (so they follow the evaluators' edits and a sorted Ringkasan), with their cached
 * results. The next consolidation reads the past rows back (previous-history.ts).
 */
import { columnLetters } from '../../../shared';
import { predikatColours } from '../conditional-formats';
import { CONSOLIDATED_SHEETS } from '../consolidated-headers';
import type { Cached, Consolidation, OpdRow } from '../consolidation-data';
import { RIWAYAT_HEADERS, type HistoryRow } from '../monitoring-format';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, SCORE_FORMAT, type ColumnLayout } from '../sheet-style';
import type { CellValue, StreamingWorkbook } from '../xlsx';
import { ringkasanHeaders, setFormula } from './ringkasan';

type Header = (typeof RIWAYAT_HEADERS)[number];

/** Riwayat column → the Ringkasan column this month's row shows. */
const FROM_RINGKASAN: Partial<Record<Header, string>> = {
  Status: 'Status',
  'Nilai OPD': 'Nilai OPD',
  'Nilai Evaluator': 'Nilai Evaluator',
  'Predikat Evaluator': 'Predikat Evaluator',
  Peringkat: 'Peringkat',
  'Capaian IKU': 'Capaian IKU',
};

/** The value this month's row caches for a Ringkasan column ('' = empty). */
function cachedOf(opd: OpdRow, header: Header): Cached {
  const a = opd.submission.assessment;
  switch (header) {
    case 'Status':
      return opd.submission.status;
    case 'Nilai OPD':
      return opd.scored && a ? a.score.total : '';
    case 'Nilai Evaluator':
      return opd.nilaiEvaluator ?? '';
    case 'Predikat Evaluator':
      return opd.predikatEvaluator ?? '';
    case 'Peringkat':
      return opd.peringkat ?? '';
    case 'Capaian IKU':
      return opd.scored && a && a.capaianIku !== null ? a.capaianIku : '';
    default:
      return '';
  }
}

const pastValue = (row: HistoryRow, header: Header): CellValue => {
  switch (header) {
    case 'Status':
      return row.status || null;
    case 'Nilai OPD':
      return row.nilaiOpd;
    case 'Nilai Evaluator':
      return row.nilaiEvaluator;
    case 'Predikat Evaluator':
      return row.predikat || null;
    case 'Peringkat':
      return row.peringkat;
    case 'Capaian IKU':
      return row.capaianIku;
    default:
      return null;
  }
};

/** How many rows Riwayat has (past months and this one). */
export const riwayatRowCount = (c: Consolidation): number => (c.history?.length ?? 0) + c.opds.length;

export function writeRiwayat(workbook: StreamingWorkbook, c: Consolidation): void {
  const widths: Partial<Record<Header, number>> = { Periode: 10, 'Kode OPD': 12, 'Nama OPD': 34, Status: 16 };
  const scores = new Set<Header>(['Nilai OPD', 'Nilai Evaluator', 'Capaian IKU']);
  const columns: ColumnLayout[] = RIWAYAT_HEADERS.map((header) => ({ header, width: widths[header] ?? 12, ...(scores.has(header) ? { numFmt: SCORE_FORMAT } : {}) }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.riwayat, columns, 3);
  const col = (header: Header): number => RIWAYAT_HEADERS.indexOf(header) + 1;
  let r = 2;
  for (const past of c.history ?? []) {
    const row = sheet.getRow(r);
    row.getCell(col('Periode')).value = past.periode;
    setText(row.getCell(col('Kode OPD')), past.kodeOpd);
    setText(row.getCell(col('Nama OPD')), past.namaOpd);
    for (const header of RIWAYAT_HEADERS.slice(3)) row.getCell(col(header)).value = pastValue(past, header);
    r += 1;
  }
  const ringkasan = ringkasanHeaders(c);
  const lastRingkasan = Math.max(2, c.opds.length + 1);
  const range = (header: string): string => {
    const letter = columnLetters(ringkasan.indexOf(header) + 1);
    return `${CONSOLIDATED_SHEETS.ringkasan}!$${letter}$2:$${letter}$${lastRingkasan}`;
  };
  const kodeLetter = columnLetters(col('Kode OPD'));
  for (const opd of c.opds) {
    const row = sheet.getRow(r);
    row.getCell(col('Periode')).value = c.periode;
    setText(row.getCell(col('Kode OPD')), opd.submission.opd.kodeOpd);
    setText(row.getCell(col('Nama OPD')), opd.submission.opd.namaOpd);
    const match = `MATCH($${kodeLetter}${r},${range('Kode OPD')},0)`;
    for (const header of RIWAYAT_HEADERS.slice(3)) {
      const lookup = `INDEX(${range(FROM_RINGKASAN[header]!)},${match})`;
      setFormula(row.getCell(col(header)), `IF(${lookup}="","",${lookup})`, cachedOf(opd, header));
    }
    r += 1;
  }
  const last = r - 1;
  if (last >= 2) predikatColours(sheet, `${columnLetters(col('Predikat Evaluator'))}2:${columnLetters(col('Predikat Evaluator'))}${last}`);
  finishTable(sheet, columns, last - 1);
  sheet.finish();
}
