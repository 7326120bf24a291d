/** "Periksa" on a foreign workbook: the stand-in gives the merged areas, the core recognises the layout, the card shows the file's score. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergedRanges, readWorkbookTable } from '../../addin/taskpane/read-workbook';
import { scoreSummary } from '../../addin/taskpane/score-summary';
import { textsFor } from '../../addin/taskpane/texts';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { formatScore } from '../../shared/format/number-format';
import { round2 } from '../../shared/scoring/rounding';
import { FOREIGN_LKE_SCORE, foreignLke, writeForeignLkeXlsx } from '../support/foreign-lke-fixture';
import { nodeStandin } from '../support/office-standin/node-standin';
import { snapshotFromXlsx } from '../support/office-standin/xlsx-snapshot';

describe('task pane on a foreign LKE (stand-in)', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'sakip-pane-import-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the merged areas in the same two syncs and scores the hierarchical LKE', async () => {
    const path = join(dir, 'kke-dinas.xlsx');
    await writeForeignLkeXlsx(path, foreignLke());
    const excel = nodeStandin(await snapshotFromXlsx(path));
    const table = await excel.run((context) => readWorkbookTable(context, 'kke-dinas.xlsx', { merges: true }));
    assert.deepEqual(excel.recorder.runs, [2]);
    assert.deepEqual([...table.sheets[0]!.merges!].sort(), [...foreignLke().merges].sort());
    const assessment = assessOpdWorkbook(table);
    assert.equal(assessment.imported?.sheets[0]?.layout, 'lke-hierarki');
    assert.ok(Math.abs(assessment.score.total - FOREIGN_LKE_SCORE.total) < 1e-4);
    assert.equal(assessment.findings.filter((f) => f.severity === 'error').length, 0);
    const card = scoreSummary(assessment, textsFor('id'));
    assert.deepEqual(card.components.map((c) => c.score), FOREIGN_LKE_SCORE.components.map((p) => formatScore(round2(p))));
    assert.equal(card.total, formatScore(round2(FOREIGN_LKE_SCORE.total)));
  });

  it('without merged areas (an older host) the band title still heads its first column: recognised, same score', async () => {
    const path = join(dir, 'kke-lama.xlsx');
    await writeForeignLkeXlsx(path, foreignLke());
    const excel = nodeStandin(await snapshotFromXlsx(path));
    const table = await excel.run((context) => readWorkbookTable(context, 'kke-lama.xlsx', { merges: false }));
    assert.equal(table.sheets[0]!.merges, undefined);
    const assessment = assessOpdWorkbook(table);
    assert.equal(assessment.imported?.sheets[0]?.layout, 'lke-hierarki');
    assert.ok(Math.abs(assessment.score.total - FOREIGN_LKE_SCORE.total) < 1e-4);
  });

  it('parses merged-area addresses with sheet names', () => {
    assert.deepEqual(mergedRanges("PENILAIAN!A2:A3, 'Data OPD'!$H$2:$K$2"), ['A2:A3', 'H2:K2']);
  });
});
