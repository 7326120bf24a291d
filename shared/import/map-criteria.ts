/**
 * Maps the criteria a foreign LKE carries onto the city's model (docs/import.md §4): when every
 * sub-component has as many criteria as the model's, criterion n of a sub-component is the model's
 * criterion n (its `K.S.N` code), confirmed by text similarity; a criterion whose text does not
 * confirm it is a finding, never a silent guess. Otherwise the file keeps its own structure.
 */
import { subKey, type EvaluationModel } from '../models/model';
import type { LkeEntry } from '../parse/opd-workbook-model';
import type { LayoutContext } from './layout';
import { confirmPositions } from './text-similarity';

/** `7/10/8, 3/7/10, …`: criteria per sub-component, per component. */
export function structureOf(model: EvaluationModel): string {
  return model.components
    .map((c) => c.subComponents.map((s) => model.criteria.filter((k) => k.component === c.number && k.slot === s.slot).length).join('/'))
    .join(', ');
}

export interface MappedCriteria {
  readonly model: EvaluationModel;
  readonly entries: LkeEntry[];
  /** The file model's code → the code used (the same `K.S.N` when mapped by position). */
  readonly codes: ReadonlyMap<string, string>;
  readonly mapped: boolean;
}

/** Checks each criterion text against the model's criterion at the same position; reports mismatches. */
export function confirmTexts(
  criteria: readonly { code: string; component: number; slot: number; text: string; cell: string }[],
  target: EvaluationModel,
  context: LayoutContext,
): number {
  let differing = 0;
  const bySub = new Map<string, (typeof criteria)[number][]>();
  for (const k of criteria) {
    const key = subKey(k.component, k.slot);
    bySub.set(key, [...(bySub.get(key) ?? []), k]);
  }
  for (const group of bySub.values()) {
    const siblings = target.criteria.filter((c) => c.component === group[0]!.component && c.slot === group[0]!.slot);
    const positions = group.map((k) => siblings.findIndex((c) => c.code === k.code));
    const confirmed = confirmPositions(group.map((k) => k.text), siblings.map((c) => c.text));
    group.forEach((k, i) => {
      const position = positions[i]!;
      if (position < 0 || (position === i && confirmed[i])) return;
      differing += 1;
      context.report.add('IMPORT_CRITERION_TEXT_DIFFERS', k.cell, { kode: k.code, text: k.text, modelText: siblings[position]!.text });
    });
  }
  return differing;
}

export function mapCriteriaToModel(model: EvaluationModel, entries: LkeEntry[], context: LayoutContext): MappedCriteria {
  const target = context.model;
  const codes = new Map(model.criteria.map((c) => [c.code, c.code]));
  const sameShape =
    structureOf(model) === structureOf(target) &&
    model.components.every((c, i) => target.components[i]?.number === c.number && c.subComponents.every((s, j) => subKey(c.number, s.slot) === subKey(target.components[i]!.number, target.components[i]!.subComponents[j]?.slot ?? -1)));
  if (!sameShape) {
    context.report.add('IMPORT_MODEL_FROM_FILE', undefined, { structure: structureOf(model), model: target.id, modelStructure: structureOf(target) });
    return { model, entries, codes, mapped: false };
  }
  const cellOf = new Map(entries.map((e) => [e.kode, e.cells.kode]));
  const differing = confirmTexts(
    model.criteria.map((c) => ({ code: c.code, component: c.component, slot: c.slot, text: c.text, cell: cellOf.get(c.code) ?? '' })),
    target,
    context,
  );
  context.report.add('IMPORT_CODE_MAPPED', undefined, { count: model.criteria.length, model: target.id, confirmed: model.criteria.length - differing });
  return { model: { ...model, baseModel: target.id }, entries, codes, mapped: true };
}
