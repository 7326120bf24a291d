/**
 * What the main thread keeps of each assessment is interned (compact-assessment.ts): every text,
 * Map keys included (criterion codes key each workbook's answers), goes into the pool once, and
 * each Map keeps its order and values.
 */
import assert from 'node:assert/strict';
import { internStrings } from '../../pipeline/read/compact-assessment';

/** A held assessment's shape in small: Kinerja texts beside typed numbers, answers keyed by code. */
const assessment = () => ({
  kinerja: { texts: ['Sangat Tinggi', 'Akhir'], numbers: new Float64Array([1, 2]) },
  answers: new Map([
    ['1.1.1', { jawaban: 'Ya' }],
    ['1.1.2', { jawaban: 'Tidak' }],
  ]),
});

describe('internStrings: one copy of each text the main thread keeps (compact-assessment.ts)', () => {
  it('pools texts in arrays, objects and Map keys and values, and keeps each Map in order', () => {
    const pool = new Map<string, string>();
    const first = internStrings(assessment(), pool);
    assert.deepEqual([...pool.keys()].sort(), ['1.1.1', '1.1.2', 'Akhir', 'Sangat Tinggi', 'Tidak', 'Ya']);
    assert.deepEqual([...first.answers.keys()], ['1.1.1', '1.1.2']);
    assert.deepEqual([...first.answers.values()].map((v) => v.jawaban), ['Ya', 'Tidak']);
    assert.deepEqual(first.kinerja.numbers, new Float64Array([1, 2]));
  });
});
