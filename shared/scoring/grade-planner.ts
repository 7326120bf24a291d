/**
 * Grade planner: which answers to raise, and the fewest single steps up the answer scales to
 * reach a target predikat. Steps follow `nextAnswer`; an unanswered criterion is worth as much
 * as the lowest answer, so its first step is the answer above that.
 */
import { compareCriterionCodes } from '../models/criterion-code';
import type { Criterion, EvaluationModel } from '../models/model';
import { answerScale, nextAnswer, parseAnswer } from './answer-scale';
import { gradeScore, minimumScoreFor, predikatRank, type BoundMode, type Predikat } from './predikat';
import { criterionWeights } from './criterion-weights';
import { scoreLke } from './rollup';
import { round2 } from './rounding';

export interface Improvement {
  readonly code: string;
  readonly text: string;
  /** Undefined when unanswered. */
  readonly from?: string;
  readonly to: string;
  /** Total points gained by this one step, full precision. */
  readonly gain: number;
}

export interface AnswerChange {
  readonly code: string;
  readonly from?: string;
  readonly to: string;
}

export interface GradePlan {
  readonly reachable: boolean;
  /** Fewest single steps; 0 when already at the target or unreachable. */
  readonly steps: number;
  /** Points (2 decimals) from the current score to the target's lowest score; 0 when reached. */
  readonly pointsNeeded: number;
  /** Each changed criterion's final answer, in code order. */
  readonly changes: readonly AnswerChange[];
  /** Total after the changes (full precision); the current total when nothing changes. */
  readonly projectedTotal: number;
}

const GAIN_TOLERANCE = 1e-12;
const MAX_SCORE = 100;

/** A criterion's place on its scale and the points each of its steps is worth. */
interface Ladder {
  readonly criterion: Criterion;
  readonly from?: string;
  /** Answers above the current one, nearest first. */
  readonly above: readonly string[];
  /** cumulativeGain[k] = total points gained by k steps (cumulativeGain[0] = 0). */
  readonly cumulativeGain: readonly number[];
}

function ladders(model: EvaluationModel, answers: ReadonlyMap<string, string>): Ladder[] {
  const weights = criterionWeights(model);
  return model.criteria.map((criterion) => {
    const unit = weights.get(criterion.code) ?? 0;
    const scale = answerScale(criterion.type);
    const text = answers.get(criterion.code);
    const parsed = text === undefined ? undefined : parseAnswer(text, criterion.type);
    const from = parsed?.kind === 'valid' ? parsed.answer : undefined;
    const valueOf = (answer: string | undefined): number => scale.find((s) => s.answer === answer)?.value ?? 0;
    const above: string[] = [];
    const cumulativeGain = [0];
    // A blank is worth as much as the lowest answer, so its first useful step is the one above that.
    const start = from ?? nextAnswer(undefined, criterion.type);
    for (let answer = nextAnswer(start, criterion.type); answer !== undefined; answer = nextAnswer(answer, criterion.type)) {
      above.push(answer);
      cumulativeGain.push((valueOf(answer) - valueOf(from)) * unit);
    }
    return { criterion, from, above, cumulativeGain };
  });
}

function valuesOf(model: EvaluationModel, answers: ReadonlyMap<string, string>): Map<string, number> {
  const values = new Map<string, number>();
  for (const c of model.criteria) {
    const text = answers.get(c.code);
    const parsed = text === undefined ? undefined : parseAnswer(text, c.type);
    if (parsed?.kind === 'valid') values.set(c.code, parsed.value);
  }
  return values;
}

/** The criteria not at the top of their scale, by the points their next step gains (then code order). */
export function rankImprovements(model: EvaluationModel, answers: ReadonlyMap<string, string>, limit = 10): Improvement[] {
  const improvements = ladders(model, answers)
    .filter((l) => l.above.length > 0)
    .map((l): Improvement => {
      const step = { code: l.criterion.code, text: l.criterion.text, to: l.above[0]!, gain: l.cumulativeGain[1]! };
      return l.from === undefined ? step : { ...step, from: l.from };
    });
  improvements.sort((a, b) => (Math.abs(b.gain - a.gain) > GAIN_TOLERANCE ? b.gain - a.gain : compareCriterionCodes(a.code, b.code)));
  return improvements.slice(0, limit);
}

const reachesTarget = (total: number, target: Predikat, mode: BoundMode): boolean => {
  const grade = gradeScore(Math.min(total, MAX_SCORE), mode);
  return grade.ok && predikatRank(grade.predikat) <= predikatRank(target);
};

/**
 * The fewest single steps to reach `target` (the total rounded to 2 decimals and graded).
 * Exact: a group knapsack over criteria where best[s] is the largest total gain of exactly s
 * steps, each criterion taking 0..k steps in order up its scale.
 */
export function planToGrade(
  model: EvaluationModel,
  answers: ReadonlyMap<string, string>,
  target: Predikat,
  mode: BoundMode = 'eksklusif',
): GradePlan {
  const current = scoreLke(model, valuesOf(model, answers)).total;
  const pointsNeeded = Math.max(0, round2(minimumScoreFor(target, mode) - round2(current)));
  const done = { steps: 0, pointsNeeded: 0, changes: [], projectedTotal: current };
  if (reachesTarget(current, target, mode)) return { reachable: true, ...done };

  const all = ladders(model, answers).filter((l) => l.above.length > 0);
  const maxSteps = all.reduce((sum, l) => sum + l.above.length, 0);
  let best: number[] = [0, ...Array<number>(maxSteps).fill(-Infinity)];
  /** choices[i][s]: steps taken by ladder i when the first i+1 ladders use s steps in total. */
  const choices: number[][] = [];
  for (const ladder of all) {
    const next = Array<number>(maxSteps + 1).fill(-Infinity);
    const choice = Array<number>(maxSteps + 1).fill(0);
    for (let s = 0; s <= maxSteps; s++) {
      const before = best[s]!;
      if (before === -Infinity) continue;
      for (let k = 0; k <= ladder.above.length && s + k <= maxSteps; k++) {
        const gain = before + ladder.cumulativeGain[k]!;
        if (gain > next[s + k]! + GAIN_TOLERANCE) {
          next[s + k] = gain;
          choice[s + k] = k;
        }
      }
    }
    best = next;
    choices.push(choice);
  }

  for (let s = 1; s <= maxSteps; s++) {
    if (best[s] === -Infinity || !reachesTarget(current + best[s]!, target, mode)) continue;
    const changes: AnswerChange[] = [];
    const changed = new Map(answers);
    let left = s;
    for (let i = all.length - 1; i >= 0; i--) {
      const k = choices[i]![left]!;
      left -= k;
      if (k === 0) continue;
      const ladder = all[i]!;
      const to = ladder.above[k - 1]!;
      changes.push(ladder.from === undefined ? { code: ladder.criterion.code, to } : { code: ladder.criterion.code, from: ladder.from, to });
      changed.set(ladder.criterion.code, to);
    }
    // Re-score the changed answers, so the plan is graded exactly as the LKE will be.
    const projectedTotal = scoreLke(model, valuesOf(model, changed)).total;
    if (!reachesTarget(projectedTotal, target, mode)) continue;
    changes.sort((a, b) => compareCriterionCodes(a.code, b.code));
    return { reachable: true, steps: s, pointsNeeded, changes, projectedTotal };
  }
  return { reachable: false, steps: 0, pointsNeeded, changes: [], projectedTotal: current };
}
