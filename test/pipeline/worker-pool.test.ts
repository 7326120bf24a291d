/**
 * The read pool: each file in a worker with a time and a memory limit. A file that hangs, one that
 * exhausts its worker's memory and one whose worker crashes are each reported with their finding
 * while the other files of the same run are read correctly, and the outcomes keep the input order.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { readFilesIsolated, ReadPool } from '../../pipeline/read/worker-pool';
import { cellAt } from '../../shared/table/cells';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { smallWorkbookBytes } from './xlsx-files';

/**
 * A valid workbook of `sheets` sheets × `rows` rows × 4 cells of inline text: each part small
 * enough to check and parse, all of them together too big for a small worker heap.
 */
function bigWorkbook(sheets: number, rows: number): Uint8Array {
  const files = Object.create(null) as Zippable;
  const list = Array.from({ length: sheets }, (_, i) => `<sheet name="Data ${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  files['xl/workbook.xml'] = strToU8(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${list}</sheets></workbook>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  for (let s = 1; s <= sheets; s++) {
    const parts: string[] = [];
    for (let r = 1; r <= rows; r++) {
      parts.push(`<row r="${r}">`);
      for (const c of ['A', 'B', 'C', 'D']) parts.push(`<c r="${c}${r}" t="inlineStr"><is><t>teks ${s} ${c}${r} yang cukup panjang</t></is></c>`);
      parts.push('</row>');
    }
    files[`xl/worksheets/sheet${s}.xml`] = [strToU8(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${parts.join('')}</sheetData></worksheet>`), { level: 1 }];
  }
  return zipSync(files);
}

describe('read pool: per-file isolation with time and memory limits', function () {
  this.timeout(120_000);
  let dir: string;
  const names = ['a.xlsx', 'lambat.xlsx', 'b.xlsx', 'rakus.xlsx', 'c.xlsx', 'mogok.xlsx', 'd.xlsx'];

  before(async () => {
    dir = await tempFolder('pool');
    const valid = await smallWorkbookBytes();
    for (const name of names) await writeFile(join(dir, name), valid);
  });

  it('reports a hanging file, one out of memory and a crashed reader, and reads the others, in input order', async () => {
    const jobs = names.map((file) => ({ path: join(dir, file), file }));
    const outcomes = await readFilesIsolated(jobs, {
      timeLimitMs: 3_000,
      testHooks: { 'lambat.xlsx': 'hang', 'rakus.xlsx': 'exhaust-memory', 'mogok.xlsx': 'crash' },
      memoryLimitMb: 128,
    });
    assert.deepEqual(outcomes.map((o) => o.file), names);
    const codes = outcomes.map((o) => o.findings.map((f) => f.code).join(','));
    assert.deepEqual(codes, ['', 'FILE_TOO_SLOW', '', 'FILE_TOO_LARGE_IN_MEMORY', '', 'FILE_UNREADABLE', '']);
    for (const o of outcomes.filter((o) => o.findings.length === 0)) {
      assert.equal(o.readable, true);
      assert.deepEqual(cellAt(o.table!.sheets[0]!, 0, 0).value, { type: 'text', value: 'Kode' });
      assert.deepEqual(cellAt(o.table!.sheets[0]!, 0, 1).value, { type: 'number', value: 1 });
    }
    const slow = outcomes[1]!;
    assert.equal(slow.stopped, 'time');
    assert.match(slow.sha256, /^[0-9a-f]{64}$/, 'a stopped file still has its size and SHA-256 for Sumber');
    assert.ok(slow.size > 0);
    assert.deepEqual(slow.findings[0]!.params, { seconds: 3 });
    assert.equal(outcomes[3]!.stopped, 'memory');
    assert.deepEqual(outcomes[3]!.findings[0]!.params, { megabytes: 128 });
    assert.equal(outcomes[5]!.stopped, 'crash');
  });

  it('one worker: the files waiting behind a hanging or a crashing one are read by the next worker, in input order', async () => {
    const order = ['lambat.xlsx', 'a.xlsx', 'mogok.xlsx', 'b.xlsx', 'c.xlsx'];
    const pool = new ReadPool({ size: 1, timeLimitMs: 2_000, testHooks: { 'lambat.xlsx': 'hang', 'mogok.xlsx': 'crash' } });
    try {
      const outcomes = await pool.run(order.map((file) => ({ path: join(dir, file), file })));
      assert.deepEqual(
        outcomes.map((o) => `${o.file} ${o.findings.map((f) => f.code).join(',')}`),
        ['lambat.xlsx FILE_TOO_SLOW', 'a.xlsx ', 'mogok.xlsx FILE_UNREADABLE', 'b.xlsx ', 'c.xlsx '],
      );
      assert.deepEqual(outcomes.map((o) => o.readable), [false, true, false, true, true]);
    } finally {
      await pool.close();
    }
  });

  it('two workers, two files: the second file waits for the second worker, not behind the first file', async () => {
    const started = Date.now();
    let readAfterMs = Infinity;
    const pool = new ReadPool({ size: 2, timeLimitMs: 4_000, testHooks: { 'lambat.xlsx': 'hang' } });
    try {
      const outcomes = await pool.run(['lambat.xlsx', 'a.xlsx'].map((file) => ({ path: join(dir, file), file })), (outcome) => {
        if (outcome.file === 'a.xlsx') readAfterMs = Date.now() - started;
      });
      assert.deepEqual(outcomes.map((o) => o.readable), [false, true]);
      assert.ok(readAfterMs < 4_000, `a.xlsx read after ${readAfterMs} ms: it waited behind the hanging file`);
    } finally {
      await pool.close();
    }
  });

  it('stops a real file over a tiny time limit, and a big valid workbook over a small memory limit', async () => {
    await writeFile(join(dir, 'besar.xlsx'), bigWorkbook(24, 10_000));
    // Above every single part's text (the gate decodes each whole), below the whole table.
    const limits = { maxCells: 5_000_000, maxXmlElements: 20_000_000 };
    const pool = new ReadPool({ size: 1, memoryLimitMb: 96, limits });
    try {
      const [big, small] = await pool.run([
        { path: join(dir, 'besar.xlsx'), file: 'besar.xlsx' },
        { path: join(dir, 'a.xlsx'), file: 'a.xlsx' },
      ]);
      assert.deepEqual(big!.findings.map((f) => f.code), ['FILE_TOO_LARGE_IN_MEMORY']);
      assert.equal(small!.readable, true, 'the replacement worker reads the next file');
    } finally {
      await pool.close();
    }
    const [slow] = await readFilesIsolated([{ path: join(dir, 'besar.xlsx'), file: 'besar.xlsx' }], { timeLimitMs: 5, limits });
    assert.deepEqual(slow!.findings.map((f) => f.code), ['FILE_TOO_SLOW']);
  });

  it('assesses in the worker and sends the assessment, with the city model restored, not the table', async () => {
    const root = await tempFolder('pool-assess');
    const city = readCityWorkbook((await readWorkbookFile(await writeCity(root, [['DINKES', 'Dinas Kesehatan']]))).table!).config!;
    const path = await writeOpd(root, { kode: 'DINKES' });
    for (const boot of ['bundle', 'tsx'] as const) {
      const [outcome] = await readFilesIsolated([{ path, file: 'dinkes.xlsx', assess: { periodFromVote: true } }], { city, boot });
      assert.equal(outcome!.table, undefined);
      assert.equal(outcome!.vote, 5);
      assert.deepEqual(outcome!.period, { year: 2025, month: 5 });
      assert.equal(outcome!.assessment!.model, city.model, `${boot}: the city's own model object`);
      assert.equal(outcome!.assessment!.workbook.profil!.kodeOpd, 'DINKES');
    }
  });

  it('a consolidation goes on when one input file hangs: the file is reported, the others are consolidated', async () => {
    const root = await tempFolder('pool-run');
    const input = join(root, 'masukan');
    await mkdir(input);
    const city = await writeCity(root, [['SATU', 'Dinas Satu'], ['DUA', 'Dinas Dua'], ['TIGA', 'Dinas Tiga']]);
    await writeOpd(input, { kode: 'SATU' });
    await writeOpd(input, { kode: 'DUA' });
    await writeOpd(input, { kode: 'TIGA' });
    const out = join(root, 'konsolidasi.xlsx');
    const result = await runConsolidation({ city, input, out, now: new Date(Date.UTC(2025, 5, 1)), read: { timeLimitMs: 3_000, testHooks: { 'dua.xlsx': 'hang' } } });
    assert.equal(result.kind, 'done');
    if (result.kind !== 'done') return;
    const sources = result.consolidation.sources.map((s) => [s.file, s.status, s.findings.map((f) => f.code).join(',')]);
    assert.deepEqual(sources, [
      ['dua.xlsx', 'Tidak Terbaca', 'FILE_TOO_SLOW'],
      ['satu.xlsx', 'Dibaca', ''],
      ['tiga.xlsx', 'Dibaca', ''],
    ]);
    assert.deepEqual(result.consolidation.opds.map((o) => o.submission.status), ['Lengkap', 'Belum Mengirim', 'Lengkap']);
    const sumber = records(await loadXlsx(out), 'Sumber');
    assert.equal(sumber.find((r) => r['Berkas'] === 'dua.xlsx')?.['Status'], 'Tidak Terbaca');
  });
});
