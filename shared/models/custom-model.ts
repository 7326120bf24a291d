/**
 * A city's own criteria list (the `Model LKE` sheet of the city workbook) on the weights of a
 * shipped model. Each problem maps 1:1 to a catalogue code; the caller turns them into findings.
 */
import { parseCriterionCode, parseSubKey } from './criterion-code';
import { parseAnswerType } from '../scoring/answer-type-text';
import { ANSWER_TYPES, subKey, type Criterion, type EvaluationModel, type Rule } from './model';
import { checkModelWeights } from './registry';

export interface CustomCriterionRow {
  readonly code: string;
  readonly text: string;
  readonly type: string;
  readonly rule?: string;
  /** A1 addresses of the row's cells, for reporting. */
  readonly cell: { readonly code: string; readonly type: string; readonly rule?: string };
}

export type ModelProblem =
  | { readonly code: 'MODEL_CODE_MALFORMED'; readonly kode: string; readonly cell: string }
  | { readonly code: 'CODE_DUPLICATE'; readonly kode: string; readonly firstCell: string; readonly cell: string }
  | {
      readonly code: 'VALUE_NOT_ALLOWED';
      readonly field: 'Tipe';
      readonly value: string;
      readonly allowed: readonly string[];
      readonly cell: string;
    }
  | { readonly code: 'MODEL_RULE_INVALID'; readonly rule: string; readonly cell: string }
  | { readonly code: 'MODEL_RULE_UNKNOWN_REFERENCE'; readonly rule: string; readonly reference: string; readonly cell: string }
  | { readonly code: 'MODEL_SUBCOMPONENT_EMPTY'; readonly subcomponent: string }
  | { readonly code: 'MODEL_WEIGHT_INVALID'; readonly what: string; readonly weight: number; readonly expected: number };

export interface CustomModelResult {
  /** Present only when there are no problems. */
  readonly model?: EvaluationModel;
  readonly problems: readonly ModelProblem[];
}

/** `<= 1.1.3` (prerequisite) or `<= RATA(1.2)` / `<= AVG(1.2)` (average); `≤` accepted. */
export function parseRuleText(text: string): { kind: Rule['kind']; reference: string } | undefined {
  const normal = text.replace(/\s+/g, '').toUpperCase().replace(/^≤/, '<=');
  if (!normal.startsWith('<=')) return undefined;
  const rest = normal.slice(2);
  const average = /^(?:RATA|AVG)\((.*)\)$/.exec(rest);
  if (average) {
    const sub = parseSubKey(average[1] ?? '');
    return sub ? { kind: 'average', reference: subKey(sub.component, sub.slot) } : undefined;
  }
  const code = parseCriterionCode(rest);
  return code ? { kind: 'prerequisite', reference: `${code.component}.${code.slot}.${code.number}` } : undefined;
}

export function buildCustomModel(name: string, base: EvaluationModel, rows: readonly CustomCriterionRow[]): CustomModelResult {
  const problems: ModelProblem[] = checkModelWeights(base).map((p) => ({ code: 'MODEL_WEIGHT_INVALID', ...p }));
  const baseSubs = new Set(base.components.flatMap((c) => c.subComponents.map((s) => subKey(c.number, s.slot))));

  const criteria: Criterion[] = [];
  const firstCellOf = new Map<string, string>();
  const pendingRules: { row: CustomCriterionRow; criterion: string; ruleText: string }[] = [];

  for (const row of rows) {
    const parsed = parseCriterionCode(row.code);
    const code = parsed ? `${parsed.component}.${parsed.slot}.${parsed.number}` : undefined;
    if (!parsed || !code || !baseSubs.has(subKey(parsed.component, parsed.slot))) {
      problems.push({ code: 'MODEL_CODE_MALFORMED', kode: row.code.trim(), cell: row.cell.code });
    } else {
      const firstCell = firstCellOf.get(code);
      if (firstCell !== undefined) {
        problems.push({ code: 'CODE_DUPLICATE', kode: code, firstCell, cell: row.cell.code });
      } else {
        firstCellOf.set(code, row.cell.code);
      }
    }

    const type = parseAnswerType(row.type);
    if (!type) {
      problems.push({ code: 'VALUE_NOT_ALLOWED', field: 'Tipe', value: row.type.trim(), allowed: ANSWER_TYPES, cell: row.cell.type });
    }

    const ruleText = row.rule?.trim() ?? '';
    if (ruleText !== '') pendingRules.push({ row, criterion: code ?? row.code.trim(), ruleText });

    if (parsed && code && type && !criteria.some((c) => c.code === code)) {
      criteria.push({ code, component: parsed.component, slot: parsed.slot, text: row.text.trim(), type });
    }
  }

  const rules: Rule[] = [];
  const codes = new Set(criteria.map((c) => c.code));
  for (const { row, criterion, ruleText } of pendingRules) {
    const cell = row.cell.rule ?? row.cell.code;
    const parsed = parseRuleText(ruleText);
    if (!parsed) {
      problems.push({ code: 'MODEL_RULE_INVALID', rule: ruleText, cell });
      continue;
    }
    const known = parsed.kind === 'average' ? baseSubs.has(parsed.reference) : codes.has(parsed.reference);
    if (!known) {
      problems.push({ code: 'MODEL_RULE_UNKNOWN_REFERENCE', rule: ruleText, reference: parsed.reference, cell });
      continue;
    }
    rules.push({ kind: parsed.kind, criterion, reference: parsed.reference });
  }

  for (const key of baseSubs) {
    if (!criteria.some((c) => subKey(c.component, c.slot) === key)) {
      problems.push({ code: 'MODEL_SUBCOMPONENT_EMPTY', subcomponent: key });
    }
  }

  if (problems.length > 0) return { problems };
  return {
    model: { id: name, name, baseModel: base.id, components: base.components, criteria, rules },
    problems,
  };
}
