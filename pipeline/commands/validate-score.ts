/**
 * What `sakip validate --json` adds per file (docs/import.md §6): the layout each sheet was read
 * with (`sakip-kit` for the SAKIP Kit template) and the self-assessment score, in points, full
 * precision: per component (with its sub-components) and the total.
 */
import type { OpdAssessment, ImportedCriteria, LkeScore } from '../../shared';

export interface ScoreJson {
  readonly total: number;
  readonly components: readonly {
    readonly number: number;
    readonly name: string;
    readonly weight: number;
    readonly score: number;
    readonly subComponents: readonly { readonly key: string; readonly name: string; readonly weight: number; readonly score: number }[];
  }[];
}

export interface LayoutScoreJson {
  readonly layouts: readonly { readonly sheet: string; readonly layout: string; readonly title: string }[];
  readonly score?: ScoreJson;
  /** Imported workbooks whose own figures are the score: what the answers give. */
  readonly recomputedScore?: ScoreJson;
  /** A criteria list (importable as a city's Model LKE): its criteria count and shape. */
  readonly kriteria?: { readonly count: number; readonly structure: string };
}

function scoreJson(score: LkeScore): ScoreJson {
  return {
    total: score.total,
    components: score.components.map((c) => ({
      number: c.number,
      name: c.name,
      weight: c.weight,
      score: c.score,
      subComponents: c.subComponents.map((s) => ({ key: s.key, name: s.name, weight: s.weight, score: s.score })),
    })),
  };
}

/** `7/10/8, 3/7/10, …`: criteria per sub-component, per component. */
function criteriaStructure(list: ImportedCriteria): string {
  return list.components.map((c, i) => c.subComponents.map((_, j) => list.criteria.filter((k) => k.component === i + 1 && k.slot === j + 1).length).join('/')).join(', ');
}

export function layoutScoreJson(assessment: OpdAssessment | undefined): LayoutScoreJson {
  if (!assessment) return { layouts: [] };
  const layouts = assessment.imported
    ? assessment.imported.sheets.map((s) => ({ sheet: s.sheet, layout: s.layout, title: s.title.id }))
    : [{ sheet: assessment.workbook.lkeSheet, layout: 'sakip-kit', title: 'Templat SAKIP Kit' }];
  const hasLke = assessment.workbook.lke !== undefined;
  const list = assessment.imported?.criteria;
  return {
    layouts,
    ...(list ? { kriteria: { count: list.criteria.length, structure: criteriaStructure(list) } } : {}),
    ...(hasLke ? { score: scoreJson(assessment.score) } : {}),
    ...(hasLke && assessment.recomputedScore ? { recomputedScore: scoreJson(assessment.recomputedScore) } : {}),
  };
}
