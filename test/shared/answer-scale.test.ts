import assert from 'node:assert/strict';
import { allowedAnswers, nextAnswer, parseAnswer } from '../../shared/scoring/answer-scale';

describe('answer scales', () => {
  it('reads Y/T with Ya/Tidak, any case, trimmed', () => {
    assert.deepEqual(parseAnswer(' y ', 'Y/T'), { kind: 'valid', answer: 'Y', value: 1 });
    assert.deepEqual(parseAnswer('Ya', 'Y/T'), { kind: 'valid', answer: 'Y', value: 1 });
    assert.deepEqual(parseAnswer('TIDAK', 'Y/T'), { kind: 'valid', answer: 'T', value: 0 });
    assert.deepEqual(parseAnswer('t', 'Y/T'), { kind: 'valid', answer: 'T', value: 0 });
  });
  it('reads A-E', () => {
    const values = ['A', 'B', 'C', 'D', 'E'].map((a) => parseAnswer(a.toLowerCase(), 'A-E'));
    assert.deepEqual(values.map((v) => (v.kind === 'valid' ? v.value : NaN)), [1, 0.75, 0.5, 0.25, 0]);
  });
  it('reads AA-E', () => {
    const answers = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D', 'E'];
    const values = answers.map((a) => parseAnswer(a, 'AA-E'));
    assert.deepEqual(values.map((v) => (v.kind === 'valid' ? v.value : NaN)), [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.3, 0]);
  });
  it('rejects answers of another type, F and numbers; blank is unanswered', () => {
    assert.equal(parseAnswer('B', 'Y/T').kind, 'invalid');
    assert.equal(parseAnswer('F', 'A-E').kind, 'invalid');
    assert.equal(parseAnswer('1', 'A-E').kind, 'invalid');
    assert.equal(parseAnswer('AA', 'A-E').kind, 'invalid');
    assert.equal(parseAnswer('Ya', 'A-E').kind, 'invalid');
    assert.equal(parseAnswer('   ', 'A-E').kind, 'blank');
  });
  it('steps up one answer at a time', () => {
    assert.equal(nextAnswer(undefined, 'A-E'), 'E');
    assert.equal(nextAnswer('C', 'A-E'), 'B');
    assert.equal(nextAnswer('A', 'A-E'), undefined);
    assert.equal(nextAnswer('T', 'Y/T'), 'Y');
    assert.equal(nextAnswer('D', 'AA-E'), 'C');
    assert.deepEqual(allowedAnswers('Y/T'), ['Y', 'T']);
  });
});
