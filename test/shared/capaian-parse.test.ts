import assert from 'node:assert/strict';
import { parseAggregation, parseNegativeFormula, parsePolarity, parseRangeText } from '../../shared/capaian';

describe('capaian: reading cell texts', () => {
  it('reads the polarity', () => {
    assert.equal(parsePolarity('Positif'), 'positif');
    assert.equal(parsePolarity(' positif '), 'positif');
    assert.equal(parsePolarity('POSITIF'), 'positif');
    assert.equal(parsePolarity('+'), 'positif');
    assert.equal(parsePolarity('Negatif'), 'negatif');
    assert.equal(parsePolarity('-'), 'negatif');
    assert.equal(parsePolarity('\u2212'), 'negatif');
    assert.equal(parsePolarity(''), undefined);
    assert.equal(parsePolarity(null), undefined);
    assert.equal(parsePolarity('naik'), undefined);
    assert.equal(parsePolarity('constructor'), undefined);
  });
  it('reads the aggregation; blank is Akhir', () => {
    assert.equal(parseAggregation('Kumulatif'), 'Kumulatif');
    assert.equal(parseAggregation(' KUMULATIF '), 'Kumulatif');
    assert.equal(parseAggregation('akhir'), 'Akhir');
    assert.equal(parseAggregation('Rata-rata'), 'Rata-rata');
    assert.equal(parseAggregation('Rata rata'), 'Rata-rata');
    assert.equal(parseAggregation('Ratarata'), 'Rata-rata');
    assert.equal(parseAggregation('rata - rata'), 'Rata-rata');
    assert.equal(parseAggregation(''), 'Akhir');
    assert.equal(parseAggregation('   '), 'Akhir');
    assert.equal(parseAggregation(undefined), 'Akhir');
    assert.equal(parseAggregation('Total'), undefined);
  });
  it('reads the negative formula; blank is 2T-R', () => {
    assert.equal(parseNegativeFormula(''), '2T-R');
    assert.equal(parseNegativeFormula(null), '2T-R');
    assert.equal(parseNegativeFormula('2T-R'), '2T-R');
    assert.equal(parseNegativeFormula('2t - r'), '2T-R');
    assert.equal(parseNegativeFormula('T/R'), 'T/R');
    assert.equal(parseNegativeFormula(' t / r '), 'T/R');
    assert.equal(parseNegativeFormula('R/T'), undefined);
  });
  it('splits range texts into their two number texts', () => {
    assert.deepEqual(parseRangeText('80–90'), { low: '80', high: '90' });
    assert.deepEqual(parseRangeText('80—90'), { low: '80', high: '90' });
    assert.deepEqual(parseRangeText('80-90'), { low: '80', high: '90' });
    assert.deepEqual(parseRangeText('80 - 90'), { low: '80', high: '90' });
    assert.deepEqual(parseRangeText('80 s.d. 90'), { low: '80', high: '90' });
    assert.deepEqual(parseRangeText('80 S.D. 90'), { low: '80', high: '90' });
    assert.deepEqual(parseRangeText('80 s/d 90'), { low: '80', high: '90' });
    assert.deepEqual(parseRangeText('2,5–3,5'), { low: '2,5', high: '3,5' });
    assert.deepEqual(parseRangeText(' 1.000 - 2.500 '), { low: '1.000', high: '2.500' });
    assert.deepEqual(parseRangeText('80%–90%'), { low: '80%', high: '90%' });
  });
  it('does not read a single number, a signed number or other text as a range', () => {
    assert.equal(parseRangeText('-5'), undefined);
    assert.equal(parseRangeText('85'), undefined);
    assert.equal(parseRangeText('85,5'), undefined);
    assert.equal(parseRangeText('80-'), undefined);
    assert.equal(parseRangeText('80-90-100'), undefined);
    assert.equal(parseRangeText('abc-def'), undefined);
    assert.equal(parseRangeText(''), undefined);
    assert.deepEqual(parseRangeText('-5 - -3'), { low: '-5', high: '-3' });
  });
});
