/**
 * Flat LKE (docs/import.md §3): one criterion per row under `Komponen | Sub Komponen | Kriteria`
 * (or `Kategori | Subkategori | Kriteria`), component and sub-component written once and left blank
 * (or merged) below. With an answer column (`Jawaban Auditee`, `Jawaban`) it is an OPD's LKE; without,
 * a criteria list, importable as a city's Model LKE. Criteria are coded by position (`K.S.N`) and
 * confirmed against the city's model by text.
 */
import { cellAt, cellText } from '../table/cells';
import { subKey, type AnswerType, type EvaluationModel } from '../models/model';
import type { LkeEntry } from '../parse/opd-workbook-model';
import { findHeaderBand, type BandColumnSpec, type SheetView } from './header-bands';
import type { ImportedCriteria, ImportedCriterion } from './imported-lke';
import type { LayoutContext, LayoutDetection, LayoutRead, SheetLayout } from './layout';
import { isPlaceholder, withoutNumbering } from './lke-hierarchical';
import { confirmTexts, structureOf } from './map-criteria';

type Key = 'komponen' | 'sub' | 'kriteria' | 'jawaban' | 'evaluator' | 'catatan' | 'bukti';

export const LKE_FLAT_SPECS: readonly BandColumnSpec<Key>[] = [
  { key: 'komponen', names: ['Komponen', 'Kategori'], required: true },
  { key: 'sub', names: ['Sub Komponen', 'Subkomponen', 'Subkategori', 'Sub Kategori'], required: true },
  { key: 'kriteria', names: ['Kriteria', 'Uraian Kriteria'], required: true },
  { key: 'jawaban', names: ['Jawaban Auditee', 'Jawaban OPD', 'Jawaban', 'Penilaian Mandiri'] },
  { key: 'evaluator', names: ['Jawaban Evaluator', 'Penilaian Evaluator'] },
  { key: 'catatan', names: ['Catatan', 'Keterangan'] },
  { key: 'bukti', names: ['Bukti Dukung', 'Link Bukti Dukung'] },
];

export function detectLkeFlat(view: SheetView): LayoutDetection | null {
  const match = findHeaderBand(view, LKE_FLAT_SPECS);
  return match ? { score: match.found, match } : null;
}

interface Draft {
  readonly component: number;
  readonly slot: number;
  readonly text: string;
  readonly cell: string;
  readonly answer: string;
  readonly answerCell: string;
  readonly evaluator: string;
  readonly catatan: string;
  readonly bukti: string;
}

export function readLkeFlat(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead {
  const { sheet } = view;
  const { band, columns } = detection.match;
  const text = (r: number, key: Key): string => {
    const c = columns[key];
    if (c === undefined) return '';
    const value = cellAt(sheet, r, c).value;
    return value.type === 'error' ? '' : cellText(value).replace(/\s+/g, ' ').trim();
  };
  const components: { name: string; subComponents: string[] }[] = [];
  const drafts: Draft[] = [];
  for (let r = band.dataStart; r < sheet.rows.length; r += 1) {
    const komponen = text(r, 'komponen');
    const sub = text(r, 'sub');
    const kriteria = text(r, 'kriteria');
    if (komponen === '' && sub === '' && kriteria === '') continue;
    if (komponen !== '') {
      components.push({ name: withoutNumbering(komponen) || komponen, subComponents: [] });
    }
    if (sub !== '') {
      if (components.length === 0) components.push({ name: '', subComponents: [] });
      components[components.length - 1]!.subComponents.push(withoutNumbering(sub) || sub);
    }
    if (kriteria === '') continue;
    const component = components[components.length - 1];
    if (!component || component.subComponents.length === 0) {
      context.report.add('IMPORT_VALUE_NOT_UNDERSTOOD', cellAt(sheet, r, columns.kriteria!).address, { what: 'Kriteria tanpa komponen/sub komponen', text: kriteria });
      continue;
    }
    const answerColumn = columns.jawaban;
    const answer = text(r, 'jawaban');
    drafts.push({
      component: components.length,
      slot: component.subComponents.length,
      text: withoutNumbering(kriteria) || kriteria,
      cell: cellAt(sheet, r, columns.kriteria!).address,
      answer: isPlaceholder(answer) ? '' : answer,
      answerCell: answerColumn === undefined ? '' : cellAt(sheet, r, answerColumn).address,
      evaluator: text(r, 'evaluator'),
      catatan: text(r, 'catatan'),
      bukti: text(r, 'bukti'),
    });
  }
  const counters = new Map<string, number>();
  const criteria: ImportedCriterion[] = drafts.map((d) => {
    const key = subKey(d.component, d.slot);
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return { code: `${d.component}.${d.slot}.${n}`, component: d.component, slot: d.slot, text: d.text, cell: d.cell };
  });
  const target = context.model;
  const fileShape = components.map((c, i) => c.subComponents.map((_, j) => criteria.filter((k) => k.component === i + 1 && k.slot === j + 1).length).join('/')).join(', ');
  const sameShape = fileShape === structureOf(target);
  if (sameShape) {
    const differing = confirmTexts(criteria, target, context);
    context.report.add('IMPORT_CODE_MAPPED', undefined, { count: criteria.length, model: target.id, confirmed: criteria.length - differing });
  } else {
    context.report.add('IMPORT_MODEL_FROM_FILE', undefined, { structure: fileShape, model: target.id, modelStructure: structureOf(target) });
  }
  const list: ImportedCriteria = { criteria, components };
  if (columns.jawaban === undefined) return { part: 'kriteria', criteria: list };
  return { part: 'lke', lke: flatLke(list, drafts, target, sameShape) };
}

/** An answered flat LKE: scored on the city's model when it has the model's shape, else on a model of its own (base weights split evenly). */
function flatLke(list: ImportedCriteria, drafts: readonly Draft[], target: EvaluationModel, sameShape: boolean) {
  const model: EvaluationModel = sameShape ? target : modelOfList(list, target);
  const entries: LkeEntry[] = list.criteria.map((k, i) => {
    const d = drafts[i]!;
    const entry: LkeEntry = {
      kode: k.code,
      uraian: k.text,
      jawaban: d.answer,
      catatan: d.catatan,
      buktiDukung: d.bukti,
      cells: { kode: k.cell, jawaban: d.answerCell || k.cell },
    };
    if (d.evaluator !== '' && !isPlaceholder(d.evaluator)) entry.evaluator = { jawaban: d.evaluator, catatan: '' };
    return entry;
  });
  return { model, entries, fileCodes: new Map<string, string>() };
}

/** A model for a criteria list of another shape: the base model's component weights, its sub-components' weights split evenly. */
export function modelOfList(list: ImportedCriteria, base: EvaluationModel): EvaluationModel {
  const weightOf = (i: number): number => base.components[i]?.weight ?? 0;
  const total = list.components.reduce((sum, _c, i) => sum + weightOf(i), 0);
  const even = total === 0 ? 100 / Math.max(1, list.components.length) : undefined;
  const components = list.components.map((c, i) => {
    const weight = even ?? weightOf(i);
    const baseSubs = base.components[i]?.subComponents ?? [];
    const sameSubs = baseSubs.length === c.subComponents.length;
    return {
      number: i + 1,
      name: c.name || `Komponen ${i + 1}`,
      shortName: (c.name || `Komponen ${i + 1}`).split(/\s+/)[0]!,
      weight,
      subComponents: c.subComponents.map((name, j) => ({ slot: j + 1, name, weight: sameSubs ? baseSubs[j]!.weight : weight / c.subComponents.length })),
    };
  });
  const typeOf = (component: number, slot: number): AnswerType => base.criteria.find((k) => k.component === component && k.slot === slot)?.type ?? 'Y/T';
  return {
    id: `${base.id} (susunan berkas)`,
    name: `${base.name} (susunan berkas)`,
    baseModel: base.id,
    components,
    criteria: list.criteria.map((k) => ({ code: k.code, component: k.component, slot: k.slot, text: k.text, type: typeOf(k.component, k.slot) })),
    rules: [],
  };
}

export const LKE_FLAT: SheetLayout = {
  id: 'lke-datar',
  title: { id: 'LKE datar / daftar kriteria (Komponen | Sub Komponen | Kriteria)', en: 'Flat LKE / criteria list (Komponen | Sub Komponen | Kriteria)' },
  part: 'lke',
  detect: detectLkeFlat,
  read: readLkeFlat,
};
