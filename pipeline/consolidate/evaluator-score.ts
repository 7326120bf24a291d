/**
 * The cached results of the evaluator formulas, computed by the core exactly as the formulas in
 * formulas.ts compute them in Excel or LibreOffice:
 * - Nilai Akhir: the evaluator's answer's value when there is one, else the OPD's value;
 *   an answer that is not valid for the criterion's type gives #N/A (shown, never guessed);
 * - Nilai Evaluator: the core's roll-up (scoreLke) of the Nilai Akhir values, rounded to 10
 *   decimals — below any displayed precision, it removes the binary noise of summing in another
 *   order so that equal totals are equal in every application (ranking ties, predikat);
 * - Predikat Evaluator: gradeScore (2-decimal rounding first, the city's bound mode);
 * - Peringkat: 1 + the number of scored OPDs with a higher Nilai Evaluator (ties share a rank).
 */
import { type EvaluationModel, type Criterion, parseAnswer, gradeScore, type BoundMode, scoreLke, roundHalfUp } from '../../shared';
import { NOT_AVAILABLE, isNumber, type Cached } from './consolidation-data';

/** Decimals the evaluator total keeps (see above). */
export const TOTAL_DECIMALS = 10;

export function nilaiAkhir(criterion: Criterion, jawabanEvaluator: string, nilaiOpd: number | null): Cached {
  const parsed = parseAnswer(jawabanEvaluator, criterion.type);
  if (parsed.kind === 'valid') return parsed.value;
  if (parsed.kind === 'invalid') return NOT_AVAILABLE;
  return nilaiOpd ?? '';
}


export function poin(value: Cached, bobot: number): Cached {
  if (value === '') return 0;
  return isNumber(value) ? value * bobot : NOT_AVAILABLE;
}

/** The evaluator total of one OPD from its rows' Nilai Akhir (code → cached value). */
export function nilaiEvaluator(model: EvaluationModel, rows: ReadonlyArray<{ readonly kode: string; readonly nilaiAkhir: Cached }>): Cached {
  const values = new Map<string, number>();
  for (const row of rows) {
    if (isNumber(row.nilaiAkhir)) values.set(row.kode, row.nilaiAkhir);
    else if (row.nilaiAkhir !== '') return NOT_AVAILABLE;
  }
  return roundHalfUp(scoreLke(model, values).total, TOTAL_DECIMALS);
}

export function predikatEvaluator(total: Cached, mode: BoundMode): Cached {
  if (!isNumber(total)) return total;
  const grade = gradeScore(total, mode);
  return grade.ok ? grade.predikat : NOT_AVAILABLE;
}

/** Peringkat of each total among the numeric ones; '' for the others. */
export function peringkat(totals: readonly Cached[]): Cached[] {
  const numbers = totals.filter(isNumber);
  return totals.map((total) => (isNumber(total) ? numbers.filter((other) => other > total).length + 1 : ''));
}

export function perubahan(total: Cached, previous: number | undefined): Cached {
  return isNumber(total) && previous !== undefined ? roundHalfUp(total - previous, TOTAL_DECIMALS) : '';
}
