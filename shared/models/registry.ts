/** The shipped evaluation models, looked up by id, and the weight check every model must pass. */
import type { EvaluationModel } from './model';
import { MODEL_12_2015 } from './model-12-2015';
import { MODEL_88_2021 } from './model-88-2021';

/** The default model first. */
export const SHIPPED_MODELS: readonly EvaluationModel[] = [MODEL_88_2021, MODEL_12_2015];

export const DEFAULT_MODEL: EvaluationModel = MODEL_88_2021;

const normaliseId = (text: string): string => text.replace(/\s+/g, '').toLowerCase();

/** A shipped model by id (`88/2021`, ` 88 / 2021 `, …); undefined when none matches. */
export function findModel(id: string): EvaluationModel | undefined {
  const wanted = normaliseId(id);
  if (wanted === '') return undefined;
  return SHIPPED_MODELS.find((m) => normaliseId(m.id) === wanted);
}

export interface WeightProblem {
  /** `komponen 1 (jumlah subkomponen)` or `total komponen`. */
  readonly what: string;
  readonly weight: number;
  readonly expected: number;
}

const WEIGHT_TOLERANCE = 1e-9;
const TOTAL_WEIGHT = 100;

/**
 * Sub-component weights must add up to their component weight, component weights to 100.
 * Returns one problem per component whose subs do not add up, and one for the total.
 */
export function checkModelWeights(model: EvaluationModel): WeightProblem[] {
  const problems: WeightProblem[] = [];
  for (const component of model.components) {
    const subs = component.subComponents.reduce((sum, s) => sum + s.weight, 0);
    if (Math.abs(subs - component.weight) > WEIGHT_TOLERANCE) {
      problems.push({ what: `komponen ${component.number} (jumlah subkomponen)`, weight: subs, expected: component.weight });
    }
  }
  const total = model.components.reduce((sum, c) => sum + c.weight, 0);
  if (Math.abs(total - TOTAL_WEIGHT) > WEIGHT_TOLERANCE) {
    problems.push({ what: 'total komponen', weight: total, expected: TOTAL_WEIGHT });
  }
  return problems;
}
