/** The pane's pure parts: language, file name, range origin, grouping, highlight targets, score card content. */
import assert from 'node:assert/strict';
import { documentName } from '../../addin/taskpane/document-name';
import { groupBySheet } from '../../addin/taskpane/findings-view';
import { HIGHLIGHT_FILL, highlightTargets } from '../../addin/taskpane/highlight-targets';
import { rangeOrigin } from '../../addin/taskpane/range-address';
import { scoreSummary } from '../../addin/taskpane/score-summary';
import { langOf, textsFor } from '../../addin/taskpane/texts';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { makeFinding } from '../../shared/findings/make-finding';
import { baseFixture, fixtureTable, lkeRowOf } from '../support/opd-fixture';

describe('task pane parts', () => {
  it('speaks English only when Office does', () => {
    assert.equal(langOf('en-US'), 'en');
    assert.equal(langOf('EN-gb'), 'en');
    assert.equal(langOf('id-ID'), 'id');
    assert.equal(langOf('nl-NL'), 'id');
    assert.equal(langOf(undefined), 'id');
    assert.equal(textsFor('id').check, 'Periksa');
    assert.equal(textsFor('en').check, 'Check');
  });

  it('names the file by the last segment of the document URL, decoded', () => {
    assert.equal(documentName('https://contoso.sharepoint.com/sites/x/Shared%20Documents/dinkes%20mei.xlsx?web=1'), 'dinkes mei.xlsx');
    assert.equal(documentName('C:\\Users\\ana\\Documents\\dinkes.xlsx'), 'dinkes.xlsx');
    assert.equal(documentName('/Users/ana/100%.xlsx'), '100%.xlsx');
    assert.equal(documentName(''), 'Workbook');
    assert.equal(documentName(null), 'Workbook');
  });

  it('takes the origin of a used range from its address', () => {
    assert.deepEqual(rangeOrigin('LKE!A1:F90'), { row: 1, column: 1 });
    assert.deepEqual(rangeOrigin("'Pohon Kinerja'!C4:E9"), { row: 4, column: 3 });
    assert.deepEqual(rangeOrigin("'It''s!'!$B$2"), { row: 2, column: 2 });
  });

  const file = 'a.xlsx';
  const findings = [
    makeFinding('CODE_DUPLICATE', { file, sheet: 'Kinerja', cell: 'A4' }, { kode: 'IK1', firstCell: 'A2' }),
    makeFinding('NUMBER_AMBIGUOUS_THOUSANDS', { file, sheet: 'Kinerja', cell: 'A4' }, { field: 'Target', text: '1.250', read: 1250 }),
    makeFinding('OPD_NOT_LISTED', { file }, { kodeOpd: 'X' }),
    makeFinding('HEADER_MISSING', { file, sheet: 'LKE' }, { headers: ['Kode'] }),
    makeFinding('NUMBER_AMBIGUOUS_THOUSANDS', { file, sheet: 'Kinerja', cell: 'H2' }, { field: 'Target', text: '1.250', read: 1250 }),
  ];

  it('groups findings by sheet with counts, file-level first', () => {
    const groups = groupBySheet(findings);
    assert.deepEqual(
      groups.map((g) => [g.sheet, g.findings.length, g.errors, g.warnings]),
      [
        [undefined, 1, 1, 0],
        ['Kinerja', 3, 1, 2],
        ['LKE', 1, 1, 0],
      ],
    );
  });

  it('highlights each finding cell once, an error beating a warning', () => {
    assert.deepEqual(highlightTargets(findings), [
      { sheet: 'Kinerja', cell: 'A4', severity: 'error' },
      { sheet: 'Kinerja', cell: 'H2', severity: 'warning' },
    ]);
    assert.notEqual(HIGHLIGHT_FILL.error, HIGHLIGHT_FILL.warning);
  });

  it('fills the score card with Indonesian numbers and the planner’s top five', () => {
    const fixture = baseFixture();
    for (const [kode, answer] of Object.entries({ '1.3.2': 'C', '2.1.3': 'T', '2.3.4': 'B', '4.3.1': 'D', '3.3.1': 'E', '4.3.2': 'C' })) {
      fixture.lke[lkeRowOf(fixture.lke, kode)]![2] = answer;
    }
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) fixture.lke[lkeRowOf(fixture.lke, `2.3.${n}`)]![2] = 'E';
    fixture.lke[lkeRowOf(fixture.lke, '1.1.1')]![2] = '';
    const assessment = assessOpdWorkbook(fixtureTable(fixture));
    const summary = scoreSummary(assessment, textsFor('id'));
    assert.deepEqual(summary.components.map((c) => c.name), ['Perencanaan', 'Pengukuran', 'Pelaporan', 'Evaluasi Internal']);
    assert.match(summary.total, /^\d+,\d\d$/);
    assert.ok(assessment.grade.ok);
    assert.equal(summary.predikat, assessment.grade.predikat);
    assert.equal(summary.unanswered, '1 dari 80 kriteria');
    assert.equal(summary.improvements.length, 5);
    assert.ok(summary.improvements.every((step) => /^\+\d+,\d\d$/.test(step.gain)));
    assert.deepEqual(summary.improvements.find((s) => s.code === '1.1.1')?.from, 'kosong');
    assert.match(summary.nextGrade, /^\d+,\d\d poin lagi menuju (AA|A|BB|B|CC|C)$/);
    assert.equal(summary.rejected, false);
    assert.equal(scoreSummary(assessment, textsFor('en')).improvements.find((s) => s.code === '1.1.1')?.from, 'blank');
  });
});
