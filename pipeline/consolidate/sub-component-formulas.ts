/**
 * Evaluator values per sub-component, for `Rekap Komponen`: the live formula that sums an OPD's
 * `Poin` of one sub-component on the LKE sheet (by its `No OPD` and the criterion codes `K.S.*`,
 * a wildcard criterion every spreadsheet application applies to SUMIFS), and its cached result
 * computed by the core. Components use component-formulas.ts (the `Komponen` column).
 */
import { type EvaluationModel, subKey, roundHalfUp } from '../../shared';
import { TOTAL_DECIMALS } from './evaluator-score';
import { CONSOLIDATED_SHEETS, LKE_HEADERS } from './consolidated-headers';
import { columnOf } from './formulas';
import { isNumber, NOT_AVAILABLE, type Cached, type LkeRows } from './consolidation-data';

const range = (header: (typeof LKE_HEADERS)[number], lastLkeRow: number): string => {
  const letter = columnOf(LKE_HEADERS, header);
  return `${CONSOLIDATED_SHEETS.lke}!$${letter}$2:$${letter}$${lastLkeRow}`;
};

/** The evaluator's value of sub-component `K.S` for the OPD whose No OPD is `noOpd` (a cell or a number). */
export function subComponentEvaluatorFormula(noOpd: string, component: number, slot: number, lastLkeRow: number): string {
  return `ROUND(SUMIFS(${range('Poin', lastLkeRow)},${range('No OPD', lastLkeRow)},${noOpd},${range('Kode', lastLkeRow)},"${subKey(component, slot)}.*"),${TOTAL_DECIMALS})`;
}

/** Each OPD's (by No OPD) Poin summed per component and per sub-component (`K.S`); #N/A where a Poin is #N/A. */
export interface EvaluatorSums {
  component(opdNo: number, component: number): Cached;
  subComponent(opdNo: number, component: number, slot: number): Cached;
}

/** One pass over the LKE rows. */
export function evaluatorSums(lke: LkeRows): EvaluatorSums {
  const sums = new Map<string, number>();
  const broken = new Set<string>();
  const add = (key: string, poin: Cached): void => {
    if (isNumber(poin)) sums.set(key, (sums.get(key) ?? 0) + poin);
    else broken.add(key);
  };
  for (const row of lke) {
    add(`${row.opdNo}|${row.criterion.component}`, row.poin);
    add(`${row.opdNo}|${subKey(row.criterion.component, row.criterion.slot)}`, row.poin);
  }
  const value = (key: string): Cached => (broken.has(key) ? NOT_AVAILABLE : roundHalfUp(sums.get(key) ?? 0, TOTAL_DECIMALS));
  return {
    component: (opdNo, component) => value(`${opdNo}|${component}`),
    subComponent: (opdNo, component, slot) => value(`${opdNo}|${subKey(component, slot)}`),
  };
}

/** The components and sub-components of a model, in order, as Rekap Komponen lists them. */
export function componentRows(model: EvaluationModel): { readonly code: string; readonly name: string; readonly weight: number; readonly component: number; readonly slot?: number }[] {
  return model.components.flatMap((k) => [
    { code: String(k.number), name: k.name, weight: k.weight, component: k.number },
    ...k.subComponents.map((s) => ({ code: subKey(k.number, s.slot), name: s.name, weight: s.weight, component: k.number, slot: s.slot })),
  ]);
}
