/** The issue's targets (issue 7) checked against a run's figures. */
import { fixed } from '../stats';
import type { GrowthStep, SizeResult, TargetCheck } from '../result';

export const TARGETS = {
  workbooks: 1_000,
  seconds: 60,
  floorRatio: 1.5,
  peakRssMb: 400,
  /** Time ratio allowed per workbook-count ratio: 10× workbooks ≤ 11× time. */
  growthSlack: 1.1,
  paneMs: 500,
} as const;

export interface TargetInput {
  readonly sizes: readonly SizeResult[];
  readonly growth: readonly GrowthStep[];
  readonly large: SizeResult | null;
  readonly paneMs: number | undefined;
}

export function checkTargets(input: TargetInput): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const thousand = input.sizes.find((s) => s.corpus.workbooks === TARGETS.workbooks);
  checks.push({
    id: 'time-1000',
    target: `${TARGETS.workbooks} workbooks end to end < ${TARGETS.seconds} s`,
    measured: !thousand
      ? 'not measured (no 1,000 corpus in this run)'
      : thousand.consolidate.failure
        ? `failed: ${thousand.consolidate.failure}`
        : `${fixed(thousand.consolidate.seconds, 1)} s`,
    met: thousand ? !thousand.consolidate.failure && thousand.consolidate.seconds < TARGETS.seconds : null,
  });

  const largest = input.sizes[input.sizes.length - 1];
  checks.push({
    id: 'floor-ratio',
    target: `end to end ≤ ${TARGETS.floorRatio}× the single-thread floor (largest corpus)`,
    measured: largest
      ? `${fixed(largest.ratioFloor1)}× at ${largest.corpus.workbooks} workbooks (${fixed(largest.ratioFloor2)}× the 2-thread floor)`
      : 'not measured',
    met: largest ? largest.ratioFloor1 <= TARGETS.floorRatio : null,
  });

  const all = [...input.sizes, ...(input.large ? [input.large] : [])];
  const rss = all.map((s) => ({ name: s.corpus.name, mb: Math.max(...s.consolidate.peakRssRuns.filter(Number.isFinite)) })).filter((r) => Number.isFinite(r.mb));
  const worst = rss.reduce<{ name: string; mb: number } | undefined>((w, r) => (!w || r.mb > w.mb ? r : w), undefined);
  checks.push({
    id: 'peak-rss',
    target: `peak RSS ≤ ${TARGETS.peakRssMb} MB whatever the count`,
    measured: worst ? `max ${fixed(worst.mb, 0)} MB (${worst.name}); ${rss.map((r) => `${r.name}: ${fixed(r.mb, 0)}`).join(', ')}` : 'not measured',
    met: worst ? worst.mb <= TARGETS.peakRssMb : null,
  });

  const tenfold = input.growth.filter((g) => g.countRatio >= 5);
  const growthOk = tenfold.every((g) => g.timeRatio <= g.countRatio * TARGETS.growthSlack);
  checks.push({
    id: 'growth',
    target: `10× the workbooks ≤ 11× the time`,
    measured: tenfold.length ? tenfold.map((g) => `${g.from}→${g.to}: ${fixed(g.timeRatio)}× time for ${fixed(g.countRatio, 0)}× workbooks`).join('; ') : 'not measured (needs two sizes)',
    met: tenfold.length ? growthOk : null,
  });

  checks.push({
    id: 'pane-check',
    target: `task pane check of a 2,000-row workbook < ${TARGETS.paneMs} ms`,
    measured: input.paneMs === undefined ? 'not measured' : `${fixed(input.paneMs, 0)} ms`,
    met: input.paneMs === undefined ? null : input.paneMs < TARGETS.paneMs,
  });
  return checks;
}
