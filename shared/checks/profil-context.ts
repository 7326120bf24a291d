/**
 * The workbook's Profil against the evaluation it is part of: the city's year and model, and the
 * consolidation period when a run names one.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { formatPeriode } from '../parse/periode';
import type { CheckInput } from './check-input';

export function checkProfilContext({ workbook: wb, city, period }: CheckInput): Finding[] {
  const profil = wb.profil;
  if (!profil) return [];
  const at = (field: string) => ({ file: wb.file, sheet: wb.profilSheet, ...(profil.cells[field] ? { cell: profil.cells[field] } : {}) });
  const findings: Finding[] = [];
  const expectedYear = period?.year ?? city?.tahun;
  if (expectedYear !== undefined && profil.tahun !== expectedYear) {
    findings.push(makeFinding('YEAR_MISMATCH', at('tahun'), { tahun: profil.tahun, expected: expectedYear }));
  }
  if (period && profil.tahun === period.year && profil.periode.month !== period.month) {
    findings.push(makeFinding('PERIOD_MISMATCH', at('periode'), { periode: formatPeriode(profil.periode), expected: formatPeriode(period) }));
  }
  return findings;
}
