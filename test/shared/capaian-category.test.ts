import assert from 'node:assert/strict';
import { capaianCategory, DEFAULT_CATEGORY_SCHEME, type CategoryScheme } from '../../shared/capaian';

describe('capaian: category (scoring.md §6)', () => {
  it('uses the default bands at their bounds', () => {
    assert.equal(capaianCategory(91), 'Sangat Tinggi');
    assert.equal(capaianCategory(90.99), 'Tinggi');
    assert.equal(capaianCategory(76), 'Tinggi');
    assert.equal(capaianCategory(75.99), 'Sedang');
    assert.equal(capaianCategory(66), 'Sedang');
    assert.equal(capaianCategory(51), 'Rendah');
    assert.equal(capaianCategory(50.99), 'Sangat Rendah');
    assert.equal(capaianCategory(0), 'Sangat Rendah');
    assert.equal(capaianCategory(250), 'Sangat Tinggi');
  });
  it('compares on the value rounded half-up to 2 decimals', () => {
    assert.equal(capaianCategory(90.996), 'Sangat Tinggi'); // → 91.00
    assert.equal(capaianCategory(90.994), 'Tinggi'); // → 90.99
    assert.equal(capaianCategory(50.995), 'Rendah'); // → 51.00
  });
  it('accepts a custom scheme', () => {
    const scheme: CategoryScheme = [
      { min: 100, category: 'Sangat Tinggi' },
      { min: 90, category: 'Tinggi' },
      { min: 0, category: 'Rendah' },
    ];
    assert.equal(capaianCategory(100, scheme), 'Sangat Tinggi');
    assert.equal(capaianCategory(95, scheme), 'Tinggi');
    assert.equal(capaianCategory(89.99, scheme), 'Rendah');
    assert.equal(capaianCategory(-5, scheme), 'Rendah'); // below every bound: lowest band
    assert.equal(DEFAULT_CATEGORY_SCHEME.length, 5);
  });
});

