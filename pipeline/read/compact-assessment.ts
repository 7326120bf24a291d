/**
 * What the main thread keeps of an assessment during a consolidation. Once a workbook is assessed
 * (its findings made, with their cells), the consolidation and the writer read only its values:
 * the per-row cell addresses, the monthly targets and the LKE rows' own text are left behind in the
 * worker, and the text that repeats across workbooks (codes, units, tree texts) is kept once. For
 * 1,000 OPD workbooks this is ~0.1 GB instead of ~0.36 GB held until the workbook is written.
 *
 * The dropped fields keep their types with shared empty values (frozen; nothing after the
 * assessment reads them): `cells`/`cell` of every row, LKE `uraian` and `nilai`, and the indicators
 * and their capaian, which the main thread keeps only as the Kinerja sheet's columns
 * (kinerja-columns.ts: ~190 bytes an indicator instead of ~1 KB).
 */
import type { OpdAssessment, OpdWorkbook, LkeEntry, PohonNode, Rekomendasi } from '../../shared';
import { kinerjaColumns, type HeldAssessment } from '../consolidate/kinerja-columns';

const NO_INDICATORS: OpdWorkbook['indicators'] = Object.freeze([]) as unknown as OpdWorkbook['indicators'];
const NO_CAPAIAN: OpdAssessment['capaian'] = Object.freeze([]);
const NO_LKE_CELLS: LkeEntry['cells'] = Object.freeze({ kode: '', jawaban: '' });
const NO_POHON_CELLS: PohonNode['cells'] = Object.freeze({ kode: '', kodeInduk: '' });

export function compactAssessment(a: OpdAssessment): HeldAssessment {
  const w = a.workbook;
  return {
    ...a,
    // Of an import only which layout each sheet had: the model and answers are in `model`/`values`.
    ...(a.imported ? { imported: { sheets: a.imported.sheets, ...(a.imported.criteria ? { criteria: a.imported.criteria } : {}) } } : {}),
    // The indicators and their capaian only as the Kinerja sheet's columns.
    kinerja: kinerjaColumns(w.indicators, a.capaian),
    capaian: NO_CAPAIAN,
    workbook: {
      ...w,
      indicators: NO_INDICATORS,
      pohon: w.pohon.map((n): PohonNode => ({ ...n, cells: NO_POHON_CELLS })),
      ...(w.lke ? { lke: w.lke.map((e): LkeEntry => ({ kode: e.kode, uraian: '', jawaban: e.jawaban, catatan: e.catatan, buktiDukung: e.buktiDukung, cells: NO_LKE_CELLS })) } : {}),
      rekomendasi: w.rekomendasi.map((r): Rekomendasi => ({ ...r, cell: '' })),
    },
  };
}

/**
 * Replaces every string in `value` (objects, arrays, Maps' keys and values) by the one equal string already
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
    // Typed arrays (the Kinerja columns' numbers) hold no strings.
    if (v === null || typeof v !== 'object' || Object.isFrozen(v) || ArrayBuffer.isView(v)) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i += 1) v[i] = visit(v[i]);
    } else if (v instanceof Map) {
      // Keys too (criterion codes key the answers and values of every workbook); re-added in their order.
      const entries = [...v];
      v.clear();
      for (const [k, x] of entries) v.set(visit(k), visit(x));
    } else {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = visit(o[k]);
    }
    return v;
  };
  return visit(value) as T;
}
