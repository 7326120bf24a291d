/** Criteria of the model that have no row in the LKE sheet count as unanswered (one sheet-level warning). */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { CheckInput } from './check-input';

export function checkLkeCriteriaMissing({ workbook: wb, model }: CheckInput): Finding[] {
  if (!wb.lke) return [];
  const present = new Set(wb.lke.map((e) => e.kode));
  const codes = model.criteria.map((c) => c.code).filter((code) => !present.has(code));
  return codes.length === 0 ? [] : [makeFinding('LKE_CRITERIA_MISSING', { file: wb.file, sheet: wb.lkeSheet }, { codes })];
}
