import assert from 'node:assert/strict';
import { MODEL_12_2015 } from '../../shared/models/model-12-2015';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { EvaluationModelSchema, subKey, type EvaluationModel } from '../../shared/models/model';
import { SHIPPED_MODELS, checkModelWeights, findModel } from '../../shared/models/registry';

const countBySub = (model: EvaluationModel): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const c of model.criteria) counts[subKey(c.component, c.slot)] = (counts[subKey(c.component, c.slot)] ?? 0) + 1;
  return counts;
};

describe('model 88/2021', () => {
  const model = MODEL_88_2021;

  it('is a valid model with 80 criteria in the contracted counts', () => {
    assert.equal(EvaluationModelSchema.safeParse(model).success, true);
    assert.equal(model.id, '88/2021');
    assert.equal(model.name, 'PermenPANRB No. 88 Tahun 2021');
    assert.equal(model.criteria.length, 80);
    assert.deepEqual(countBySub(model), {
      '1.1': 7, '1.2': 10, '1.3': 8,
      '2.1': 3, '2.2': 7, '2.3': 10,
      '3.1': 6, '3.2': 9, '3.3': 7,
      '4.1': 3, '4.2': 5, '4.3': 5,
    });
  });

  it('has the contracted components, slots and weights', () => {
    assert.deepEqual(
      model.components.map((c) => [c.number, c.name, c.shortName, c.weight, c.subComponents.map((s) => [s.slot, s.name, s.weight])]),
      [
        [1, 'Perencanaan Kinerja', 'Perencanaan', 30, [[1, 'Keberadaan', 6], [2, 'Kualitas', 9], [3, 'Pemanfaatan', 15]]],
        [2, 'Pengukuran Kinerja', 'Pengukuran', 30, [[1, 'Keberadaan', 6], [2, 'Kualitas', 9], [3, 'Pemanfaatan', 15]]],
        [3, 'Pelaporan Kinerja', 'Pelaporan', 15, [[1, 'Keberadaan', 3], [2, 'Kualitas', 4.5], [3, 'Pemanfaatan', 7.5]]],
        [4, 'Evaluasi Akuntabilitas Kinerja Internal', 'Evaluasi Internal', 25, [[1, 'Keberadaan', 5], [2, 'Kualitas', 7.5], [3, 'Pemanfaatan', 12.5]]],
      ],
    );
    assert.deepEqual(checkModelWeights(model), []);
  });

  it('numbers criteria K.S.N consecutively, unique, with Y/T on slot 1 and A-E elsewhere', () => {
    const codes = model.criteria.map((c) => c.code);
    assert.equal(new Set(codes).size, 80);
    for (const c of model.criteria) {
      const [k, s, n] = c.code.split('.').map(Number);
      assert.equal(k, c.component);
      assert.equal(s, c.slot);
      assert.ok(n! >= 1 && n! <= countBySub(model)[subKey(c.component, c.slot)]!, c.code);
      assert.equal(c.type, c.slot === 1 ? 'Y/T' : 'A-E', c.code);
      assert.ok(c.text.length > 10, c.code);
    }
    assert.equal(model.criteria.find((c) => c.code === '1.1.1')?.text, 'Terdapat pedoman teknis perencanaan kinerja');
  });

  it('has the default kerangka-logis rules, all referencing what exists', () => {
    const codes = new Set(model.criteria.map((c) => c.code));
    const subs = new Set(model.components.flatMap((c) => c.subComponents.map((s) => subKey(c.number, s.slot))));
    for (const rule of model.rules) {
      assert.ok(codes.has(rule.criterion), rule.criterion);
      assert.ok(rule.kind === 'average' ? subs.has(rule.reference) : codes.has(rule.reference), JSON.stringify(rule));
    }
    const average = model.rules.filter((r) => r.kind === 'average');
    assert.equal(average.length, 8 + 10 + 7 + 5);
    for (const rule of average) assert.equal(rule.reference, `${rule.criterion.split('.')[0]}.2`);
    assert.deepEqual(
      model.rules.filter((r) => r.kind === 'prerequisite').map((r) => `${r.criterion}<=${r.reference}`),
      ['1.1.4<=1.1.3', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `3.3.${n}<=3.1.1`), '4.3.1<=4.1.2'],
    );
  });
});

describe('model 12/2015', () => {
  it('has five components with 20:50:30 sub-components and Capaian Kinerja 7.5 + 12.5', () => {
    const model = MODEL_12_2015;
    assert.equal(model.id, '12/2015');
    assert.deepEqual(model.criteria, []);
    assert.deepEqual(model.rules, []);
    assert.deepEqual(
      model.components.map((c) => [c.shortName, c.weight, c.subComponents.map((s) => `${s.slot}:${s.name}:${s.weight}`)]),
      [
        ['Perencanaan', 30, ['1:Pemenuhan:6', '2:Kualitas:15', '3:Implementasi:9']],
        ['Pengukuran', 25, ['1:Pemenuhan:5', '2:Kualitas:12.5', '3:Implementasi:7.5']],
        ['Pelaporan', 15, ['1:Pemenuhan:3', '2:Kualitas:7.5', '3:Implementasi:4.5']],
        ['Evaluasi Internal', 10, ['1:Pemenuhan:2', '2:Kualitas:5', '3:Implementasi:3']],
        ['Capaian Kinerja', 20, ['1:Output:7.5', '2:Outcome:12.5']],
      ],
    );
    assert.deepEqual(checkModelWeights(model), []);
  });
});

describe('model registry', () => {
  it('finds shipped models by id, ignoring case and spaces', () => {
    assert.equal(findModel('88/2021'), MODEL_88_2021);
    assert.equal(findModel(' 88 / 2021 '), MODEL_88_2021);
    assert.equal(findModel('12/2015'), MODEL_12_2015);
    assert.equal(findModel('99/2030'), undefined);
    assert.equal(findModel(''), undefined);
    assert.deepEqual(SHIPPED_MODELS.map((m) => m.id), ['88/2021', '12/2015']);
  });

  it('reports sub-component and component weights that do not add up', () => {
    const [first, ...rest] = MODEL_88_2021.components;
    const broken: EvaluationModel = {
      ...MODEL_88_2021,
      components: [{ ...first!, subComponents: first!.subComponents.map((s) => (s.slot === 1 ? { ...s, weight: 5 } : s)) }, ...rest],
    };
    assert.deepEqual(checkModelWeights(broken), [{ what: 'komponen 1 (jumlah subkomponen)', weight: 29, expected: 30 }]);
    const heavy: EvaluationModel = { ...MODEL_88_2021, components: [...MODEL_88_2021.components, { ...first!, number: 5 }] };
    assert.deepEqual(checkModelWeights(heavy), [{ what: 'total komponen', weight: 130, expected: 100 }]);
  });
});
