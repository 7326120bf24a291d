/** Every LKE answer must be valid for its criterion's type; a blank one is unanswered (counts 0). */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { allowedAnswers, parseAnswer } from '../scoring/answer-scale';
import type { CheckInput } from './check-input';

export function checkLkeAnswers({ workbook: wb, model }: CheckInput): Finding[] {
  const types = new Map(model.criteria.map((c) => [c.code, c.type]));
  const findings: Finding[] = [];
  for (const entry of wb.lke ?? []) {
    const type = types.get(entry.kode);
    if (!type) continue;
    const where = { file: wb.file, sheet: wb.lkeSheet, cell: entry.cells.jawaban };
    const parsed = parseAnswer(entry.jawaban, type);
    if (parsed.kind === 'invalid') {
      findings.push(makeFinding('LKE_ANSWER_INVALID', where, { kode: entry.kode, jawaban: parsed.text, tipe: type, allowed: allowedAnswers(type) }));
    } else if (parsed.kind === 'blank') {
      findings.push(makeFinding('LKE_UNANSWERED', where, { kode: entry.kode }));
    }
  }
  return findings;
}
