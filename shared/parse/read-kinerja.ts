/** Reads sheet `Kinerja`: one indicator per row. An unreadable cell costs only its row's capaian. */
import { parseAggregation, parsePolarity } from '../capaian';
import { normalizeName } from '../table/cells';
import type { TableSheet } from '../table/table';
import { readCode, readNumber, readRequiredText, readTarget, readText } from './cell-values';
import { cleanCode } from '../text/invisible-characters';
import { dataRows } from './data-rows';
import { findHeaderRow, nearestHeaderRow } from './header-row';
import { reportHeaderMissing } from './header-missing';
import { MONTH_SHORT_ID, parseMonthName } from './month-name';
import { KINERJA_COLUMNS, MONTHLY_PREFIXES, YA_TIDAK } from './opd-format';
import type { Indicator } from './opd-workbook-model';
import type { SheetReport } from './sheet-report';

/** 0-based columns of `Target <bulan>` and `Realisasi <bulan>` headers, by month index 0..11. */
interface MonthlyColumns {
  target: (number | undefined)[];
  realisasi: (number | undefined)[];
}

function monthlyColumns(headers: ReadonlyMap<string, number>): MonthlyColumns {
  const columns: MonthlyColumns = { target: Array(12).fill(undefined), realisasi: Array(12).fill(undefined) };
  const pattern = new RegExp(`^(${MONTHLY_PREFIXES.target}|${MONTHLY_PREFIXES.realisasi}) (.+)$`, 'i');
  for (const [text, c] of headers) {
    const match = pattern.exec(text);
    const month = match ? parseMonthName(match[2]!) : undefined;
    if (!match || month === undefined) continue;
    const kind = normalizeName(match[1]!) === 'target' ? 'target' : 'realisasi';
    columns[kind][month - 1] ??= c;
  }
  return columns;
}

/**
 * `period` (1..12) is the reporting month when known: the `Realisasi` columns of months up to it
 * are required headers.
 */
export function readKinerja(sheet: TableSheet, report: SheetReport, period: number | undefined): Indicator[] {
  const header = findHeaderRow(sheet, KINERJA_COLUMNS);
  if (!header.ok) {
    reportHeaderMissing(report, header.missing, header.nearest);
    return [];
  }
  const months = monthlyColumns(header.allHeaders);
  const missingMonths = MONTH_SHORT_ID.filter((_, m) => m < (period ?? 0) && months.realisasi[m] === undefined);
  if (missingMonths.length > 0) {
    const wanted = missingMonths.map((m) => `${MONTHLY_PREFIXES.realisasi} ${m}`);
    const taken = new Set([...Object.values(header.columns), ...months.target, ...months.realisasi].filter((c): c is number => c !== undefined));
    reportHeaderMissing(report, wanted, nearestHeaderRow(sheet, header.headerRow, header.allHeaders, wanted.map((w) => [w]), taken));
  }

  const indicators: Indicator[] = [];
  for (const row of dataRows(sheet, header.headerRow, header.columns)) {
    const errorsBefore = report.errorCount;
    const kodeCell = row.get('kode')!;
    const kode = cleanCode(readRequiredText(kodeCell, 'Kode', report));
    const indikator = readRequiredText(row.get('indikator')!, 'Indikator', report);
    const label = (field: string): string => (kode ? `${field} ${kode}` : field);

    const polaritasText = readRequiredText(row.get('polaritas')!, label('Polaritas'), report);
    const polaritas = parsePolarity(polaritasText);
    if (polaritasText && !polaritas) {
      report.add('VALUE_NOT_ALLOWED', row.get('polaritas')!.address, { field: 'Polaritas', value: polaritasText, allowed: ['Positif', 'Negatif', '+', '-'] });
    }
    const agregasiCell = row.get('agregasi');
    const agregasiText = agregasiCell ? readText(agregasiCell) : '';
    const agregasi = parseAggregation(agregasiText);
    if (!agregasi) report.add('VALUE_NOT_ALLOWED', agregasiCell!.address, { field: 'Agregasi', value: agregasiText, allowed: ['Kumulatif', 'Akhir', 'Rata-rata'] });
    const ikuCell = row.get('iku');
    const ikuText = ikuCell ? readText(ikuCell) : '';
    const iku = ikuText === '' ? false : YA_TIDAK[ikuText.toLowerCase()];
    if (iku === undefined) report.add('VALUE_NOT_ALLOWED', ikuCell!.address, { field: 'IKU', value: ikuText, allowed: ['Ya', 'Tidak'] });

    const target = readTarget(row.get('target')!, label('Target'), report);
    const monthly = (kind: keyof MonthlyColumns, prefix: string) =>
      months[kind].map((c, m) => (c === undefined ? null : readNumber(row.at(c), label(`${prefix} ${MONTH_SHORT_ID[m]}`), report)));
    const monthlyTargets = monthly('target', MONTHLY_PREFIXES.target);
    const realisasi = monthly('realisasi', MONTHLY_PREFIXES.realisasi);

    const usable = report.errorCount === errorsBefore;
    const kodePohonCell = row.get('kodePohon');
    indicators.push({
      kode,
      indikator,
      satuan: row.get('satuan') ? readText(row.get('satuan')!) : '',
      polaritas: polaritas ?? 'positif',
      agregasi: agregasi ?? 'Akhir',
      kodePohon: kodePohonCell ? readCode(kodePohonCell) : '',
      iku: iku ?? false,
      target: target ?? null,
      monthlyTargets: monthlyTargets.map((v) => v ?? null),
      realisasi: realisasi.map((v) => v ?? null),
      usable,
      cells: {
        kode: kodeCell.address,
        target: row.get('target')!.address,
        ...(kodePohonCell ? { kodePohon: kodePohonCell.address } : {}),
        realisasi: months.realisasi.map((c) => (c === undefined ? undefined : row.at(c).address)),
      },
    });
  }
  return indicators;
}
