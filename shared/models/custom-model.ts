/**
 * A city's own criteria list (the `Model LKE` sheet of the city workbook) on the weights of a
 * shipped model. Each problem maps 1:1 to a catalogue code; the caller turns them into findings.
 */
import { parseCriterionCode, parseSubKey } from './criterion-code';
import type { Component, SubComponent } from './model';
import { parseAnswerType } from '../scoring/answer-type-text';
import { ANSWER_TYPES, subKey, type Criterion, type EvaluationModel, type Rule } from './model';
import { checkModelWeights } from './registry';

export interface CustomCriterionRow {
  readonly code: string;
  readonly text: string;
  readonly type: string;
  readonly rule?: string;
  /** Points: of a component (`K` row), a sub-component (`K.S` row), or a criterion scored by akumulasi. */
  readonly weight?: string;
  /** `rata-rata` / `akumulasi`, on a `K.S` row. */
  readonly method?: string;
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

/** `A=1; B=0,66; C=0,33; D=0`: a value per answer option; undefined when it is not such a list. */
export function parseOptionList(text: string): { answer: string; value: number }[] | undefined {
  const parts = text.split(';').map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return undefined;
  const options: { answer: string; value: number }[] = [];
  for (const part of parts) {
    const match = /^(.+?)\s*=\s*(\d+(?:[.,]\d+)?)$/.exec(part);
    if (!match) return undefined;
    options.push({ answer: match[1]!.trim().toUpperCase(), value: Number(match[2]!.replace(',', '.')) });
  }
  return options.every((o) => o.value >= 0 && o.value <= 1) ? options : undefined;
}

const PER_DOKUMEN = /\s*per\s*dokumen\s*$/i;
const pointsOf = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const value = Number(text.trim().replace(',', '.'));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};

/**
 * The components of a city's model: the base model's, changed by the sheet's structure rows
 * (`K` rows name/weigh a component, `K.S` rows name/weigh a sub-component, add one, e.g. `4.4
 * Capaian`, and give its method). Criteria rows are the others.
 */
function structureOf(base: EvaluationModel, rows: readonly CustomCriterionRow[]): Component[] {
  const components: Component[] = base.components.map((c) => ({ ...c, subComponents: c.subComponents.map((s) => ({ ...s })) }));
  for (const row of rows.filter(isStructureRow)) {
    const code = row.code.trim();
    const weight = pointsOf(row.weight);
    if (/^[1-9]\d*$/.test(code)) {
      const component = components.find((c) => c.number === Number(code));
      if (!component) continue;
      if (row.text.trim()) component.name = row.text.trim();
      if (weight !== undefined) component.weight = weight;
      continue;
    }
    const sub = parseSubKey(code);
    if (!sub) continue;
    const component = components.find((c) => c.number === sub.component);
    if (!component) continue;
    const method = row.method?.trim().toLowerCase();
    const existing = component.subComponents.find((s) => s.slot === sub.slot);
    const next: SubComponent = {
      slot: sub.slot,
      name: row.text.trim() || existing?.name || `Sub Komponen ${sub.slot}`,
      weight: weight ?? existing?.weight ?? 0,
      ...(method === 'akumulasi' || method === 'rata-rata' ? { method } : existing?.method ? { method: existing.method } : {}),
    };
    if (existing) Object.assign(existing, next);
    else component.subComponents.push(next);
  }
  return components;
}

/** A `K` or `K.S` row without a Tipe (or with a Bobot): it shapes the model instead of adding a criterion. */
const isStructureRow = (row: CustomCriterionRow): boolean =>
  (/^[1-9]\d*$/.test(row.code.trim()) || parseSubKey(row.code) !== undefined) && (row.type.trim() === '' || (row.weight ?? '').trim() !== '');

export function buildCustomModel(name: string, shipped: EvaluationModel, allRows: readonly CustomCriterionRow[]): CustomModelResult {
  const base: EvaluationModel = allRows.some(isStructureRow) ? { ...shipped, components: structureOf(shipped, allRows) } : shipped;
  const rows = allRows.filter((row) => !isStructureRow(row));
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

    const options = parseOptionList(row.type);
    const perDokumen = PER_DOKUMEN.test(row.type);
    const type = options ? 'A-D' : parseAnswerType(row.type.replace(PER_DOKUMEN, ''));
    if (!type) {
      problems.push({ code: 'VALUE_NOT_ALLOWED', field: 'Tipe', value: row.type.trim(), allowed: ANSWER_TYPES, cell: row.cell.type });
    }

    const ruleText = row.rule?.trim() ?? '';
    if (ruleText !== '') pendingRules.push({ row, criterion: code ?? row.code.trim(), ruleText });

    if (parsed && code && type && !criteria.some((c) => c.code === code)) {
      const weight = pointsOf(row.weight);
      criteria.push({
        code,
        component: parsed.component,
        slot: parsed.slot,
        text: row.text.trim(),
        type,
        ...(options ? { options } : {}),
        ...(perDokumen ? { perDokumen: true } : {}),
        ...(weight !== undefined ? { weight } : {}),
      });
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
