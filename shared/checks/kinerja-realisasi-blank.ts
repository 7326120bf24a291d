/**
 * Monthly data gaps (issue 11/14): an indicator whose realisasi for the reporting month is blank
 * gets a warning at that cell, saying from which month its capaian comes instead (or that it has
 * none); a `Kumulatif` indicator, whose capaian adds every month up to the period, gets one for
 * each blank month up to it. "BAPPEDA reports only up to April in June" is two warnings per
 * indicator (Mei, Jun) for a Kumulatif one, one (Jun, capaian from Apr) otherwise. The month is
 * the consolidation's period, else the workbook's own Profil month (the pane).
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { MONTH_SHORT_ID } from '../parse/month-name';
import type { CheckInput } from './check-input';

export function checkKinerjaRealisasiBlank({ workbook: wb, capaian, period }: CheckInput): Finding[] {
  const month = period?.month ?? wb.profil?.periode.month;
  if (month === undefined || month < 1 || month > 12) return [];
  const findings: Finding[] = [];
  wb.indicators.forEach((indicator, i) => {
    if (!indicator.usable) return;
    const blank = (m: number): boolean => {
      const value = indicator.realisasi[m - 1];
      return value === null || value === undefined;
    };
    const result = capaian[i];
    const last = result?.ok ? result.months[result.months.length - 1] : undefined;
    const dariBulan = last !== undefined && last < month ? MONTH_SHORT_ID[last - 1]! : '';
    const months = indicator.agregasi === 'Kumulatif' ? Array.from({ length: month }, (_, k) => k + 1) : [month];
    for (const m of months) {
      if (!blank(m)) continue;
      findings.push(
        makeFinding('KINERJA_REALISASI_BLANK', { file: wb.file, sheet: wb.kinerjaSheet, cell: indicator.cells.realisasi[m - 1] ?? indicator.cells.kode }, {
          kode: indicator.kode,
          month: MONTH_SHORT_ID[m - 1]!,
          periode: MONTH_SHORT_ID[month - 1]!,
          kumulatif: indicator.agregasi === 'Kumulatif',
          dariBulan,
        }),
      );
    }
  });
  return findings;
}
