/** Answer scales (scoring.md §2): an answer on a criterion's type → its value 0..1. */
import type { AnswerType } from '../models/model';

export interface ScaleStep {
  readonly answer: string;
  readonly value: number;
}

/** Each type's canonical answers, best first. */
const SCALES: Record<AnswerType, readonly ScaleStep[]> = {
  'Y/T': [
    { answer: 'Y', value: 1 },
    { answer: 'T', value: 0 },
  ],
  'A-E': [
    { answer: 'A', value: 1 },
    { answer: 'B', value: 0.75 },
    { answer: 'C', value: 0.5 },
    { answer: 'D', value: 0.25 },
    { answer: 'E', value: 0 },
  ],
  'AA-E': [
    { answer: 'AA', value: 1 },
    { answer: 'A', value: 0.9 },
    { answer: 'BB', value: 0.8 },
    { answer: 'B', value: 0.7 },
    { answer: 'CC', value: 0.6 },
    { answer: 'C', value: 0.5 },
    { answer: 'D', value: 0.3 },
    { answer: 'E', value: 0 },
  ],
  'A-D': [
    { answer: 'A', value: 1 },
    { answer: 'B', value: 0.66 },
    { answer: 'C', value: 0.33 },
    { answer: 'D', value: 0 },
  ],
  'M/BM': [
    { answer: 'MEMADAI', value: 1 },
    { answer: 'BELUM MEMADAI', value: 0 },
  ],
  /** A percentage: any number 0–100 is valid; these steps are the grade planner's. */
  '%': [
    { answer: '100', value: 1 },
    { answer: '75', value: 0.75 },
    { answer: '50', value: 0.5 },
    { answer: '25', value: 0.25 },
    { answer: '0', value: 0 },
  ],
};

/** Spelled-out answers accepted besides the canonical ones. */
const ALIASES: Partial<Record<AnswerType, Record<string, string>>> = {
  'Y/T': { YA: 'Y', TIDAK: 'T' },
  'M/BM': { M: 'MEMADAI', BM: 'BELUM MEMADAI', 'BELUMMEMADAI': 'BELUM MEMADAI' },
};

/** `85`, `85,5`, `85.5`, `85 %`: a percentage 0–100. */
function parsePercent(text: string): ParsedAnswer {
  const t = text.replace(/\s+/g, '').replace(/%$/, '').replace(',', '.');
  const value = /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
  if (!(value >= 0 && value <= 100)) return { kind: 'invalid', text: text.trim() };
  return { kind: 'valid', answer: String(value), value: value / 100 };
}

/** An answer on a list of options with their values (a criterion's own `options`). */
export function parseOptionAnswer(text: string, options: readonly ScaleStep[]): ParsedAnswer {
  const upper = text.trim().toUpperCase().replace(/\s+/g, ' ');
  if (upper === '') return { kind: 'blank' };
  const step = options.find((o) => o.answer.trim().toUpperCase().replace(/\s+/g, ' ') === upper);
  return step ? { kind: 'valid', answer: step.answer, value: step.value } : { kind: 'invalid', text: text.trim() };
}

export type ParsedAnswer =
  | { readonly kind: 'blank' }
  /** `answer` is the canonical form (`Y`, `T`, `A`…`E`, `AA`…`E`). */
  | { readonly kind: 'valid'; readonly answer: string; readonly value: number }
  | { readonly kind: 'invalid'; readonly text: string };

export function answerScale(type: AnswerType): readonly ScaleStep[] {
  return SCALES[type];
}

/** Canonical answers of a type, best first: `['Y', 'T']`, `['A', … 'E']`. */
export function allowedAnswers(type: AnswerType): readonly string[] {
  return SCALES[type].map((step) => step.answer);
}

/** Reads an answer: case-insensitive and trimmed; `Ya`/`Tidak` on Y/T. Blank text is `blank`. */
export function parseAnswer(text: string, type: AnswerType): ParsedAnswer {
  const upper = text.trim().toUpperCase().replace(/\s+/g, ' ');
  if (upper === '') return { kind: 'blank' };
  if (type === '%') return parsePercent(text);
  const canonical = ALIASES[type]?.[upper] ?? upper;
  const step = SCALES[type].find((s) => s.answer === canonical);
  return step ? { kind: 'valid', answer: step.answer, value: step.value } : { kind: 'invalid', text: text.trim() };
}

/** The answer one step better on the scale; undefined at the top. Unanswered → the lowest answer. */
export function nextAnswer(answer: string | undefined, type: AnswerType): string | undefined {
  const scale = SCALES[type];
  if (answer === undefined) return scale[scale.length - 1]!.answer;
  const index = scale.findIndex((s) => s.answer === answer);
  return index > 0 ? scale[index - 1]!.answer : undefined;
}

/**
 * Every accepted spelling of a type's answers (upper case; compare after trim + upper-case),
 * with its value: the canonical answers first, then aliases (`YA`, `TIDAK`). For hosts that
 * must express the scale in spreadsheet formulas (the consolidated workbook's `Nilai Akhir`).
 */
export function acceptedAnswers(type: AnswerType): readonly ScaleStep[] {
  const aliases = Object.entries(ALIASES[type] ?? {}).map(([alias, answer]) => ({ answer: alias, value: SCALES[type].find((s) => s.answer === answer)!.value }));
  return [...SCALES[type], ...aliases];
}
