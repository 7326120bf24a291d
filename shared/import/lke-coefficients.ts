/**
 * What a hierarchical LKE says about its own scoring (docs/import.md §2): the value of each answer
 * option, from the coefficient column beside the answer (`KOEFISIEN KRITERIA`) or, failing that,
 * from the OPD's `Nilai` column when it reads as one; and unequal criterion weights within a
 * sub-component (a Bobot on each criterion row, or a `Jumlah Kriteria` count per criterion).
 *
 * The coefficients first choose among the known letter scales (A–D = 1/0,66/0,33/0, A–E =
 * 1/0,75/0,5/0,25/0, AA–E): a file whose B is worth 0,75 is on A–E. When they fit none (only a
 * `KOEFISIEN` column counts for this; a `Nilai` column may hold weighted values), the file's own
 * values become the criteria's options, and each value that disagrees with the scale is a finding.
 */
import type { AnswerType } from '../models/model';
import type { SheetReport } from '../parse/sheet-report';
import { answerScale, type ScaleStep } from '../scoring/answer-scale';

export interface CoefficientRow {
  /** The answer as written (upper case, spaces squeezed); '' when blank. */
  readonly answer: string;
  readonly type?: AnswerType;
  readonly coefficient?: number;
  readonly nilai?: number;
  readonly cell: string;
}

export interface AnswerOptions {
  /** The letter scale the file's coefficients fit, when they fit one. */
  readonly letterType?: AnswerType;
  /** Per type, the file's own options (its values where they differ from the scale). */
  readonly options: ReadonlyMap<AnswerType, ScaleStep[]>;
}

const SAME = 1e-6;
const LETTER_SCALES: readonly AnswerType[] = ['A-D', 'A-E', 'AA-E'];
const LETTER = /^(?:[A-E]|AA|BB|CC)$/;
const groupOf = (answer: string): 'Y/T' | 'M/BM' | 'letter' | undefined =>
  answer === 'Y' || answer === 'T' ? 'Y/T' : answer === 'MEMADAI' || answer === 'BELUM MEMADAI' ? 'M/BM' : LETTER.test(answer) ? 'letter' : undefined;

const fits = (pairs: ReadonlyMap<string, number>, type: AnswerType): boolean => {
  const scale = answerScale(type);
  return [...pairs].every(([answer, value]) => {
    const step = scale.find((s) => s.answer === answer);
    return step !== undefined && Math.abs(step.value - value) < SAME;
  });
};

/** answer → value, read from one column; `conflicts`: answers given two values. */
function pairsFrom(rows: readonly CoefficientRow[], field: 'coefficient' | 'nilai'): { pairs: Map<string, { value: number; cell: string }>; conflicts: Map<string, number[]> } {
  const pairs = new Map<string, { value: number; cell: string }>();
  const conflicts = new Map<string, number[]>();
  for (const row of rows) {
    const value = row[field];
    if (row.answer === '' || value === undefined || !groupOf(row.answer)) continue;
    const seen = pairs.get(row.answer);
    if (!seen) pairs.set(row.answer, { value, cell: row.cell });
    else if (Math.abs(seen.value - value) >= SAME) conflicts.set(row.answer, [...(conflicts.get(row.answer) ?? [seen.value]), value]);
  }
  return { pairs, conflicts };
}

const only = (pairs: ReadonlyMap<string, { value: number }>, group: string): Map<string, number> =>
  new Map([...pairs].filter(([answer]) => groupOf(answer) === group).map(([answer, p]) => [answer, p.value]));

export function answerOptions(rows: readonly CoefficientRow[], commonLetterType: AnswerType, report: SheetReport): AnswerOptions {
  const options = new Map<AnswerType, ScaleStep[]>();
  // A scale is a candidate only when it takes every letter answer the sheet holds (with a coefficient or not).
  const written = new Set(rows.map((r) => r.answer).filter((a) => groupOf(a) === 'letter'));
  const fitsAll = (pairs: ReadonlyMap<string, number>, type: AnswerType): boolean => fits(pairs, type) && [...written].every((a) => answerScale(type).some((s) => s.answer === a));
  const coefficients = pairsFrom(rows, 'coefficient');
  if (coefficients.pairs.size === 0) {
    // No coefficient column: the OPD's Nilai only picks among the known scales, when it reads as values.
    const nilai = pairsFrom(rows, 'nilai');
    const letters = only(nilai.pairs, 'letter');
    if (nilai.conflicts.size > 0 || letters.size === 0) return { options };
    const letterType = LETTER_SCALES.find((t) => fitsAll(letters, t));
    return letterType ? { letterType, options } : { options };
  }
  for (const [answer, values] of coefficients.conflicts) {
    report.add('IMPORT_VALUE_NOT_UNDERSTOOD', coefficients.pairs.get(answer)!.cell, { what: `Koefisien jawaban ${answer}`, text: values.map((v) => String(v).replace('.', ',')).join(' / ') });
  }
  const letters = only(coefficients.pairs, 'letter');
  const letterType = letters.size === 0 ? undefined : LETTER_SCALES.find((t) => fitsAll(letters, t));
  const own = (type: AnswerType, pairs: ReadonlyMap<string, number>): void => {
    if (pairs.size === 0 || fits(pairs, type)) return;
    const steps = answerScale(type).map((step) => ({ ...step }));
    for (const [answer, value] of pairs) {
      const step = steps.find((s) => s.answer === answer);
      if (step && Math.abs(step.value - value) < SAME) continue;
      report.add('IMPORT_COEFFICIENT_DIFFERS', coefficients.pairs.get(answer)!.cell, { answer, coefficient: value, scale: type, ...(step ? { scaleValue: step.value } : {}) });
      if (step) step.value = value;
      else steps.push({ answer, value });
    }
    options.set(type, steps.sort((a, b) => b.value - a.value));
  };
  const takesAll = (type: AnswerType): boolean => [...written].every((a) => answerScale(type).some((s) => s.answer === a));
  const common = isLetterType(commonLetterType) && takesAll(commonLetterType) ? commonLetterType : undefined;
  const base = letterType ?? common ?? LETTER_SCALES.find(takesAll) ?? 'A-D';
  if (!letterType) own(base, letters);
  own('Y/T', only(coefficients.pairs, 'Y/T'));
  own('M/BM', only(coefficients.pairs, 'M/BM'));
  return { ...(letters.size > 0 ? { letterType: base } : {}), options };
}

export const isLetterType = (type: AnswerType): boolean => LETTER_SCALES.includes(type);

export interface WeightedCriterion {
  readonly weight: number | null;
  readonly count: number | null;
}

/**
 * Each criterion's weight in the sub-component's units, when the file gives them unequal: its
 * own Bobot (they must add up to the sub-component's), else its share of `Jumlah Kriteria`.
 * Undefined when they are equal or not given (the mean then scores the sub-component).
 */
export function criterionWeights(criteria: readonly WeightedCriterion[], subWeight: number, subName: string, report: SheetReport): number[] | undefined {
  if (criteria.length < 2) return undefined;
  const equal = (values: readonly number[]): boolean => values.every((v) => Math.abs(v - values[0]!) < SAME);
  const own = criteria.map((c) => c.weight);
  if (own.every((w): w is number => w !== null && w >= 0)) {
    const total = own.reduce((a, b) => a + b, 0);
    if (Math.abs(total - subWeight) > Math.max(SAME, subWeight * 0.005)) {
      report.add('IMPORT_VALUE_NOT_UNDERSTOOD', undefined, { what: `Jumlah bobot kriteria ${subName}`, text: String(Math.round(total * 1e6) / 1e6).replace('.', ',') });
      return undefined;
    }
    return equal(own) ? undefined : own;
  }
  const counts = criteria.map((c) => c.count);
  if (counts.every((n): n is number => n !== null && n > 0)) {
    const total = counts.reduce((a, b) => a + b, 0);
    return equal(counts) ? undefined : counts.map((n) => (n / total) * subWeight);
  }
  return undefined;
}
