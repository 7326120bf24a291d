/**
 * What one criterion is worth in the total (scoring.md §3, method rata-rata): its sub-component's
 * weight divided by the number of criteria of that sub-component in the model (with method
 * akumulasi: the criterion's own weight when it has one).
 */
import type { EvaluationModel } from '../models/model';

export function criterionWeights(model: EvaluationModel): Map<string, number> {
  const weights = new Map<string, number>();
  for (const component of model.components) {
    for (const sub of component.subComponents) {
      const criteria = model.criteria.filter((c) => c.component === component.number && c.slot === sub.slot);
      for (const c of criteria) weights.set(c.code, sub.method === 'akumulasi' && c.weight !== undefined ? c.weight : sub.weight / criteria.length);
    }
  }
  return weights;
}
