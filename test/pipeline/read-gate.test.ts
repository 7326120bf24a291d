import assert from 'node:assert/strict';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { catalogue } from '../../shared/findings/catalogue';
import { findingMessage } from '../../shared/findings/make-finding';
import { DEFAULT_READ_LIMITS } from '../../pipeline/read/gate-limits';
import { rangeArea } from '../../pipeline/read/gate-xml-checks';
import { gateWorkbookBytes } from '../../pipeline/read/gate';
import { ole2EntryNames } from '../../pipeline/read/gate-magic';
import { ole2File } from '../support/hostile-corpus';
import { rawZip } from '../support/raw-zip';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { editZip, smallWorkbookBytes, temporaryFolder, writeBytes } from './xlsx-files';

const SHEET = 'xl/worksheets/sheet1.xml';

describe('the read gate refuses hostile and broken files with a finding', () => {
  const folder = temporaryFolder();
  after(() => folder.remove());
  let valid: Uint8Array;
  before(async () => {
    valid = await smallWorkbookBytes();
  });

  async function readBytes(name: string, bytes: Uint8Array) {
    return readWorkbookFile(writeBytes(folder.path(name), bytes));
  }

  function only(read: Awaited<ReturnType<typeof readWorkbookFile>>, code: string): string {
    assert.equal(read.table, undefined);
    assert.deepEqual(read.findings.map((f) => f.code), [code]);
    const finding = read.findings[0]!;
    assert.equal(finding.severity, 'error');
    assert.equal(finding.sheet, undefined);
    return findingMessage(finding, 'id');
  }

  it('reads the untouched workbook', async () => {
    const read = await readBytes('valid.xlsx', valid);
    assert.deepEqual(read.findings, []);
    assert.equal(read.table!.sheets[0]!.rows[0]![0]!.value.type, 'text');
  });

  it('a file that is not a zip', async () => {
    only(await readBytes('teks.xlsx', strToU8('Kode;Nama\nDINKES;Dinas Kesehatan\n')), 'FILE_UNREADABLE');
  });

  it('an empty file', async () => {
    only(await readBytes('kosong.xlsx', new Uint8Array(0)), 'FILE_UNREADABLE');
  });

  it('an .xls (OLE2) file: save it again as .xlsx', async () => {
    const ole2 = new Uint8Array(1024);
    ole2.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const message = only(await readBytes('lama.xls', ole2), 'FILE_FORMAT_UNSUPPORTED');
    assert.match(message, /\.xls\b/);
    assert.match(message, /simpan ulang sebagai \.xlsx/);
  });

  it('an encrypted workbook (OLE2 with EncryptionInfo and EncryptedPackage streams): its own finding', async () => {
    const read = await readBytes('terkunci.xlsx', ole2File(['EncryptionInfo', 'EncryptedPackage']));
    assert.match(only(read, 'FILE_PASSWORD_PROTECTED'), /terkunci kata sandi/);
    assert.match(findingMessage(read.findings[0]!, 'en'), /password/);
    assert.match(catalogue.FILE_PASSWORD_PROTECTED.fix.id, /hapus kata sandi/);
  });

  it('tells an encrypted workbook from a .xls by the OLE2 directory, not by a stray string', async () => {
    const xls = ole2File(['Workbook']);
    const withText = new Uint8Array(xls.length + 64);
    withText.set(xls);
    withText.set(Buffer.from('EncryptedPackage', 'utf16le'), xls.length + 3);
    assert.match(only(await readBytes('lama2.xlsx', withText), 'FILE_FORMAT_UNSUPPORTED'), /\.xls\b/);
    assert.deepEqual([...ole2EntryNames(ole2File(['Workbook', 'EncryptedPackage']))].sort(), ['EncryptedPackage', 'Root Entry', 'Workbook']);
  });

  it('a truncated zip', async () => {
    only(await readBytes('terpotong.xlsx', valid.subarray(0, Math.floor(valid.length / 2))), 'FILE_UNREADABLE');
  });

  it('a zip that is not a workbook', async () => {
    const message = only(await readBytes('arsip.xlsx', zipSync({ 'catatan.txt': strToU8('halo') })), 'FILE_UNREADABLE');
    assert.match(message, /bukan workbook/);
  });

  it('a Word document renamed to .xlsx', async () => {
    only(await readBytes('surat.xlsx', zipSync({ 'word/document.xml': strToU8('<w:document/>') })), 'FILE_FORMAT_UNSUPPORTED');
  });

  it('a DTD / entity declaration in an XML part', async () => {
    const bytes = editZip(valid, {
      [SHEET]: (xml) => xml.replace('<worksheet', '<!DOCTYPE lol [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><worksheet'),
    });
    assert.match(only(await readBytes('dtd.xlsx', bytes), 'FILE_UNREADABLE'), /DTD\/ENTITY/);
  });

  it('a huge merge range is refused before the parser sees it', async () => {
    const bytes = editZip(valid, {
      [SHEET]: (xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    });
    assert.ok(bytes.length < 20_000);
    assert.match(only(await readBytes('merge.xlsx', bytes), 'FILE_UNREADABLE'), /merge/);
  });

  it('a huge used range (dimension)', async () => {
    const bytes = editZip(valid, { [SHEET]: (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>') });
    only(await readBytes('dimensi.xlsx', bytes), 'FILE_UNREADABLE');
  });

  it('a sheet named __proto__', async () => {
    const bytes = editZip(valid, { 'xl/workbook.xml': (xml) => xml.replace('name="Data"', 'name="__proto__"') });
    only(await readBytes('proto.xlsx', bytes), 'FILE_UNREADABLE');
  });

  it('neutralises defined names within the area cap (removed before parsing)', async () => {
    const bytes = editZip(valid, {
      'xl/workbook.xml': (xml) =>
        xml.replace('</sheets>', '</sheets><definedNames><definedName name="x">Data!$A$1:$B$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Data!$A:$F</definedName></definedNames>'),
    });
    const read = await readBytes('nama.xlsx', bytes);
    assert.deepEqual(read.findings, []);
    assert.equal(read.table!.sheets[0]!.name, 'Data');
  });

  it('refuses a defined name on a sheet called __proto__, and one over the area cap', async () => {
    const named = (text: string) => editZip(valid, { 'xl/workbook.xml': (xml) => xml.replace('</sheets>', `</sheets><definedNames><definedName name="x">${text}</definedName></definedNames>`) });
    assert.match(only(await readBytes('nama-proto.xlsx', named('__proto__!$A$1:$B$2')), 'FILE_UNREADABLE'), /"__proto__"/);
    const read = await readWorkbookFile(writeBytes(folder.path('nama-luas.xlsx'), named('Data!$A:$B')), { limits: { maxDefinedNameCells: 2_000_000 } });
    assert.match(only(read, 'FILE_UNREADABLE'), /nama terdefinisi mencakup/);
  });

  it('limits cells, rows and XML elements by what the parts hold, not what they declare', async () => {
    const read = (limits: Parameters<typeof readWorkbookFile>[1]) => readWorkbookFile(writeBytes(folder.path('batas.xlsx'), valid), limits);
    assert.match(only(await read({ limits: { maxCells: 1 } }), 'FILE_UNREADABLE'), /terlalu banyak sel/);
    const noDimension = editZip(valid, { [SHEET]: (xml) => xml.replace(/<dimension [^>]*\/>/, '') });
    assert.match(only(await readWorkbookFile(writeBytes(folder.path('baris.xlsx'), noDimension), { limits: { maxSheetRows: 0 } }), 'FILE_UNREADABLE'), /terlalu banyak baris/);
    assert.match(only(await read({ limits: { maxXmlElements: 10 } }), 'FILE_UNREADABLE'), /terlalu banyak elemen/);
    assert.deepEqual((await read({})).findings, []);
  });

  it('hands the parser the checked parts only, inflated once (data hidden outside the directory is dropped)', () => {
    const parts = unzipSync(valid);
    const bomb = '<worksheet><sheetData/><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>';
    // A local entry that the central directory does not list: a streaming reader would parse it.
    const bytes = rawZip([
      { name: 'xl/worksheets/sheet1.xml', data: strToU8(bomb), method: 0, hidden: true },
      ...Object.keys(parts).filter((n) => !n.endsWith('/')).map((name) => ({ name, data: parts[name]! })),
    ]);
    assert.ok(Buffer.from(bytes).includes(bomb));
    const passed = gateWorkbookBytes(bytes, DEFAULT_READ_LIMITS);
    for (const data of passed.parts.values()) assert.equal(Buffer.from(data).includes('XFD1048576'), false);
    assert.deepEqual([...passed.parts.keys()].sort(), Object.keys(parts).filter((n) => !n.endsWith('/')).map((n) => n.toLowerCase()).sort());
  });

  it('a zip bomb: declared sizes over the total cap', async () => {
    const read = await readWorkbookFile(writeBytes(folder.path('bom.xlsx'), valid), { limits: { maxTotalBytes: 1000 } });
    assert.match(only(read, 'FILE_UNREADABLE'), /terlalu besar/);
  });

  it('a part whose real size exceeds its declared size', async () => {
    // Rewrite the declared size of the sheet part (central directory and local header) to 10 bytes.
    const bytes = new Uint8Array(valid);
    const view = new DataView(bytes.buffer);
    const name = strToU8(SHEET);
    for (let i = 0; i < bytes.length - 4; i++) {
      const signature = view.getUint32(i, true);
      const nameAt = signature === 0x02014b50 ? i + 46 : signature === 0x04034b50 ? i + 30 : -1;
      if (nameAt < 0 || !name.every((b, k) => bytes[nameAt + k] === b)) continue;
      view.setUint32(signature === 0x02014b50 ? i + 24 : i + 22, 10, true);
    }
    only(await readBytes('bohong.xlsx', bytes), 'FILE_UNREADABLE');
  });

  it('a file over the size cap is hashed but not parsed', async () => {
    const read = await readWorkbookFile(writeBytes(folder.path('besar.xlsx'), valid), { limits: { maxFileBytes: 100 } });
    only(read, 'FILE_UNREADABLE');
    assert.match(read.sha256, /^[0-9a-f]{64}$/);
    assert.equal(read.size, valid.length);
  });

  it('computes range areas', () => {
    assert.deepEqual(rangeArea('A1:C3'), { cells: 9, lastRow: 3 });
    assert.deepEqual(rangeArea('B2'), { cells: 1, lastRow: 2 });
    assert.equal(rangeArea('A1:XFD1048576')!.cells, 16384 * 1048576);
    assert.equal(rangeArea('nonsense'), undefined);
    assert.ok(DEFAULT_READ_LIMITS.maxMergedCells < 16384 * 1048576);
  });
});
