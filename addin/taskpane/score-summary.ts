/**
 * The score card's content as display strings, from an assessment: per component, total,
 * predikat, points to the next predikat, unanswered criteria and the planner's top criteria.
 * Numbers are Indonesian (`70,96`) in both languages, like the core's messages.
 */
import { type OpdAssessment, formatNumber, formatScore, rankImprovements, round2, PREDIKAT_TABLE, pointsToNextGrade, predikatRank, nextSteps, type NextSteps, type Lang, findingMessage } from '../../shared';
import type { Texts } from './texts';

export const TOP_IMPROVEMENTS = 5;

export interface ScoreSummary {
  readonly components: readonly { readonly name: string; readonly score: string; readonly weight: string }[];
  readonly total: string;
  /** `BB`, or empty when the total cannot be graded. */
  readonly predikat: string;
  readonly label: string;
  readonly nextGrade: string;
  readonly unanswered: string;
  readonly improvements: readonly { readonly code: string; readonly text: string; readonly from: string; readonly to: string; readonly gain: string }[];
  readonly rejected: boolean;
  /** The same "what to do next" list as the LHE (shared/assess/next-steps.ts). */
  readonly nextSteps: NextSteps;
}

/** The pane's "what to do next": the OPD's own answers and the workbook's findings. */
export function paneNextSteps(assessment: OpdAssessment, lang: Lang): NextSteps {
  return nextSteps({
    model: assessment.model,
    answers: assessment.answers,
    boundMode: assessment.boundMode,
    findings: assessment.findings.map((f) => ({ code: f.code, severity: f.severity, message: findingMessage(f, lang) })),
    lang,
  });
}

export function scoreSummary(assessment: OpdAssessment, texts: Texts, lang: Lang = 'id'): ScoreSummary {
  const { score, grade, boundMode } = assessment;
  let nextGrade = texts.noGrade;
  if (grade.ok) {
    const next = PREDIKAT_TABLE[predikatRank(grade.predikat) - 1];
    const points = pointsToNextGrade(score.total, boundMode);
    nextGrade = !next || typeof points !== 'number' ? texts.topGrade : texts.nextGradePoints(formatScore(points), next.predikat);
  }
  return {
    components: score.components.map((c) => ({ name: c.shortName, score: formatScore(round2(c.score)), weight: formatNumber(c.weight) })),
    total: formatScore(round2(score.total)),
    predikat: grade.ok ? grade.predikat : '',
    label: grade.ok ? grade.label : texts.noGrade,
    nextGrade,
    unanswered: texts.unansweredCount(formatNumber(score.unanswered, 'id', 0), formatNumber(score.criteriaCount, 'id', 0)),
    improvements: rankImprovements(assessment.model, assessment.answers, TOP_IMPROVEMENTS).map((step) => ({
      code: step.code,
      text: step.text,
      from: step.from ?? texts.blankAnswer,
      to: step.to,
      gain: `+${formatScore(round2(step.gain))}`,
    })),
    rejected: assessment.rejected,
    nextSteps: paneNextSteps(assessment, lang),
  };
}
