/** The valid answers of an LKE sheet under a model: criterion code → canonical answer and value. */
import type { EvaluationModel } from '../models/model';
import type { LkeEntry } from '../parse/opd-workbook-model';
import { criterionAnswer } from '../scoring/criterion-answer';

export interface LkeAnswers {
  readonly answers: Map<string, string>;
  readonly values: Map<string, number>;
}

/** Unknown codes, invalid answers and repeated codes (after the first) are left out; their checks report them. */
export function lkeAnswers(entries: readonly LkeEntry[], model: EvaluationModel): LkeAnswers {
  const criteria = new Map(model.criteria.map((c) => [c.code, c]));
  const answers = new Map<string, string>();
  const values = new Map<string, number>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const criterion = criteria.get(entry.kode);
    if (!criterion || seen.has(entry.kode)) continue;
    seen.add(entry.kode);
    const parsed = criterionAnswer(entry, criterion);
    if (parsed.kind !== 'valid') continue;
    answers.set(entry.kode, parsed.answer);
    values.set(entry.kode, parsed.value);
  }
  return { answers, values };
}
