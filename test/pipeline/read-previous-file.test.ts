/**
 * A consolidation read for the carry-over (read-previous-file.ts): in a worker, only the sheets the
 * carry-over reads are parsed (PREVIOUS_SHEETS), and what comes back is its reading of them, the
 * same as the reading of the whole table (with every one of those sheets holding rows, so that
 * leaving one out would show); the evaluator entries and the history come through.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { PREVIOUS_SHEETS, readPreviousConsolidation, withConsolidationLimits } from '../../pipeline/consolidate/read-previous-consolidation';
import { readPreviousFile } from '../../pipeline/consolidate/read-previous-file';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { editEvaluator, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';

describe('a consolidation read for the carry-over: its sheets only, in a worker (read-previous-file.ts)', function () {
  this.timeout(120_000);
  let out: string;

  before(async () => {
    // Two months: May's evaluator entries, then June without DUA (its entries go to Arsip
    // Evaluator) with May in Riwayat: every carry-over sheet holds rows.
    const root = await tempFolder('previous-file');
    const city = await writeCity(root, [['SATU', 'Dinas Satu'], ['DUA', 'Dinas Dua']]);
    const may = join(root, 'mei');
    const june = join(root, 'juni');
    await mkdir(may);
    await mkdir(june);
    await writeOpd(may, { kode: 'SATU', month: 5 });
    await writeOpd(may, { kode: 'DUA', month: 5 });
    await writeOpd(june, { kode: 'SATU', month: 6 });
    const mayOut = join(root, 'konsolidasi-05.xlsx');
    assert.equal((await runConsolidation({ city, input: may, out: mayOut, period: { year: 2025, month: 5 }, now: new Date(Date.UTC(2025, 5, 1)) })).kind, 'done');
    await editEvaluator(mayOut, [{ kodeOpd: 'DUA', kode: '1.1.1', jawaban: 'B', catatan: 'Cek dokumen Renstra' }]);
    out = join(root, 'konsolidasi-06.xlsx');
    assert.equal((await runConsolidation({ city, input: june, out, period: { year: 2025, month: 6 }, previous: mayOut, now: new Date(Date.UTC(2025, 6, 1)) })).kind, 'done');
  });

  it('parses only the carry-over sheets, and reads them as the whole table reads', async () => {
    const whole = await readWorkbookFile(out, withConsolidationLimits({}));
    const only = await readWorkbookFile(out, { ...withConsolidationLimits({}), sheets: PREVIOUS_SHEETS });
    assert.ok(whole.table!.sheets.some((s) => s.name === 'Kinerja') && whole.table!.sheets.some((s) => s.name === 'Pohon Kinerja'));
    assert.deepEqual(only.table!.sheets.map((s) => s.name).sort(), [...PREVIOUS_SHEETS].sort());
    assert.deepEqual(readPreviousConsolidation(only.table!), readPreviousConsolidation(whole.table!));
  });

  it('gives back the reading, not the table, from a worker', async () => {
    const read = await readPreviousFile(out);
    assert.equal(read.file, 'konsolidasi-06.xlsx');
    assert.deepEqual(read.findings, []);
    assert.ok(read.previous?.ok);
    if (!read.previous?.ok) return;
    const archived = read.previous.previous.arsip.find((e) => e.kodeOpd === 'DUA' && e.kode === '1.1.1');
    assert.deepEqual([archived?.jawaban, archived?.catatan, archived?.periode], ['B', 'Cek dokumen Renstra', '2025-05']);
    assert.ok((read.previous.previous.history?.past.length ?? 0) > 0, 'May is in Riwayat');
    assert.equal((read as { table?: unknown }).table, undefined);
  });
});
