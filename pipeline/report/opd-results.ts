/**
 * Every number and list of the report, computed from the consolidated workbook's typed cells with
 * the core: each scored OPD's evaluator values (Nilai Akhir = the evaluator's answer when given,
 * else the OPD's; the same rules as the workbook's formulas), its components and sub-components,
 * total, predikat, rank, changes, evaluator notes, recommendations, and what to do next.
 */
import { isOverdue, nextSteps, type NextSteps, type Lang, type Criterion, parseAnswer, parseCriterionAnswer, gradeScore, type GradeResult, scoreLke, type LkeScore, roundHalfUp } from '../../shared';
import { TOTAL_DECIMALS } from '../consolidate/evaluator-score';
import type { PreviousRekomendasi } from '../consolidate/read-previous-consolidation';
import { opdKeyOf, type ConsolidatedWorkbook, type LkeLine, type RingkasanLine, type TemuanLine } from './read-consolidation';

export const SCORED_STATUSES: readonly string[] = ['Lengkap', 'Tidak Lengkap'];

export interface EvaluatorNote {
  readonly kode: string;
  readonly component: number;
  readonly uraian: string;
  readonly catatan: string;
}

export interface ReportRekomendasi extends PreviousRekomendasi {
  readonly open: boolean;
  readonly overdue: boolean;
}

export interface OpdResult {
  readonly line: RingkasanLine;
  /** 1-based place on Ringkasan (the report number uses it). */
  readonly no: number;
  readonly score: LkeScore;
  /** The evaluator total as the workbook computes it (10 decimals); undefined when an evaluator answer is not valid (#N/A in the workbook). */
  readonly total?: number;
  readonly grade?: GradeResult & { ok: true };
  readonly rank?: number;
  readonly perubahan?: number;
  readonly perubahanTahunLalu?: number;
  /** Evaluator answers not on their criterion's scale (the workbook shows #N/A). */
  readonly invalidAnswers: readonly { readonly kode: string; readonly jawaban: string }[];
  readonly notes: readonly EvaluatorNote[];
  readonly rekomendasi: readonly ReportRekomendasi[];
  readonly temuan: readonly TemuanLine[];
  readonly next: NextSteps;
}

/** Nilai Akhir answers of one OPD: code → the answer that counts (the evaluator's valid one, else the OPD's). */
function effectiveAnswers(criteria: ReadonlyMap<string, Criterion>, rows: readonly LkeLine[]) {
  const answers = new Map<string, string>();
  const values = new Map<string, number>();
  const invalid: { kode: string; jawaban: string }[] = [];
  for (const row of rows) {
    const criterion = criteria.get(row.kode);
    if (!criterion) continue;
    const evaluator = parseAnswer(row.jawabanEvaluator, criterion.type);
    if (evaluator.kind === 'invalid') invalid.push({ kode: row.kode, jawaban: row.jawabanEvaluator });
    // The OPD's answer on its criterion's own options (how its Nilai OPD was computed); the evaluator's on the type's scale, as the workbook's Nilai Akhir formula reads it.
    const opd = parseCriterionAnswer(row.jawabanOpd, criterion);
    if (evaluator.kind === 'valid') {
      answers.set(row.kode, evaluator.answer);
      values.set(row.kode, evaluator.value);
    } else if (opd.kind === 'valid') {
      answers.set(row.kode, opd.answer);
      values.set(row.kode, opd.value);
    } else if (row.nilaiOpd !== null) values.set(row.kode, row.nilaiOpd);
  }
  return { answers, values, invalid };
}

export function opdResults(workbook: ConsolidatedWorkbook, lang: Lang): OpdResult[] {
  const model = workbook.model;
  const criteria = new Map(model.criteria.map((c) => [c.code, c]));
  const period = { year: Number(workbook.periode.slice(0, 4)), month: Number(workbook.periode.slice(5, 7)) };
  const base = workbook.ringkasan.flatMap((line, i) => {
    const rows = workbook.lke.get(opdKeyOf(line.kodeOpd));
    if (!SCORED_STATUSES.includes(line.status) || !rows?.length) return [];
    const { answers, values, invalid } = effectiveAnswers(criteria, rows);
    const score = scoreLke(model, values);
    const total = invalid.length === 0 ? roundHalfUp(score.total, TOTAL_DECIMALS) : undefined;
    return [{ line, no: i + 1, rows, answers, score, total, invalid }];
  });
  const totals = base.flatMap((b) => (b.total === undefined ? [] : [b.total]));
  return base.map(({ line, no, rows, answers, score, total, invalid }): OpdResult => {
    const key = opdKeyOf(line.kodeOpd);
    const grade = total === undefined ? undefined : gradeScore(total, workbook.boundMode);
    const temuan = workbook.temuan.filter((t) => opdKeyOf(t.kodeOpd) === key);
    const notes = rows.filter((r) => r.catatanEvaluator && criteria.has(r.kode)).map((r) => ({ kode: r.kode, component: criteria.get(r.kode)!.component, uraian: r.uraian || criteria.get(r.kode)!.text, catatan: r.catatanEvaluator }));
    const rekomendasi = workbook.rekomendasi
      .filter((r) => opdKeyOf(r.kodeOpd) === key)
      .map((r) => ({ ...r, open: r.status.toLowerCase() !== 'selesai', overdue: isOverdue(r, period) }));
    return {
      line,
      no,
      score,
      ...(total !== undefined ? { total, rank: totals.filter((t) => t > total).length + 1 } : {}),
      ...(grade?.ok ? { grade } : {}),
      ...(total !== undefined && line.nilaiSebelumnya !== undefined ? { perubahan: roundHalfUp(total - line.nilaiSebelumnya, TOTAL_DECIMALS) } : {}),
      ...(total !== undefined && line.nilaiTahunLalu !== undefined ? { perubahanTahunLalu: roundHalfUp(total - line.nilaiTahunLalu, TOTAL_DECIMALS) } : {}),
      invalidAnswers: invalid,
      notes,
      rekomendasi,
      temuan,
      next: reportNextSteps(workbook, answers, temuan, lang),
    };
  });
}

/** The report's "what to do next" for one OPD: the core's list over the answers that count and the OPD's findings. */
export function reportNextSteps(workbook: ConsolidatedWorkbook, answers: ReadonlyMap<string, string>, temuan: readonly TemuanLine[], lang: Lang): NextSteps {
  return nextSteps({ model: workbook.model, answers, boundMode: workbook.boundMode, findings: temuan.map((t) => ({ code: t.code, severity: t.severity, message: t.message })), lang });
}
