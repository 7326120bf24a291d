/**
 * The reading path routes web pages saved as `.xls` (wp-eval-sakip's "Excel" export) to the HTML
 * reader: real files written and read back, through readWorkbookFile, the worker pool and the
 * input folder; a real Excel 97–2003 `.xls` keeps its finding; hostile pages are refused within
 * the gate's limits.
 */
import assert from 'node:assert/strict';
import { classify } from '../../pipeline/consolidate/input-folder';
import { readSource } from '../../pipeline/consolidate/read-sources';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { readFilesIsolated } from '../../pipeline/read/worker-pool';
import { findingMessage } from '../../shared/findings/make-finding';
import { cellAt, cellText } from '../../shared/table/cells';
import { wpEvalSakipExport } from '../support/wp-eval-sakip-export';
import { temporaryFolder, writeBytes } from './xlsx-files';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('reading path: HTML "Excel" exports', () => {
  const folder = temporaryFolder();
  after(() => folder.remove());
  const page = wpEvalSakipExport({ variant: 'usulan_penetapan', usulan: { '1.1.1': 'Y', '1.2.1': 'B' }, penetapan: { '1.1.1': 'T' } });

  it('a wp-eval-sakip export named .xls is read as a table, with FILE_HTML_EXPORT', async () => {
    const read = await readWorkbookFile(writeBytes(folder.path('Pengisian LKE SAKIP (2025).xls'), utf8(page.html)));
    assert.deepEqual(read.findings.map((f) => f.code), ['FILE_HTML_EXPORT']);
    assert.equal(read.findings[0]!.severity, 'warning');
    assert.match(findingMessage(read.findings[0]!, 'en'), /HTML page named \.xls/);
    const sheet = read.table!.sheets[0]!;
    assert.equal(cellText(cellAt(sheet, 6, 0).value), 'Komponen/Sub Komponen');
    assert.equal(cellText(cellAt(sheet, 10, 5).value), 'Y');
    assert.equal(cellText(cellAt(sheet, 10, 11).value), 'T');
    assert.equal(read.sha256.length, 64);
  });

  it('also with a byte-order mark (the msSaveOrOpenBlob branch of the export)', async () => {
    const read = await readWorkbookFile(writeBytes(folder.path('bom.xls'), utf8(`\uFEFF${page.html.trimStart()}`)));
    assert.deepEqual(read.findings.map((f) => f.code), ['FILE_HTML_EXPORT']);
  });

  it('the same page named .xlsx, and a real Excel 97–2003 .xls, are refused as before', async () => {
    const asXlsx = await readWorkbookFile(writeBytes(folder.path('halaman.xlsx'), utf8(page.html)));
    assert.equal(asXlsx.table, undefined);
    assert.deepEqual(asXlsx.findings.map((f) => f.code), ['FILE_UNREADABLE']);
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const old = await readWorkbookFile(writeBytes(folder.path('lama.xls'), ole2));
    assert.equal(old.table, undefined);
    assert.deepEqual(old.findings.map((f) => f.code), ['FILE_FORMAT_UNSUPPORTED']);
    assert.match(findingMessage(old.findings[0]!), /Excel 97–2003 \(\.xls\)/);
  });

  it('hostile pages get FILE_UNREADABLE within the gate\'s limits (its element and cell counts apply)', async () => {
    const deep = await readWorkbookFile(writeBytes(folder.path('dalam.xls'), utf8(`<div>${'<div>'.repeat(50_000)}`)));
    assert.match(findingMessage(deep.findings[0]!), /kedalaman elemen bersarang/);
    const many = await readWorkbookFile(writeBytes(folder.path('banyak.xls'), utf8(`<table>${'<tr><td>1</td></tr>'.repeat(2000)}</table>`)), { limits: { maxCells: 1000 } });
    assert.equal(many.table, undefined);
    assert.match(findingMessage(many.findings[0]!), /jumlah sel melebihi batas 1\.000/);
    const big = await readWorkbookFile(writeBytes(folder.path('besar.xls'), utf8(`<table>${'x'.repeat(3000)}</table>`)), { limits: { maxFileBytes: 2000 } });
    assert.equal(big.table, undefined);
    assert.match(findingMessage(big.findings[0]!), /terlalu besar/);
  });

  it('the worker pool reads it like any workbook', async () => {
    const path = writeBytes(folder.path('pool.xls'), utf8(page.html));
    const [outcome] = await readFilesIsolated([{ path, file: 'pool.xls' }], { size: 1 });
    assert.equal(outcome!.readable, true);
    assert.deepEqual(outcome!.findings.map((f) => f.code), ['FILE_HTML_EXPORT']);
  });

  it('the input folder reads .xls files: an export becomes Dibaca, an old binary Tidak Terbaca', async () => {
    const none = new Map<string, string>();
    const html = writeBytes(folder.path('Dinas Kesehatan.xls'), utf8(page.html));
    const source = await readSource({ file: 'Dinas Kesehatan.xls', path: html, kind: classify('Dinas Kesehatan.xls', html, none) });
    assert.equal(source.status, 'Dibaca');
    assert.ok(source.table);
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const old = writeBytes(folder.path('lama2.xls'), ole2);
    const refused = await readSource({ file: 'lama2.xls', path: old, kind: classify('lama2.xls', old, none) });
    assert.equal(refused.status, 'Tidak Terbaca');
    assert.deepEqual(refused.findings.map((f) => f.code), ['FILE_FORMAT_UNSUPPORTED']);
  });
});
