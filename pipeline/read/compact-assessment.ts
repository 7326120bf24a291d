/**
 * What the main thread keeps of an assessment during a consolidation. Once a workbook is assessed
 * (its findings made, with their cells), the consolidation and the writer read only its values:
 * the per-row cell addresses, the monthly targets and the LKE rows' own text are left behind in the
 * worker, and the text that repeats across workbooks (codes, units, tree texts) is kept once. For
 * 1,000 OPD workbooks this is ~0.1 GB instead of ~0.36 GB held until the workbook is written.
 *
 * The dropped fields keep their types with shared empty values (frozen; nothing after the
 * assessment reads them): `cells`/`cell` of every row, `monthlyTargets`, LKE `uraian` and `nilai`.
 */
import type { OpdAssessment, Indicator, LkeEntry, PohonNode, Rekomendasi } from '../../shared';

const NO_MONTHS: Indicator['monthlyTargets'] = Object.freeze([]) as unknown as Indicator['monthlyTargets'];
const NO_INDICATOR_CELLS: Indicator['cells'] = Object.freeze({ kode: '', target: '', realisasi: Object.freeze([]) as unknown as (string | undefined)[] });
const NO_LKE_CELLS: LkeEntry['cells'] = Object.freeze({ kode: '', jawaban: '' });
const NO_POHON_CELLS: PohonNode['cells'] = Object.freeze({ kode: '', kodeInduk: '' });

export function compactAssessment(a: OpdAssessment): OpdAssessment {
  const w = a.workbook;
  return {
    ...a,
    // Of an import only which layout each sheet had: the model and answers are in `model`/`values`.
    ...(a.imported ? { imported: { sheets: a.imported.sheets, ...(a.imported.criteria ? { criteria: a.imported.criteria } : {}) } } : {}),
    workbook: {
      ...w,
      indicators: w.indicators.map((i): Indicator => ({ ...i, monthlyTargets: NO_MONTHS, cells: NO_INDICATOR_CELLS })),
      pohon: w.pohon.map((n): PohonNode => ({ ...n, cells: NO_POHON_CELLS })),
      ...(w.lke ? { lke: w.lke.map((e): LkeEntry => ({ kode: e.kode, uraian: '', jawaban: e.jawaban, catatan: e.catatan, buktiDukung: e.buktiDukung, cells: NO_LKE_CELLS })) } : {}),
      rekomendasi: w.rekomendasi.map((r): Rekomendasi => ({ ...r, cell: '' })),
    },
  };
}

/**
 * Replaces every string in `value` (objects, arrays, Maps' values) by the one equal string already
 * in `pool`; returns `value`. Recursive over the assessment's shape, whose depth is fixed by its
 * types (workbook → list → row → field), never by the input: every input-sized list is walked by a loop.
 */
export function internStrings<T>(value: T, pool: Map<string, string>): T {
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const known = pool.get(v);
      if (known !== undefined) return known;
      pool.set(v, v);
      return v;
    }
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i += 1) v[i] = visit(v[i]);
    } else if (v instanceof Map) {
      for (const [k, x] of v) v.set(k, visit(x));
    } else {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = visit(o[k]);
    }
    return v;
  };
  return visit(value) as T;
}
