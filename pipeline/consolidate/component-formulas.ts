/**
 * Evaluator values per component: the live formula that sums an OPD's `Poin` of one component on
 * the LKE sheet (by its `No OPD` and the helper column `Komponen`), its header on `Ringkasan`, and
 * its cached result computed by the core. Used by Ringkasan (and by any sheet that needs one
 * OPD's evaluator value of one component); the LibreOffice test checks formula and core agree.
 */
import { type EvaluationModel, roundHalfUp } from '../../shared';
import { TOTAL_DECIMALS } from './evaluator-score';
import { CONSOLIDATED_SHEETS, LKE_HEADERS } from './consolidated-headers';
import { columnOf } from './formulas';
import { isNumber, NOT_AVAILABLE, type Cached } from './consolidation-data';

/** Ringkasan header of the evaluator's value of a component: `Perencanaan Evaluator`. */
export const evaluatorComponentHeader = (shortName: string): string => `${shortName} Evaluator`;

/** The Ringkasan headers of every component's evaluator value, in model order. */
export const evaluatorComponentHeaders = (model: EvaluationModel): string[] => model.components.map((k) => evaluatorComponentHeader(k.shortName));

const range = (header: (typeof LKE_HEADERS)[number], lastLkeRow: number): string => {
  const letter = columnOf(LKE_HEADERS, header);
  return `${CONSOLIDATED_SHEETS.lke}!$${letter}$2:$${letter}$${lastLkeRow}`;
};

/**
 * The evaluator's value of component `component` (its number) for the OPD whose No OPD is in
 * `noOpdCell`: the sum of its Poin on the LKE rows of that component, rounded like Nilai Evaluator.
 * `noOpdCell` may name another sheet (`Ringkasan!$X$2`).
 */
export function componentEvaluatorFormula(noOpdCell: string, component: number, lastLkeRow: number): string {
  return `ROUND(SUMIFS(${range('Poin', lastLkeRow)},${range('No OPD', lastLkeRow)},${noOpdCell},${range('Komponen', lastLkeRow)},${component}),${TOTAL_DECIMALS})`;
}

/**
 * The cached results of componentEvaluatorFormula for one OPD, in model order, from its LKE rows
 * (component number and Poin): #N/A for a component with an invalid evaluator answer, as the
 * SUMIFS over a #N/A Poin gives.
 */
export function componentEvaluatorValues(model: EvaluationModel, rows: Iterable<{ readonly component: number; readonly poin: Cached }>): Cached[] {
  const sums = new Map<number, number>();
  const broken = new Set<number>();
  for (const row of rows) {
    if (isNumber(row.poin)) sums.set(row.component, (sums.get(row.component) ?? 0) + row.poin);
    else broken.add(row.component);
  }
  return model.components.map((k) => (broken.has(k.number) ? NOT_AVAILABLE : roundHalfUp(sums.get(k.number) ?? 0, TOTAL_DECIMALS)));
}
