/**
 * Sheet `Kinerja`: every indicator of every scored OPD, with its realisasi up to the period
 * (later months are ignored, as in the capaian), its capaian and category. No capaian → both
 * empty.
 */
import { type Target, columnLetters } from '../../../shared';
import { capaianBars } from '../conditional-formats';
import { CONSOLIDATED_SHEETS, KINERJA_HEADERS, KINERJA_MONTHS, YA } from '../consolidated-headers';
import type { Consolidation } from '../consolidation-data';
import { kinerjaOf, kinerjaRow } from '../kinerja-columns';
import { setText } from '../safe-text';
import { addTableSheet, finishTable, SCORE_FORMAT, type ColumnLayout } from '../sheet-style';
import type { Cell, CellValue, StreamingWorkbook } from '../xlsx';

const targetValue = (target: Target | null): CellValue => {
  if (!target) return null;
  return target.kind === 'number' ? target.value : `${target.low}–${target.high}`;
};

export function writeKinerja(workbook: StreamingWorkbook, c: Consolidation): void {
  const widths: Record<string, number> = { 'Kode OPD': 12, Kode: 9, Indikator: 44, Satuan: 10, Polaritas: 10, Target: 10, 'Capaian (%)': 12, Kategori: 14, IKU: 6, Agregasi: 11, 'Kode Pohon': 10, 'Dari Bulan': 10 };
  const columns: ColumnLayout[] = KINERJA_HEADERS.map((header) => ({
    header,
    width: widths[header] ?? 9,
    ...(header === 'Capaian (%)' ? { numFmt: SCORE_FORMAT } : {}),
    ...(header === 'Indikator' ? { wrap: true } : {}),
  }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.kinerja, columns, 2);
  const columnOf = new Map<string, number>(KINERJA_HEADERS.map((header, i) => [header, i + 1]));
  const col = (header: string): number => columnOf.get(header)!;
  const realisasiColumns = KINERJA_MONTHS.map((month) => col(`Realisasi ${month}`));

  let r = 1;
  for (const opd of c.opds) {
    if (!opd.scored) continue;
    const columns = kinerjaOf(opd.submission.assessment!);
    for (let i = 0; i < columns.count; i++) {
      const indicator = kinerjaRow(columns, i);
      r += 1;
      const row = sheet.getRow(r);
      const cell = (header: string): Cell => row.getCell(col(header));
      setText(cell('Kode OPD'), opd.submission.opd.kodeOpd);
      setText(cell('Kode'), indicator.kode);
      setText(cell('Indikator'), indicator.indikator);
      setText(cell('Satuan'), indicator.satuan);
      cell('Polaritas').value = indicator.polaritas === 'positif' ? 'Positif' : 'Negatif';
      cell('Target').value = targetValue(indicator.target);
      realisasiColumns.forEach((column, m) => {
        const value = indicator.realisasi(m);
        if (m < c.period.month && value !== undefined) row.getCell(column).value = value;
      });
      const capaian = indicator.capaian;
      if (capaian) {
        cell('Capaian (%)').value = capaian.value;
        cell('Kategori').value = capaian.category;
        const last = capaian.lastMonth;
        if (last !== undefined && last < c.period.month) cell('Dari Bulan').value = KINERJA_MONTHS[last - 1]!;
      }
      if (indicator.iku) cell('IKU').value = YA;
      cell('Agregasi').value = indicator.agregasi;
      setText(cell('Kode Pohon'), indicator.kodePohon);
    }
  }
  const count = r - 1;
  if (count > 0) {
    const letter = columnLetters(col('Capaian (%)'));
    capaianBars(sheet, `${letter}2:${letter}${count + 1}`);
  }
  finishTable(sheet, columns, count);
  sheet.finish();
}
