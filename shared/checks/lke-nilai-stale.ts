/** The `Nilai` column's cached value must agree with the value the answer gives (blank answer: 0). */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { criterionAnswer } from '../scoring/criterion-answer';
import type { CheckInput } from './check-input';

export function checkLkeNilaiStale({ workbook: wb, model }: CheckInput): Finding[] {
  const criteria = new Map(model.criteria.map((c) => [c.code, c]));
  const findings: Finding[] = [];
  for (const entry of wb.lke ?? []) {
    const criterion = criteria.get(entry.kode);
    if (!criterion || entry.nilai === undefined || !entry.cells.nilai) continue;
    const parsed = criterionAnswer(entry, criterion);
    if (parsed.kind === 'invalid') continue;
    const expected = parsed.kind === 'valid' ? parsed.value : 0;
    if (Math.abs(entry.nilai - expected) > 1e-9) {
      findings.push(makeFinding('LKE_NILAI_STALE', { file: wb.file, sheet: wb.lkeSheet, cell: entry.cells.nilai }, { kode: entry.kode, cached: entry.nilai, expected }));
    }
  }
  return findings;
}
