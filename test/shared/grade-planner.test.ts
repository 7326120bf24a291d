import assert from 'node:assert/strict';
import type { EvaluationModel } from '../../shared/models/model';
import { MODEL_12_2015 } from '../../shared/models/model-12-2015';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { parseAnswer } from '../../shared/scoring/answer-scale';
import { planToGrade, rankImprovements } from '../../shared/scoring/grade-planner';
import { gradeScore } from '../../shared/scoring/predikat';
import { scoreLke } from '../../shared/scoring/rollup';

/** Every 88/2021 criterion at the top (Y or A), then the given overrides; `undefined` = blank. */
function answersWith(overrides: Record<string, string | undefined>): Map<string, string> {
  const answers = new Map(MODEL_88_2021.criteria.map((c) => [c.code, c.type === 'Y/T' ? 'Y' : 'A']));
  for (const [code, answer] of Object.entries(overrides)) {
    if (answer === undefined) answers.delete(code);
    else answers.set(code, answer);
  }
  return answers;
}

/** The hand-computed LKE of rollup.test.ts (65.549… → B). */
const HAND_ANSWERS: Record<string, string> = {
  '1.1': 'YYYYTYY', '1.2': 'AABBCABCDE', '1.3': 'BBCCABDE',
  '2.1': 'YYT', '2.2': 'ABBCCDA', '2.3': 'BBBBBCCAAB',
  '3.1': 'YYYYYY', '3.2': 'AAABBBCCE', '3.3': 'ABCDEAB',
  '4.1': 'YTY', '4.2': 'BBCAE', '4.3': 'CCCDB',
};
const handAnswers = (): Map<string, string> =>
  new Map(
    MODEL_88_2021.criteria.map((c) => [c.code, HAND_ANSWERS[`${c.component}.${c.slot}`]![Number(c.code.split('.')[2]) - 1]!]),
  );

/** One component, two single-criterion subs of 50: an AA-E criterion and an A-E one. */
const TWO_CRITERIA: EvaluationModel = {
  id: 'uji',
  name: 'Uji',
  components: [
    {
      number: 1,
      name: 'Uji',
      shortName: 'Uji',
      weight: 100,
      subComponents: [
        { slot: 1, name: 'P', weight: 50 },
        { slot: 2, name: 'Q', weight: 50 },
      ],
    },
  ],
  criteria: [
    { code: '1.1.1', component: 1, slot: 1, text: 'P', type: 'AA-E' },
    { code: '1.2.1', component: 1, slot: 2, text: 'Q', type: 'A-E' },
  ],
  rules: [],
};

const totalOf = (model: EvaluationModel, answers: ReadonlyMap<string, string>): number => {
  const values = new Map<string, number>();
  for (const c of model.criteria) {
    const parsed = parseAnswer(answers.get(c.code) ?? '', c.type);
    if (parsed.kind === 'valid') values.set(c.code, parsed.value);
  }
  return scoreLke(model, values).total;
};

describe('grade planner', () => {
  it('ranks single-step improvements by points gained, then by code', () => {
    const answers = answersWith({ '1.3.1': 'B', '2.1.1': 'T', '3.2.1': 'E', '1.2.1': undefined, '4.3.2': 'C', '4.3.1': 'C' });
    const ranked = rankImprovements(MODEL_88_2021, answers);
    assert.deepEqual(
      ranked.map((r) => [r.code, r.from, r.to, r.gain]),
      [
        ['2.1.1', 'T', 'Y', 2], //          1 × 6/3
        ['4.3.1', 'C', 'B', 0.625], //      .25 × 12.5/5
        ['4.3.2', 'C', 'B', 0.625],
        ['1.3.1', 'B', 'A', 0.46875], //    .25 × 15/8
        ['1.2.1', undefined, 'D', 0.225], // unanswered counts as E: its first step is D, .25 × 9/10
        ['3.2.1', 'E', 'D', 0.125], //      .25 × 4.5/9
      ],
    );
    assert.equal(ranked[0]!.text, MODEL_88_2021.criteria.find((c) => c.code === '2.1.1')!.text);
    assert.equal(ranked.some((r) => r.code === '1.1.1'), false);
    assert.deepEqual(rankImprovements(MODEL_88_2021, answers, 2).map((r) => r.code), ['2.1.1', '4.3.1']);
  });

  it('needs no step when the target is already reached', () => {
    const plan = planToGrade(MODEL_88_2021, handAnswers(), 'B', 'eksklusif');
    assert.deepEqual([plan.reachable, plan.steps, plan.pointsNeeded, plan.changes], [true, 0, 0, []]);
  });

  it('plans the fewest steps on the hand-computed LKE (65.55 → BB)', () => {
    // Needs 70.01 − 65.55 = 4.46. Biggest single steps: 2.1.3 T→Y +2, 4.1.2 T→Y +1.667,
    // 1.1.5 T→Y +0.857 → +4.524 in 3 steps; 2 steps give at most 3.667.
    const plan = planToGrade(MODEL_88_2021, handAnswers(), 'BB', 'eksklusif');
    assert.equal(plan.reachable, true);
    assert.equal(plan.steps, 3);
    assert.equal(plan.pointsNeeded, 4.46);
    assert.deepEqual(plan.changes, [
      { code: '1.1.5', from: 'T', to: 'Y' },
      { code: '2.1.3', from: 'T', to: 'Y' },
      { code: '4.1.2', from: 'T', to: 'Y' },
    ]);
    assert.ok(Math.abs(plan.projectedTotal - (65.54940476190476 + 2 + 5 / 3 + 6 / 7)) < 1e-9);
  });

  it('finds the fewest steps, as an exhaustive search does', () => {
    // P (AA-E, ×50) at E: steps +15, +10, +5, +5, +5, +5, +5. Q (A-E, ×50) blank (= E): +12.5 × 4.
    // Target CC (> 50): P 1 step + Q 3 steps = 15 + 37.5 = 52.5 in 4 steps.
    const answers = new Map([['1.1.1', 'E']]);
    const plan = planToGrade(TWO_CRITERIA, answers, 'CC', 'eksklusif');
    assert.deepEqual(plan, {
      reachable: true,
      steps: 4,
      pointsNeeded: 50.01,
      changes: [
        { code: '1.1.1', from: 'E', to: 'D' },
        { code: '1.2.1', to: 'B' },
      ],
      projectedTotal: 52.5,
    });

    // Every combination of steps on P (0..7) and Q (0..4): the fewest that grade CC or better.
    const pScale = ['E', 'D', 'C', 'CC', 'B', 'BB', 'A', 'AA'];
    const qScale = ['E', 'D', 'C', 'B', 'A'];
    let fewest = Infinity;
    for (let p = 0; p < pScale.length; p++) {
      for (let q = 0; q < qScale.length; q++) {
        const graded = gradeScore(totalOf(TWO_CRITERIA, new Map([['1.1.1', pScale[p]!], ['1.2.1', qScale[q]!]])));
        if (graded.ok && ['AA', 'A', 'BB', 'B', 'CC'].includes(graded.predikat)) fewest = Math.min(fewest, p + q);
      }
    }
    assert.equal(plan.steps, fewest);
  });

  it('uses the bound mode: inclusive 50 reaches CC', () => {
    const plan = planToGrade(TWO_CRITERIA, new Map([['1.1.1', 'C'], ['1.2.1', 'E']]), 'CC', 'inklusif');
    // C = .5 → 25; Q at E. Inclusive needs 50: Q +12.5 × 2 = 50 in 2 steps.
    assert.equal(plan.steps, 2);
    assert.equal(plan.pointsNeeded, 25);
    assert.deepEqual(plan.changes, [{ code: '1.2.1', from: 'E', to: 'C' }]);
    const exclusive = planToGrade(TWO_CRITERIA, new Map([['1.1.1', 'C'], ['1.2.1', 'E']]), 'CC', 'eksklusif');
    assert.equal(exclusive.steps, 3);
  });

  it('reports an unreachable target', () => {
    const plan = planToGrade(MODEL_12_2015, new Map(), 'AA', 'eksklusif');
    assert.deepEqual(plan, { reachable: false, steps: 0, pointsNeeded: 90.01, changes: [], projectedTotal: 0 });
  });
});
