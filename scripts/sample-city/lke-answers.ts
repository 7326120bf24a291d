/**
 * The LKE self-assessment answers of one sample OPD for each reporting month: a quality level
 * with per-criterion spread, a few answers improving month to month, kerangka-logis respected
 * (except by the weak OPD, as in real submissions), blanks for the incomplete OPD and an
 * invalid answer code for the OPD with typing errors.
 */
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import type { AnswerType, Criterion, EvaluationModel, Rule } from '../../shared/models/model';
import { answerScale, nextAnswer, parseAnswer } from '../../shared/scoring/answer-scale';
import type { Rng } from './prng';
import type { OpdRole, Quality } from './roles';

export const SAMPLE_MODEL: EvaluationModel = MODEL_88_2021;

const LEVEL: Record<Quality, number> = { strong: 0.88, medium: 0.72, weak: 0.44 };
/** Answers raised one step per month by an improving OPD. */
const IMPROVED_PER_MONTH = 5;
/** The A–E criterion that gets the invalid answer "F". */
export const INVALID_ANSWER_CRITERION = '2.2.3';
export const INVALID_ANSWER = 'F';

/** The answer whose value is nearest to q (0..1) on the criterion's scale. */
function answerNear(q: number, type: AnswerType): string {
  if (type === 'Y/T') return q >= 0.42 ? 'Y' : 'T';
  const scale = answerScale(type);
  let best = scale[0]!;
  for (const step of scale) if (Math.abs(step.value - q) < Math.abs(best.value - q)) best = step;
  return best.answer;
}

const valueOf = (answer: string, type: AnswerType): number => {
  const parsed = parseAnswer(answer, type);
  return parsed.kind === 'valid' ? parsed.value : 0;
};

/** Lowers answers that break a kerangka-logis rule to the best answer the rule allows. */
function respectRules(model: EvaluationModel, answers: Map<string, string>, applies: (rule: Rule) => boolean): void {
  const type = new Map(model.criteria.map((c) => [c.code, c.type]));
  const value = (code: string): number => valueOf(answers.get(code) ?? '', type.get(code)!);
  for (const rule of model.rules.filter(applies)) {
    const criterionType = type.get(rule.criterion);
    if (!criterionType || !answers.get(rule.criterion)) continue;
    const members = rule.kind === 'prerequisite' ? [rule.reference] : model.criteria.filter((c) => `${c.component}.${c.slot}` === rule.reference).map((c) => c.code);
    const bound = members.reduce((sum, code) => sum + value(code), 0) / members.length;
    if (value(rule.criterion) <= bound + 1e-9) continue;
    const allowed = answerScale(criterionType).find((step) => step.value <= bound + 1e-9)!;
    answers.set(rule.criterion, allowed.answer);
  }
}

/**
 * Answers per reporting month, in `months` order; '' is a blank (unanswered) cell. Draws from
 * `rng` in a fixed order, so the result depends only on the seed.
 */
export function lkeAnswersByMonth(role: OpdRole, months: readonly number[], rng: Rng, model: EvaluationModel = SAMPLE_MODEL): Map<string, string>[] {
  const level = LEVEL[role.quality] + rng.between(-0.04, 0.04);
  const base = new Map<string, string>();
  for (const c of model.criteria) {
    const q = level + rng.between(-0.2, 0.2) - (c.slot === 3 ? 0.06 : 0);
    base.set(c.code, answerNear(q, c.type));
  }
  // Improvements land where they count: answers below the top, Keberadaan/Kualitas before Pemanfaatan
  // (which kerangka logis caps by Kualitas).
  const improvable = rng.shuffle(model.criteria.filter((c) => nextAnswer(base.get(c.code), c.type) !== undefined));
  const improvementOrder = [...improvable.filter((c) => c.slot < 3), ...improvable.filter((c) => c.slot === 3)];
  const blankCandidates = rng.shuffle(model.criteria.filter((c) => c.component >= 3));

  return months.map((month, index) => {
    const answers = new Map(base);
    if (role.improving) {
      for (const c of improvementOrder.slice(0, IMPROVED_PER_MONTH * index)) raise(answers, c);
    }
    // The weak OPD overrates its Evaluasi Internal: kerangka-logis warnings there, as in real submissions.
    respectRules(model, answers, role.quality === 'weak' ? (rule) => !rule.criterion.startsWith('4.') : () => true);
    const blanks = role.blankAnswers?.[index] ?? 0;
    for (const c of blankCandidates.slice(0, blanks)) answers.set(c.code, '');
    if (role.typingErrorsFrom !== undefined && month >= role.typingErrorsFrom) answers.set(INVALID_ANSWER_CRITERION, INVALID_ANSWER);
    return answers;
  });
}

function raise(answers: Map<string, string>, c: Criterion): void {
  const better = nextAnswer(answers.get(c.code), c.type);
  if (better) answers.set(c.code, better);
}
