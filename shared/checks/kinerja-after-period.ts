/** Realisasi filled in months after the reporting period are ignored, with a warning. */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { MONTH_SHORT_ID } from '../parse/month-name';
import { formatPeriode } from '../parse/periode';
import type { CheckInput } from './check-input';

export function checkKinerjaAfterPeriod({ workbook: wb }: CheckInput): Finding[] {
  const periode = wb.profil?.periode;
  if (!periode) return [];
  const findings: Finding[] = [];
  for (const indicator of wb.indicators) {
    indicator.realisasi.forEach((value, m) => {
      const cell = indicator.cells.realisasi[m];
      if (value === null || m < periode.month || !cell) return;
      findings.push(
        makeFinding('KINERJA_AFTER_PERIOD', { file: wb.file, sheet: wb.kinerjaSheet, cell }, { kode: indicator.kode, month: MONTH_SHORT_ID[m]!, periode: formatPeriode(periode) }),
      );
    });
  }
  return findings;
}
