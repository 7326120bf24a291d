/**
 * `SAKIP.GRADE` throughput in Node: the registry's GRADE evaluated over its arguments
 * (addin/functions/excel-function.ts) as Excel's runtime calls it, with a scalar score and with a 10,000-cell column of scores.
 * Each case runs for a fixed time after a warm-up; the result is calls (and cells) per second.
 */
import { evaluate } from '../../addin/functions/excel-function';
import { functionSpec } from '../../addin/functions/registry';

const GRADE = functionSpec('GRADE');
const grade = (...args: unknown[]): unknown => evaluate(GRADE, args);
import { median } from '../stats';

export interface GradeRate {
  readonly scalarCallsPerSecond: number;
  readonly rangeCallsPerSecond: number;
  readonly rangeCells: number;
  readonly rangeCellsPerSecond: number;
}

function rate(call: () => unknown, seconds: number): number {
  let sink = 0;
  const warmUntil = performance.now() + 200;
  while (performance.now() < warmUntil) if (call()) sink++;
  let calls = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 50; i++) if (call()) sink++;
    calls += 50;
  }
  if (sink < 0) console.log(sink);
  return calls / ((performance.now() - started) / 1000);
}

export function measureGradeRate(reps: number, seconds = 1): GradeRate {
  // Scores spread over 0..100 with two decimals, as a column (Excel hands ranges as rows of cells).
  const range = Array.from({ length: 10_000 }, (_, i) => [((i * 7919) % 10_001) / 100]);
  let i = 0;
  const scalar = (): unknown => grade([[(i++ % 10_000) / 100]]);
  const whole = (): unknown => grade(range, 'eksklusif');
  const scalarRates: number[] = [];
  const rangeRates: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    scalarRates.push(rate(scalar, seconds));
    rangeRates.push(rate(whole, seconds));
  }
  const rangeCallsPerSecond = median(rangeRates);
  return { scalarCallsPerSecond: median(scalarRates), rangeCallsPerSecond, rangeCells: range.length, rangeCellsPerSecond: rangeCallsPerSecond * range.length };
}
