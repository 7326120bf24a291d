/**
 * Sheet `Rekomendasi`: the follow-up of earlier recommendations, per scored OPD, with the
 * evaluators' columns Komponen (dropdown of the model's components), Batas Waktu (a date) and
 * Prioritas (dropdown), carried month to month; open recommendations without a row this month
 * follow, carried over (rekomendasi-carry.ts).
 */
import { CONSOLIDATED_SHEETS, PRIORITAS_LIST, REKOMENDASI_HEADERS } from '../consolidated-headers';
import type { Consolidation } from '../consolidation-data';
import { setEvidence, setText } from '../safe-text';
import { addTableSheet, EDITABLE_CELL_FILL, finishTable, type ColumnLayout } from '../sheet-style';
import type { StreamingWorkbook } from '../xlsx';

type Header = (typeof REKOMENDASI_HEADERS)[number];

const LAYOUT: Record<Header, Omit<ColumnLayout, 'header'>> = {
  'Kode OPD': { width: 12 },
  No: { width: 7 },
  Rekomendasi: { width: 50, wrap: true },
  'Tindak Lanjut': { width: 50, wrap: true },
  Status: { width: 10 },
  'Bukti Dukung': { width: 36 },
  Komponen: { width: 18, editable: true },
  'Batas Waktu': { width: 12, editable: true, numFmt: 'dd/mm/yyyy' },
  Prioritas: { width: 10, editable: true },
  Periode: { width: 9 },
};

/** Excel's date serial of a `yyyy-mm-dd` day (days since 1899-12-30). */
const serialOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25_569;

export function writeRekomendasi(workbook: StreamingWorkbook, c: Consolidation): void {
  const columns: ColumnLayout[] = REKOMENDASI_HEADERS.map((header) => ({ header, ...LAYOUT[header] }));
  const sheet = addTableSheet(workbook, CONSOLIDATED_SHEETS.rekomendasi, columns, 2);
  const col = (header: Header): number => REKOMENDASI_HEADERS.indexOf(header) + 1;
  const components = c.city.model.components.map((k) => k.shortName);
  let r = 1;
  for (const item of c.rekomendasi) {
    r += 1;
    const row = sheet.getRow(r);
    setText(row.getCell(col('Kode OPD')), item.kodeOpd);
    setText(row.getCell(col('No')), item.no);
    setText(row.getCell(col('Rekomendasi')), item.rekomendasi);
    setText(row.getCell(col('Tindak Lanjut')), item.tindakLanjut);
    setText(row.getCell(col('Status')), item.status);
    setEvidence(row.getCell(col('Bukti Dukung')), item.buktiDukung);
    const komponen = row.getCell(col('Komponen'));
    setText(komponen, item.komponen);
    komponen.fill = EDITABLE_CELL_FILL;
    komponen.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${components.join(',')}"`], showErrorMessage: false, errorStyle: 'stop', errorTitle: 'Komponen', error: components.join(', ') };
    const batas = row.getCell(col('Batas Waktu'));
    if (/^\d{4}-\d{2}-\d{2}$/.test(item.batasWaktu)) batas.value = serialOf(item.batasWaktu);
    else setText(batas, item.batasWaktu);
    batas.fill = EDITABLE_CELL_FILL;
    const prioritas = row.getCell(col('Prioritas'));
    setText(prioritas, item.prioritas);
    prioritas.fill = EDITABLE_CELL_FILL;
    prioritas.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${PRIORITAS_LIST.join(',')}"`], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Prioritas', error: PRIORITAS_LIST.join(', ') };
    row.getCell(col('Periode')).value = item.periode;
  }
  finishTable(sheet, columns, r - 1);
  sheet.finish();
}
