/**
 * Layout capaian-e81: a sheet in the shape of form E.81 (own generator, test/support/e81-fixture.ts)
 * read into Kinerja rows: every indicator row with its four quarterly realisations, the
 * year-to-date realisation (Kumulatif: the sum of the quarters) equal to the form's own column 13,
 * capaian following from it, a column 13 that disagrees reported on its cell.
 */
import assert from 'node:assert/strict';
import { aggregate } from '../../../shared/capaian/aggregate';
import { indicatorCapaian } from '../../../shared/capaian/indicator-capaian';
import { findingMessage } from '../../../shared/findings/make-finding';
import { capaianE81Layout } from '../../../shared/import/capaian-e81';
import type { Indicator } from '../../../shared/parse/opd-workbook-model';
import { cellAt, cellText } from '../../../shared/table/cells';
import { sheetFromGrid } from '../../../shared/table/from-grid';
import type { TableSheet } from '../../../shared/table/table';
import { E81, E81_INDICATORS, e81Fixture } from '../../support/e81-fixture';
import { readE81 } from '../../support/e81-read';

function fixtureSheet(options: { unitRowInBand?: boolean } = {}): TableSheet {
  const fixture = e81Fixture(E81_INDICATORS, options);
  return { ...sheetFromGrid('Realisasi TW IV', fixture.rows), merges: fixture.merges };
}

const ytd = (i: Indicator): number | undefined => {
  const a = aggregate({ target: i.target, monthlyTargets: i.monthlyTargets, realisasi: i.realisasi, aggregation: i.agregasi }, 12);
  return a.ok ? a.realisasi : undefined;
};

/** Column 13 (K) of the indicator's row, as the sheet shows it. */
const column13 = (sheet: TableSheet, i: Indicator): number | undefined => {
  const row = Number(/\d+$/.exec(i.cells.target)![0]);
  const v = cellAt(sheet, row - 1, E81.total - 1).value;
  return v.type === 'number' ? v.value : undefined;
};

describe('import layout capaian-e81 (form E.81, realisasi per triwulan)', () => {
  for (const unitRowInBand of [false, true]) {
    it(`reads every indicator row with its four quarterly realisations${unitRowInBand ? ' (unit row inside the band)' : ''}`, () => {
      const sheet = fixtureSheet({ unitRowInBand });
      const { indicators } = readE81(sheet);
      assert.deepEqual(indicators.map((i) => i.indikator), E81_INDICATORS.map((i) => i.indikator));
      for (const [k, ind] of indicators.entries()) {
        const expected = E81_INDICATORS[k]!;
        assert.deepEqual([2, 5, 8, 11].map((m) => ind.realisasi[m]), expected.quarters, ind.kode);
        assert.deepEqual(ind.realisasi.filter((_, m) => ![2, 5, 8, 11].includes(m)), Array(8).fill(null));
        assert.deepEqual(ind.target, { kind: 'number', value: expected.target });
        assert.equal(ind.agregasi, 'Kumulatif');
        assert.equal(ind.polaritas, 'positif');
        assert.equal(ind.satuan, expected.satuan);
      }
      assert.deepEqual(indicators[0]!.cells.realisasi.filter(Boolean), ['P13', 'S13', 'V13', 'Y13']);
      assert.equal(indicators[0]!.cells.target, 'N13');
    });
  }

  it('codes: the form\'s No when it is a new positive number, else the sheet row', () => {
    const { indicators } = readE81(fixtureSheet());
    assert.deepEqual(indicators.map((i) => i.kode), ['3', '4', '5', '6', '7', '8', '9', '#20', '#21', '#22']);
  });

  it('the year-to-date realisation equals the form\'s own column 13 on every row; where the form typed another figure, a finding on that cell', () => {
    const sheet = fixtureSheet();
    const { indicators, report } = readE81(sheet);
    const mismatched = report.findings.filter((f) => f.code === 'IMPORT_TOTAL_MISMATCH');
    assert.deepEqual(mismatched.map((f) => f.cell), ['AB18']);
    assert.match(findingMessage(mismatched[0]!), /Indikator 8: total lembar 0 berbeda dengan jumlah realisasi triwulan 35/);
    for (const ind of indicators) {
      const own = column13(sheet, ind);
      const sum = ytd(ind);
      if (ind.kode === '8') {
        assert.deepEqual([sum, own], [35, 0]);
        continue;
      }
      if (sum === undefined) assert.ok(own === 0 || own === undefined, ind.kode);
      else assert.ok(own !== undefined && Math.abs(sum - own) < 1e-9, `${ind.kode}: ${sum} vs ${own}`);
    }
  });

  it('capaian follows from the year-to-date realisation (Positif: R / T × 100), for any reporting month', () => {
    const { indicators } = readE81(fixtureSheet());
    const nilai = indicators[0]!;
    const year = indicatorCapaian({ target: nilai.target, monthlyTargets: nilai.monthlyTargets, realisasi: nilai.realisasi, aggregation: nilai.agregasi }, nilai.polaritas, 12);
    assert.ok(year.ok);
    assert.equal(year.realisasi, 100);
    assert.equal(year.value, 100);
    const half = indicatorCapaian({ target: nilai.target, monthlyTargets: nilai.monthlyTargets, realisasi: nilai.realisasi, aggregation: nilai.agregasi }, nilai.polaritas, 6);
    assert.ok(half.ok);
    assert.equal(half.realisasi, 28.5);
    const dok = indicators[2]!;
    const dokYear = indicatorCapaian({ target: dok.target, monthlyTargets: dok.monthlyTargets, realisasi: dok.realisasi, aggregation: dok.agregasi }, dok.polaritas, 12);
    assert.ok(dokYear.ok);
    assert.equal(dokYear.value, 100);
  });

  it('one polarity finding for the sheet; headings, the title and the signature block are not indicators', () => {
    const { indicators, report } = readE81(fixtureSheet());
    const polarity = report.findings.filter((f) => f.code === 'IMPORT_POLARITY_ASSUMED');
    assert.equal(polarity.length, 1);
    assert.equal(polarity[0]!.cell, undefined);
    assert.match(findingMessage(polarity[0]!), /10 indikator dianggap Positif/);
    assert.ok(!indicators.some((i) => /UNSUR|PERENCANAAN|Keuangan|KEPALA/.test(i.indikator)));
  });

  it('a heading row that still carries a quarter\'s realisation is reported, not dropped silently', () => {
    const fixture = e81Fixture();
    fixture.rows[10]![E81.tw[0] - 1] = 5;
    const { report } = readE81({ ...sheetFromGrid('E81', fixture.rows), merges: fixture.merges });
    const missing = report.findings.filter((f) => f.code === 'REQUIRED_VALUE_MISSING');
    assert.deepEqual(missing.map((f) => f.cell), ['H11']);
  });

  it('is not detected on a sheet without the quarter band', () => {
    const sheet = sheetFromGrid('S', [['No', 'Indikator Kinerja', 'Satuan', 'Target'], [1, 'X', '%', 10]]);
    assert.equal(capaianE81Layout.detect({ sheet, merges: [], covered: new Map() }), null);
    assert.equal(cellText(cellAt(sheet, 0, 1).value), 'Indikator Kinerja');
  });
});
