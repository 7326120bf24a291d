/**
 * "What to do next" for one OPD, the same list wherever it is shown (the LHE written by
 * `sakip report` and the add-in's pane): the grade planner's fewest answer steps to the next
 * better predikat (the criteria that add most), and the open findings grouped by code, each with
 * the catalogue's "cara memperbaiki". Numbers stay numbers; each host formats them.
 */
import { catalogue } from '../findings/catalogue';
import type { FindingCode, Lang, Severity } from '../findings/finding';
import type { EvaluationModel } from '../models/model';
import { parseAnswer } from '../scoring/answer-scale';
import { criterionWeights } from '../scoring/criterion-weights';
import { planToGrade } from '../scoring/grade-planner';
import { gradeScore, PREDIKAT_TABLE, predikatRank, type BoundMode, type Predikat } from '../scoring/predikat';
import { scoreLke } from '../scoring/rollup';

/** A finding as both hosts hold it: its code and its message already in the reader's language. */
export interface OpenFinding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly message: string;
}

export interface PlannedStep {
  readonly code: string;
  readonly text: string;
  /** Undefined when unanswered. */
  readonly from?: string;
  readonly to: string;
  /** Total points this change adds (full precision). */
  readonly gain: number;
}

export interface FindingToFix {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly title: string;
  readonly fix: string;
  readonly count: number;
  /** The messages of its findings, in the given order. */
  readonly messages: readonly string[];
}

export interface NextSteps {
  /** The total of the answers (full precision). */
  readonly total: number;
  readonly predikat?: Predikat;
  /** The next better predikat; undefined at AA or when the total cannot be graded. */
  readonly target?: Predikat;
  /** Points (2 decimals) to the target. */
  readonly pointsNeeded: number;
  /** The fewest answer changes that reach the target, largest gain first; empty at AA or when unreachable. */
  readonly steps: readonly PlannedStep[];
  readonly reachable: boolean;
  /** Errors first, then warnings; within a severity, in the order first met. */
  readonly findings: readonly FindingToFix[];
}

export interface NextStepsInput {
  readonly model: EvaluationModel;
  /** Criterion code → answer (an evaluator's answer where there is one, else the OPD's). */
  readonly answers: ReadonlyMap<string, string>;
  readonly boundMode: BoundMode;
  readonly findings: readonly OpenFinding[];
  readonly lang: Lang;
}

function valueOf(model: EvaluationModel, code: string, answer: string | undefined): number {
  const criterion = model.criteria.find((c) => c.code === code);
  if (!criterion || answer === undefined) return 0;
  const parsed = parseAnswer(answer, criterion.type);
  return parsed.kind === 'valid' ? parsed.value : 0;
}

export function nextSteps(input: NextStepsInput): NextSteps {
  const { model, answers, boundMode } = input;
  const values = new Map<string, number>();
  for (const criterion of model.criteria) {
    const answer = answers.get(criterion.code);
    const parsed = answer === undefined ? undefined : parseAnswer(answer, criterion.type);
    if (parsed?.kind === 'valid') values.set(criterion.code, parsed.value);
  }
  const total = scoreLke(model, values).total;
  const grade = gradeScore(total, boundMode);
  const predikat = grade.ok ? grade.predikat : undefined;
  const target = predikat ? PREDIKAT_TABLE[predikatRank(predikat) - 1]?.predikat : undefined;

  let steps: PlannedStep[] = [];
  let pointsNeeded = 0;
  let reachable = true;
  if (target) {
    const plan = planToGrade(model, answers, target, boundMode);
    const weights = criterionWeights(model);
    const texts = new Map(model.criteria.map((c) => [c.code, c.text]));
    pointsNeeded = plan.pointsNeeded;
    reachable = plan.reachable;
    steps = plan.changes.map((change) => {
      const gain = (valueOf(model, change.code, change.to) - valueOf(model, change.code, change.from)) * (weights.get(change.code) ?? 0);
      const step = { code: change.code, text: texts.get(change.code) ?? '', to: change.to, gain };
      return change.from === undefined ? step : { ...step, from: change.from };
    });
    steps.sort((a, b) => (Math.abs(b.gain - a.gain) > 1e-12 ? b.gain - a.gain : 0));
  }

  const grouped = new Map<FindingCode, { severity: Severity; messages: string[] }>();
  for (const finding of input.findings) {
    const group = grouped.get(finding.code) ?? { severity: finding.severity, messages: [] };
    group.messages.push(finding.message);
    grouped.set(finding.code, group);
  }
  const findings = [...grouped.entries()]
    .map(([code, group]): FindingToFix => ({
      code,
      severity: group.severity,
      title: catalogue[code].title[input.lang],
      fix: catalogue[code].fix[input.lang],
      count: group.messages.length,
      messages: group.messages,
    }))
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));

  return { total, ...(predikat ? { predikat } : {}), ...(target ? { target } : {}), pointsNeeded, steps, reachable, findings };
}

