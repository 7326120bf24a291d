/**
 * The pane and the pipeline must judge a workbook alike: the same .xlsx read by the pane's reader
 * (Office.js, here the stand-in serving what exceljs read) and by the pipeline's reader (exceljs →
 * table) gives deep-equal findings, scores and predikat.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookTable } from '../../addin/taskpane/read-workbook';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { BROKEN_FILE, writeBrokenOpdWorkbook } from '../support/broken-opd-workbook';
import { nodeStandin } from '../support/office-standin/node-standin';
import { snapshotFromXlsx } from '../support/office-standin/xlsx-snapshot';

describe('pane and pipeline: same findings for the same workbook', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sakip-same-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives deep-equal findings, score and predikat for the broken fixture workbook', async () => {
    const path = join(dir, BROKEN_FILE);
    await writeBrokenOpdWorkbook(path);

    const pane = await nodeStandin(await snapshotFromXlsx(path)).run((context) => readWorkbookTable(context, BROKEN_FILE));
    const pipeline = await readWorkbookFile(path);
    assert.deepEqual(pipeline.findings, []);
    assert.ok(pipeline.table);

    const byPane = assessOpdWorkbook(pane);
    const byPipeline = assessOpdWorkbook(pipeline.table);
    assert.ok(byPane.findings.length >= 6, 'the fixture is broken');
    assert.deepEqual(byPane.findings, byPipeline.findings);
    assert.deepEqual(byPane.score, byPipeline.score);
    assert.deepEqual(byPane.grade, byPipeline.grade);
    assert.equal(byPane.rejected, byPipeline.rejected);
    assert.deepEqual(byPane.capaian, byPipeline.capaian);
  });
});
