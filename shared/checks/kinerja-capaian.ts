/**
 * Indicators whose capaian cannot be computed because of their data (a blank or zero target, a
 * realisasi month without its monthly target). Not yet reported months are no finding.
 */
import { NO_VALUE_REASONS } from '../capaian';
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { MONTH_SHORT_ID } from '../parse/month-name';
import type { CheckInput } from './check-input';

export function checkKinerjaCapaian({ workbook: wb, capaian }: CheckInput): Finding[] {
  const findings: Finding[] = [];
  wb.indicators.forEach((indicator, i) => {
    const result = capaian[i];
    if (!result || result.ok) return;
    const at = (cell: string | undefined) => ({ file: wb.file, sheet: wb.kinerjaSheet, cell: cell ?? indicator.cells.kode });
    if (result.reason === 'month-target-missing' && result.month !== undefined) {
      findings.push(makeFinding('KINERJA_MONTH_TARGET_MISSING', at(indicator.cells.realisasi[result.month - 1]), { kode: indicator.kode, month: MONTH_SHORT_ID[result.month - 1]! }));
    } else if (result.reason === 'target-missing' || result.reason === 'target-zero' || result.reason === 'realisasi-zero' || result.reason === 'overflow') {
      const reason = NO_VALUE_REASONS[result.reason];
      findings.push(makeFinding('KINERJA_NO_CAPAIAN', at(indicator.cells.target), { kode: indicator.kode, reason: reason.id, reasonEn: reason.en }));
    }
  });
  return findings;
}
