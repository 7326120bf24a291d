/** Kerangka logis: logic-consistency warnings between criteria (scoring.md §5). Never changes scores. */
import { subKey, type EvaluationModel, type Rule } from '../models/model';

export interface Violation {
  readonly rule: Rule;
  /** `1.3.2 ≤ RATA(1.2)` / `1.1.4 ≤ 1.1.3`. */
  readonly ruleText: string;
  readonly criterion: string;
  readonly value: number;
  /** The referenced criterion code, or sub-component key for an average rule. */
  readonly reference: string;
  readonly referenceValue: number;
}

const TOLERANCE = 1e-9;

export function formatRule(rule: Rule): string {
  const reference = rule.kind === 'average' ? `RATA(${rule.reference})` : rule.reference;
  return `${rule.criterion} ≤ ${reference}`;
}

/** Mean value of a sub-component over all its criteria in the model, blanks as 0 (0 without criteria). */
function subMean(model: EvaluationModel, key: string, values: ReadonlyMap<string, number>): number {
  const criteria = model.criteria.filter((c) => subKey(c.component, c.slot) === key);
  if (criteria.length === 0) return 0;
  return criteria.reduce((sum, c) => sum + (values.get(c.code) ?? 0), 0) / criteria.length;
}

/**
 * Checks the model's rules on criterion values (code → 0..1). A rule is checked only when its
 * dependent criterion is answered; a blank reference counts 0.
 */
export function checkKerangkaLogis(model: EvaluationModel, values: ReadonlyMap<string, number>): Violation[] {
  const violations: Violation[] = [];
  for (const rule of model.rules) {
    const value = values.get(rule.criterion);
    if (value === undefined) continue;
    const referenceValue = rule.kind === 'average' ? subMean(model, rule.reference, values) : (values.get(rule.reference) ?? 0);
    if (value > referenceValue + TOLERANCE) {
      violations.push({ rule, ruleText: formatRule(rule), criterion: rule.criterion, value, reference: rule.reference, referenceValue });
    }
  }
  return violations;
}
