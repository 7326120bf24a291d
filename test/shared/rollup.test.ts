import assert from 'node:assert/strict';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { parseAnswer } from '../../shared/scoring/answer-scale';
import { scoreLke } from '../../shared/scoring/rollup';
import { round2 } from '../../shared/scoring/rounding';
import { gradeScore } from '../../shared/scoring/predikat';

/** Values from one answer letter per criterion, per sub-component: `{ '1.1': 'YYYYTYY' }`. */
function valuesFrom(answers: Record<string, string>): Map<string, number> {
  const values = new Map<string, number>();
  for (const c of MODEL_88_2021.criteria) {
    const letter = answers[`${c.component}.${c.slot}`]?.[c.code.split('.').map(Number)[2]! - 1];
    if (letter === undefined || letter === '.') continue;
    const parsed = parseAnswer(letter, c.type);
    assert.equal(parsed.kind, 'valid', `${c.code} ${letter}`);
    if (parsed.kind === 'valid') values.set(c.code, parsed.value);
  }
  return values;
}

const close = (actual: number, expected: number, what: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

describe('roll-up (rata-rata)', () => {
  it('scores the worked example of scoring.md §3: 1.1 = 6/7 × 6', () => {
    const score = scoreLke(MODEL_88_2021, valuesFrom({ '1.1': 'YYYYTYY' }));
    const sub = score.components[0]!.subComponents[0]!;
    assert.equal(sub.key, '1.1');
    close(sub.score, 5.142857142857143, '1.1');
    assert.equal(round2(sub.score), 5.14);
    assert.equal(sub.unanswered, 0);
  });

  it('scores a full hand-computed LKE', () => {
    // Values: Y=1 T=0; A=1 B=.75 C=.5 D=.25 E=0.
    const score = scoreLke(
      MODEL_88_2021,
      valuesFrom({
        '1.1': 'YYYYTYY', //     6/7 × 6                     = 5.142857142857143
        '1.2': 'AABBCABCDE', //  (1+1+.75+.75+.5+1+.75+.5+.25+0) = 6.5;  6.5/10 × 9 = 5.85
        '1.3': 'BBCCABDE', //    (.75+.75+.5+.5+1+.75+.25+0) = 4.5;       4.5/8 × 15 = 8.4375
        '2.1': 'YYT', //         2/3 × 6                     = 4
        '2.2': 'ABBCCDA', //     (1+.75+.75+.5+.5+.25+1) = 4.75;          4.75/7 × 9 = 6.107142857142857
        '2.3': 'BBBBBCCAAB', //  (6×.75 + 2×.5 + 2×1) = 7.5;              7.5/10 × 15 = 11.25
        '3.1': 'YYYYYY', //      6/6 × 3                     = 3
        '3.2': 'AAABBBCCE', //   (3 + 2.25 + 1 + 0) = 6.25;               6.25/9 × 4.5 = 3.125
        '3.3': 'ABCDEAB', //     (1+.75+.5+.25+0+1+.75) = 4.25;           4.25/7 × 7.5 = 4.553571428571429
        '4.1': 'YTY', //         2/3 × 5                     = 3.3333333333333335
        '4.2': 'BBCAE', //       (.75+.75+.5+1+0) = 3;                    3/5 × 7.5 = 4.5
        '4.3': 'CCCDB', //       (3×.5 + .25 + .75) = 2.5;                2.5/5 × 12.5 = 6.25
      }),
    );
    const subs = score.components.flatMap((c) => c.subComponents.map((s) => s.score));
    const expectedSubs = [
      36 / 7, 5.85, 8.4375,
      4, 42.75 / 7, 11.25,
      3, 3.125, 31.875 / 7,
      10 / 3, 4.5, 6.25,
    ];
    subs.forEach((s, i) => close(s, expectedSubs[i]!, `sub ${i}`));
    // Komponen 1: 5.142857… + 5.85 + 8.4375           = 19.430357142857143
    // Komponen 2: 4 + 6.107142… + 11.25               = 21.357142857142857 (= 149.5/7)
    // Komponen 3: 3 + 3.125 + 4.553571…               = 10.678571428571429
    // Komponen 4: 3.333… + 4.5 + 6.25                 = 14.083333333333334
    const expectedComponents = [19.430357142857143, 21.357142857142857, 10.678571428571429, 14.083333333333334];
    score.components.forEach((c, i) => close(c.score, expectedComponents[i]!, `komponen ${c.number}`));
    // Total: 19.430357… + 21.357142… + 10.678571… + 14.083333… = 65.54940476190476 → 65.55 → B
    close(score.total, 65.54940476190476, 'total');
    assert.equal(round2(score.total), 65.55);
    const graded = gradeScore(score.total);
    assert.equal(graded.ok && graded.predikat, 'B');
    assert.equal(score.criteriaCount, 80);
    assert.equal(score.unanswered, 0);
    assert.equal(score.complete, true);
  });

  it('scores 100 when every answer is at the top, 0 when none', () => {
    close(scoreLke(MODEL_88_2021, new Map(MODEL_88_2021.criteria.map((c) => [c.code, 1]))).total, 100, 'all top');
    assert.equal(scoreLke(MODEL_88_2021, new Map()).total, 0);
  });

  it('counts unanswered criteria per sub-component, component and LKE, and scores them 0', () => {
    // 1.1: 5 of 7 answered (Y,Y,T,Y,Y) → 4/7 × 6; 2.2: 1 of 7 answered (B) → .75/7 × 9.
    const values = valuesFrom({ '1.1': 'YYTYY..', '2.2': 'B' });
    values.set('9.9.9', 1); // not in the model: ignored
    const score = scoreLke(MODEL_88_2021, values);
    const [k1, k2, k3, k4] = score.components;
    assert.deepEqual([k1!.subComponents[0]!.unanswered, k1!.subComponents[1]!.unanswered], [2, 10]);
    assert.deepEqual([k1!.unanswered, k2!.unanswered, k3!.unanswered, k4!.unanswered], [20, 19, 22, 13]);
    assert.deepEqual([k1!.criteriaCount, k2!.criteriaCount, k3!.criteriaCount, k4!.criteriaCount], [25, 20, 22, 13]);
    assert.equal(score.unanswered, 74);
    assert.equal(score.complete, false);
    close(k1!.score, (4 / 7) * 6, 'komponen 1');
    close(k2!.score, (0.75 / 7) * 9, 'komponen 2');
    close(score.total, (4 / 7) * 6 + (0.75 / 7) * 9, 'total');
  });

  it('scores a sub-component without criteria 0 and caps a component at its weight', () => {
    const model = {
      ...MODEL_88_2021,
      criteria: MODEL_88_2021.criteria.filter((c) => !(c.component === 1 && c.slot === 2)),
      components: MODEL_88_2021.components.map((c) =>
        c.number === 2 ? { ...c, subComponents: c.subComponents.map((s) => ({ ...s, weight: s.weight * 2 })) } : c,
      ),
    };
    const score = scoreLke(model, new Map(model.criteria.map((c) => [c.code, 1])));
    assert.equal(score.components[0]!.subComponents[1]!.score, 0);
    assert.equal(score.components[0]!.subComponents[1]!.criteriaCount, 0);
    assert.equal(score.components[1]!.score, 30); // subs add up to 60, capped at 30
  });
});
