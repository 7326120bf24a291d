/** The `Nilai` column's cached value must agree with the value the answer gives (blank answer: 0). */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { parseAnswer } from '../scoring/answer-scale';
import type { CheckInput } from './check-input';

export function checkLkeNilaiStale({ workbook: wb, model }: CheckInput): Finding[] {
  const types = new Map(model.criteria.map((c) => [c.code, c.type]));
  const findings: Finding[] = [];
  for (const entry of wb.lke ?? []) {
    const type = types.get(entry.kode);
    if (!type || entry.nilai === undefined || !entry.cells.nilai) continue;
    const parsed = parseAnswer(entry.jawaban, type);
    if (parsed.kind === 'invalid') continue;
    const expected = parsed.kind === 'valid' ? parsed.value : 0;
    if (Math.abs(entry.nilai - expected) > 1e-9) {
      findings.push(makeFinding('LKE_NILAI_STALE', { file: wb.file, sheet: wb.lkeSheet, cell: entry.cells.nilai }, { kode: entry.kode, cached: entry.nilai, expected }));
    }
  }
  return findings;
}
