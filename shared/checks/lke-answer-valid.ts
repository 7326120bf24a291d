/** Every LKE answer must be valid for its criterion's type; a blank one is unanswered (counts 0). */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { allowedAnswers } from '../scoring/answer-scale';
import { criterionAnswer, criterionAnswers } from '../scoring/criterion-answer';
import type { CheckInput } from './check-input';

export function checkLkeAnswers({ workbook: wb, model }: CheckInput): Finding[] {
  const criteria = new Map(model.criteria.map((c) => [c.code, c]));
  const findings: Finding[] = [];
  for (const entry of wb.lke ?? []) {
    const criterion = criteria.get(entry.kode);
    if (!criterion) continue;
    const type = criterion.type;
    const where = { file: wb.file, sheet: wb.lkeSheet, cell: entry.cells.jawaban };
    const parsed = criterionAnswer(entry, criterion);
    if (parsed.kind === 'invalid') {
      const own = criterionAnswers(criterion);
      const allowed = own.length > 0 ? own : allowedAnswers(type);
      const tipe = criterion.perDokumen ? 'Y/T' : type;
      findings.push(makeFinding('LKE_ANSWER_INVALID', { ...where, cell: parsed.cell ?? where.cell }, { kode: entry.kode, jawaban: parsed.text, tipe, allowed }));
    } else if (parsed.kind === 'blank') {
      findings.push(makeFinding('LKE_UNANSWERED', where, { kode: entry.kode }));
    }
  }
  return findings;
}
