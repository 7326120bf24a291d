/** A form E.81 sheet written as a real .xlsx (merged band, formulas' values) and read back: the capaian-e81 layout reads it as from the grid. */
import assert from 'node:assert/strict';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { E81_INDICATORS, e81Fixture } from '../support/e81-fixture';
import { e81Workbook } from '../support/e81-workbook';
import { readE81 } from '../support/e81-read';
import { temporaryFolder } from './xlsx-files';

describe('import layout capaian-e81 on a real .xlsx', () => {
  const folder = temporaryFolder();
  after(() => folder.remove());

  it('the merged band survives the file: every indicator, its quarters and column 13 read back', async () => {
    const fixture = e81Fixture();
    const { workbook, sheet } = e81Workbook(fixture);
    // Column 13 as the form writes it: a formula over the quarters, with its cached result.
    for (const r of fixture.indicatorRows.slice(0, 3)) {
      const cell = sheet.getCell(r, 28);
      cell.value = { formula: `P${r}+S${r}+V${r}+Y${r}`, result: cell.value as number };
    }
    const path = folder.path('EVALUASI RENJA 2025.xlsx');
    await workbook.xlsx.writeFile(path);

    const read = await readWorkbookFile(path);
    assert.deepEqual(read.findings, []);
    const { indicators, report } = readE81(read.table!.sheets[0]!);
    assert.equal(indicators.length, E81_INDICATORS.length);
    assert.deepEqual([2, 5, 8, 11].map((m) => indicators[0]!.realisasi[m]), [15, 13.5, 21, 50.5]);
    assert.deepEqual(report.findings.map((f) => f.code).sort(), ['IMPORT_POLARITY_ASSUMED', 'IMPORT_TOTAL_MISMATCH']);
  });
});
