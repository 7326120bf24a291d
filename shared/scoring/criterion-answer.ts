/**
 * The answer of one LKE entry on its criterion (scoring.md §2): on the criterion's own options
 * when it has them, else on its type's scale; a criterion scored per required document is worth
 * the share of its documents answered `Y` (each document weighs its `bobot`).
 */
import type { Criterion } from '../models/model';
import type { LkeEntry } from '../parse/opd-workbook-model';
import { parseAnswer, parseOptionAnswer, type ParsedAnswer } from './answer-scale';

export type CriterionAnswer =
  | { readonly kind: 'blank' }
  | { readonly kind: 'valid'; readonly answer: string; readonly value: number }
  /** `cell`: the document's answer cell, when a document answer is the invalid one. */
  | { readonly kind: 'invalid'; readonly text: string; readonly cell?: string };

/** One answer text on a criterion (its options, else its type's scale). */
export function parseCriterionAnswer(text: string, criterion: Pick<Criterion, 'type' | 'options'>): ParsedAnswer {
  return criterion.options && criterion.options.length > 0 ? parseOptionAnswer(text, criterion.options) : parseAnswer(text, criterion.type);
}

/** The allowed answers of a criterion, best first. */
export function criterionAnswers(criterion: Pick<Criterion, 'type' | 'options' | 'perDokumen'>): string[] {
  if (criterion.perDokumen) return ['Y', 'T'];
  if (criterion.options && criterion.options.length > 0) return criterion.options.map((o) => o.answer);
  return [];
}

export function criterionAnswer(entry: LkeEntry, criterion: Criterion): CriterionAnswer {
  if (!criterion.perDokumen || !entry.dokumen) return parseCriterionAnswer(entry.jawaban, criterion);
  let total = 0;
  let yes = 0;
  let answered = 0;
  const shown: string[] = [];
  for (const doc of entry.dokumen) {
    total += doc.bobot;
    const parsed = parseAnswer(doc.jawaban, 'Y/T');
    if (parsed.kind === 'invalid') return { kind: 'invalid', text: parsed.text, cell: doc.cell };
    if (parsed.kind === 'blank') {
      shown.push('-');
      continue;
    }
    answered += 1;
    shown.push(parsed.answer);
    if (parsed.answer === 'Y') yes += doc.bobot;
  }
  if (answered === 0) return { kind: 'blank' };
  return { kind: 'valid', answer: shown.join(';'), value: total > 0 ? yes / total : 0 };
}

/**
 * How a per-document criterion's answer reads for an evaluator (the consolidated LKE's `Jawaban
 * OPD`): the share of its documents answered Y, then each document's answer in order —
 * `Y;T;-` → `1/3 dokumen (Y;T;-)`. The criterion's value (each document weighing its share) is
 * shown beside it; another answer is returned as it is.
 */
export function perDokumenAnswerText(answer: string): string {
  const parts = answer.split(';');
  if (parts.length === 0 || !parts.every((p) => p === 'Y' || p === 'T' || p === '-')) return answer;
  return `${parts.filter((p) => p === 'Y').length}/${parts.length} dokumen (${answer})`;
}
