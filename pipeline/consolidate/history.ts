/**
 * The months before this one on `Riwayat`: the previous workbook's own history, then its own
 * month with the evaluator totals recomputed from its LKE rows (as the carry-over does), its
 * predikat and rank computed like Ringkasan's formulas. This month's rows are written by
 * sheets/riwayat.ts as live formulas over Ringkasan.
 */
import type { BoundMode, EvaluationModel } from '../../shared';
import { predikatEvaluator } from './evaluator-score';
import type { HistoryRow } from './monitoring-format';
import { opdKey, previousTotals, type PreviousConsolidation } from './read-previous-consolidation';

/**
 * Riwayat rows of the months before `periode` (this consolidation's), oldest first. A month not
 * before it (a re-run reading the same month's workbook) is left out: this month's rows are live.
 */
export function historyBefore(previous: PreviousConsolidation, model: EvaluationModel, mode: BoundMode, periode: string): HistoryRow[] {
  const totals = previousTotals(previous, model);
  const month = (previous.history?.month ?? []).map((row) => ({ row, total: totals.get(opdKey(row.kodeOpd)) ?? null }));
  const scores = month.flatMap((m) => (m.total === null ? [] : [m.total]));
  const filled = month.map(({ row, total }) => {
    if (total === null) return row;
    const predikat = predikatEvaluator(total, mode);
    return { ...row, nilaiEvaluator: total, predikat: typeof predikat === 'string' ? predikat : '', peringkat: 1 + scores.filter((s) => s > total).length };
  });
  // Oldest first; within a month, the order the rows had.
  const past = (previous.history?.past ?? []).map((row, i) => ({ row, i })).sort((a, b) => (a.row.periode < b.row.periode ? -1 : a.row.periode > b.row.periode ? 1 : a.i - b.i));
  return [...past.map((p) => p.row), ...filled].filter((row) => row.periode < periode);
}
