/** Roll-up of criterion values into sub-component, component and total scores (methods "rata-rata" and "akumulasi", scoring.md §3). */
import { subKey, type EvaluationModel } from '../models/model';

export interface SubComponentScore {
  /** `K.S`, e.g. `1.2`. */
  readonly key: string;
  readonly slot: number;
  readonly name: string;
  readonly weight: number;
  readonly score: number;
  readonly criteriaCount: number;
  readonly unanswered: number;
}

export interface ComponentScore {
  readonly number: number;
  readonly name: string;
  readonly shortName: string;
  readonly weight: number;
  readonly score: number;
  readonly criteriaCount: number;
  readonly unanswered: number;
  readonly subComponents: readonly SubComponentScore[];
}

export interface LkeScore {
  /** 0..100, full precision. */
  readonly total: number;
  readonly components: readonly ComponentScore[];
  readonly criteriaCount: number;
  readonly unanswered: number;
  /** Every criterion of the model answered. */
  readonly complete: boolean;
}

const sum = (numbers: readonly number[]): number => numbers.reduce((a, b) => a + b, 0);

/**
 * Scores an LKE. `values` maps criterion code → value 0..1; an absent code is unanswered and
 * counts 0. Sub = mean value over the sub's criteria in the model × its weight (0 without
 * criteria), or with `akumulasi` Σ value × criterion weight, at most the sub's weight; component = Σ subs, at most its weight; total = Σ components. Not rounded.
 */
export function scoreLke(model: EvaluationModel, values: ReadonlyMap<string, number>): LkeScore {
  const components = model.components.map((component): ComponentScore => {
    const subComponents = component.subComponents.map((sub): SubComponentScore => {
      const criteria = model.criteria.filter((c) => c.component === component.number && c.slot === sub.slot);
      const answered = criteria.map((c) => values.get(c.code)).filter((v): v is number => v !== undefined);
      const score =
        criteria.length === 0
          ? 0
          : sub.method === 'akumulasi'
            ? Math.min(sum(criteria.map((c) => (values.get(c.code) ?? 0) * (c.weight ?? sub.weight / criteria.length))), sub.weight)
            : (sum(answered) / criteria.length) * sub.weight;
      return {
        key: subKey(component.number, sub.slot),
        slot: sub.slot,
        name: sub.name,
        weight: sub.weight,
        score,
        criteriaCount: criteria.length,
        unanswered: criteria.length - answered.length,
      };
    });
    return {
      number: component.number,
      name: component.name,
      shortName: component.shortName,
      weight: component.weight,
      score: Math.min(sum(subComponents.map((s) => s.score)), component.weight),
      criteriaCount: sum(subComponents.map((s) => s.criteriaCount)),
      unanswered: sum(subComponents.map((s) => s.unanswered)),
      subComponents,
    };
  });
  const criteriaCount = sum(components.map((c) => c.criteriaCount));
  const unanswered = sum(components.map((c) => c.unanswered));
  return {
    total: sum(components.map((c) => c.score)),
    components,
    criteriaCount,
    unanswered,
    complete: unanswered === 0,
  };
}
