import assert from 'node:assert/strict';
import { round2, roundHalfUp } from '../../shared/scoring/rounding';

describe('rounding', () => {
  it('rounds half-up on the decimal value', () => {
    assert.equal(round2(90.005), 90.01);
    assert.equal(round2(90.004), 90);
    assert.equal(round2(1.005), 1.01);
    assert.equal(round2(70.955), 70.96);
    assert.equal(round2(2.675), 2.68);
    assert.equal(round2(0.1 + 0.2), 0.3);
    assert.equal(round2(36 / 7), 5.14);
    assert.equal(round2(100), 100);
  });
  it('is symmetric for negatives and never gives -0', () => {
    assert.equal(round2(-1.005), -1.01);
    assert.equal(round2(-90.004), -90);
    assert.ok(Object.is(round2(-0.001), 0));
  });
  it('handles tiny and large numbers and other precisions', () => {
    assert.equal(round2(1e-7), 0);
    assert.equal(round2(123456.785), 123456.79);
    assert.equal(roundHalfUp(2.5, 0), 3);
    assert.equal(roundHalfUp(1.0005, 3), 1.001);
    assert.ok(Number.isNaN(round2(Number.NaN)));
  });
});
