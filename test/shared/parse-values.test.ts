import assert from 'node:assert/strict';
import { parseNumberText } from '../../shared/parse/indonesian-number';
import { parseMonthName } from '../../shared/parse/month-name';
import { formatPeriode, parsePeriode } from '../../shared/parse/periode';
import { cell } from '../../shared/table/cells';

describe('Indonesian text numbers', () => {
  const cases: [string, number, string?][] = [
    ['85,5%', 85.5],
    ['1.234,5', 1234.5],
    ['85,5', 85.5],
    ['1,234', 1.234],
    ['12.500.000', 12500000, 'ambiguous-thousands'],
    ['1.250', 1250, 'ambiguous-thousands'],
    ['85.5', 85.5, 'english-decimal'],
    ['0.125', 0.125, 'english-decimal'],
    [' 1 234 ', 1234],
    ['-2,5', -2.5],
    ['100', 100],
    ['90 %', 90],
  ];
  for (const [text, value, note] of cases) {
    it(`"${text}" → ${value}${note ? ` (${note})` : ''}`, () => {
      const read = parseNumberText(text);
      assert.ok(read.ok);
      assert.equal(read.value, value);
      assert.equal(read.note, note);
    });
  }
  for (const text of ['abc', '1.23.4', '1,2,3', '12.34,5', '1.2345,6', '%', '', '85%%', '1.234.56']) {
    it(`"${text}" is not a number`, () => assert.equal(parseNumberText(text).ok, false));
  }
});

describe('month names and periods', () => {
  it('reads Indonesian and English months, full or short, any case', () => {
    const pairs: [string, number][] = [
      ['Januari', 1], ['jan', 1], ['FEBRUARI', 2], ['Maret', 3], ['march', 3], ['Mei', 5], ['May', 5],
      ['Agu', 8], ['Agustus', 8], ['Aug', 8], ['Okt', 10], ['Oct', 10], ['Des', 12], ['December', 12], ['Dec', 12],
    ];
    for (const [text, month] of pairs) assert.equal(parseMonthName(text), month, text);
    assert.equal(parseMonthName('Bulan'), undefined);
  });

  it('reads Periode as a number, a name, yyyy-mm, or a date', () => {
    assert.deepEqual(parsePeriode(cell.number(5)), { month: 5 });
    assert.deepEqual(parsePeriode(cell.text('Mei')), { month: 5 });
    assert.deepEqual(parsePeriode(cell.text('Mei 2025')), { month: 5, year: 2025 });
    assert.deepEqual(parsePeriode(cell.text('2025-05')), { month: 5, year: 2025 });
    assert.deepEqual(parsePeriode(cell.text('05/2025')), { month: 5, year: 2025 });
    assert.deepEqual(parsePeriode(cell.date('2025-05-31')), { month: 5, year: 2025 });
    assert.deepEqual(parsePeriode(cell.text('31/05/2025')), { month: 5, year: 2025 });
    assert.equal(parsePeriode(cell.number(13)), undefined);
    assert.equal(parsePeriode(cell.number(4.5)), undefined);
    assert.equal(parsePeriode(cell.text('2025-13')), undefined);
    assert.equal(parsePeriode(cell.boolean(true)), undefined);
    assert.equal(formatPeriode({ month: 5, year: 2025 }), '2025-05');
  });
});
