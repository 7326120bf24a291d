/**
 * A model written back as the rows of a `Model LKE` sheet (workbook-format.md §2: Kode, Uraian,
 * Tipe, Aturan, Bobot, Metode): a `K` row per component and a `K.S` row per sub-component (name,
 * weight, method), then one row per criterion (answer type or option values, `per dokumen`, its
 * rule, its weight). `buildCustomModel` on these rows and the same base model gives the model
 * back; the consolidated workbook records a city's own model this way, so that `sakip report`
 * can score it.
 */
import type { EvaluationModel, Rule } from './model';

export interface ModelSheetRow {
  readonly kode: string;
  readonly uraian: string;
  readonly tipe: string;
  readonly aturan: string;
  /** A number (points) or blank. */
  readonly bobot: number | '';
  readonly metode: string;
}

export const MODEL_SHEET_HEADERS = ['Kode', 'Uraian', 'Tipe', 'Aturan', 'Bobot', 'Metode'] as const;

/** `0.66` → `0,66` (the sheet's option lists are read with either separator). */
const decimal = (value: number): string => String(value).replace('.', ',');

const ruleText = (rule: Rule): string => (rule.kind === 'average' ? `<= RATA(${rule.reference})` : `<= ${rule.reference}`);

export function modelSheetRows(model: EvaluationModel): ModelSheetRow[] {
  const rows: ModelSheetRow[] = [];
  for (const component of model.components) {
    rows.push({ kode: String(component.number), uraian: component.name, tipe: '', aturan: '', bobot: component.weight, metode: '' });
    for (const sub of component.subComponents) {
      rows.push({ kode: `${component.number}.${sub.slot}`, uraian: sub.name, tipe: '', aturan: '', bobot: sub.weight, metode: sub.method ?? '' });
    }
  }
  const ruleOf = new Map(model.rules.map((r) => [r.criterion, r]));
  for (const criterion of model.criteria) {
    const rule = ruleOf.get(criterion.code);
    const tipe = criterion.options ? criterion.options.map((o) => `${o.answer}=${decimal(o.value)}`).join('; ') : criterion.perDokumen ? `${criterion.type} per dokumen` : criterion.type;
    rows.push({ kode: criterion.code, uraian: criterion.text, tipe, aturan: rule ? ruleText(rule) : '', bobot: criterion.weight ?? '', metode: '' });
  }
  return rows;
}
