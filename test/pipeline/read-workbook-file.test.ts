import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { cellAt } from '../../shared/table/cells';
import type { TableSheet } from '../../shared/table/table';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { temporaryFolder } from './xlsx-files';

describe('readWorkbookFile: round trip of every value kind', () => {
  const folder = temporaryFolder();
  after(() => folder.remove());
  let sheet: TableSheet;
  let read: Awaited<ReturnType<typeof readWorkbookFile>>;

  before(async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Nilai');
    ws.getCell('A1').value = 42.5;
    ws.getCell('B1').value = 'Café — “kutipan” ✓';
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = new Date(Date.UTC(2024, 4, 31));
    ws.getCell('E1').value = { error: '#REF!' };
    ws.getCell('F1').value = { formula: 'A1*2', result: 85 };
    ws.getCell('G1').value = { formula: 'B1&"!"', result: 'Café — “kutipan” ✓!' };
    ws.getCell('H1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('I1').value = { richText: [{ text: 'tebal ', font: { bold: true } }, { text: 'é' }] };
    ws.getCell('J1').value = { text: 'Bukti', hyperlink: 'https://contoh.go.id/bukti.pdf' };
    ws.getCell('K1').value = { formula: 'SAKIP.ANSWER(C1,"Y/T")' } as ExcelJS.CellFormulaValue;
    ws.getCell('L1').value = { formula: 'SAKIP.ANSWER("T","Y/T")', result: 0 };
    ws.mergeCells('A3:C4');
    ws.getCell('A3').value = 'Judul gabungan';
    ws.getCell('A7').value = 'setelah baris kosong';
    workbook.addWorksheet('Kedua').getCell('B2').value = 'x';
    await workbook.xlsx.writeFile(folder.path('nilai.xlsx'));
    read = await readWorkbookFile(folder.path('nilai.xlsx'));
    sheet = read.table!.sheets[0]!;
  });

  it('names the file by its base name and reports size and SHA-256', () => {
    assert.equal(read.file, 'nilai.xlsx');
    assert.equal(read.table!.file, 'nilai.xlsx');
    assert.ok(read.size > 0);
    assert.match(read.sha256, /^[0-9a-f]{64}$/);
    assert.deepEqual(read.findings, []);
    assert.deepEqual(read.table!.sheets.map((s) => s.name), ['Nilai', 'Kedua']);
  });

  it('reads plain values', () => {
    assert.deepEqual(cellAt(sheet, 0, 0), { address: 'A1', value: { type: 'number', value: 42.5 } });
    assert.deepEqual(cellAt(sheet, 0, 1).value, { type: 'text', value: 'Café — “kutipan” ✓' });
    assert.deepEqual(cellAt(sheet, 0, 2).value, { type: 'boolean', value: true });
    assert.deepEqual(cellAt(sheet, 0, 3).value, { type: 'date', value: '2024-05-31' });
    assert.deepEqual(cellAt(sheet, 0, 4).value, { type: 'error', value: '#REF!' });
  });

  it('reads formulas with their cached results, without the "="', () => {
    assert.deepEqual(cellAt(sheet, 0, 5), { address: 'F1', value: { type: 'number', value: 85 }, formula: 'A1*2' });
    assert.deepEqual(cellAt(sheet, 0, 6).value, { type: 'text', value: 'Café — “kutipan” ✓!' });
    assert.deepEqual(cellAt(sheet, 0, 7).value, { type: 'error', value: '#DIV/0!' });
    assert.deepEqual(cellAt(sheet, 0, 10), { address: 'K1', value: { type: 'blank' }, formula: 'SAKIP.ANSWER(C1,"Y/T")' });
    // A cached 0 is a value (exceljs's cell.value.result drops it; the reader must not).
    assert.deepEqual(cellAt(sheet, 0, 11), { address: 'L1', value: { type: 'number', value: 0 }, formula: 'SAKIP.ANSWER("T","Y/T")' });
  });

  it('reads rich text and hyperlinks as their text', () => {
    assert.deepEqual(cellAt(sheet, 0, 8).value, { type: 'text', value: 'tebal é' });
    assert.deepEqual(cellAt(sheet, 0, 9).value, { type: 'text', value: 'Bukti' });
  });

  it('keeps a merged value on the master cell only, and leaves blank rows as holes', () => {
    assert.deepEqual(cellAt(sheet, 2, 0).value, { type: 'text', value: 'Judul gabungan' });
    assert.deepEqual(cellAt(sheet, 2, 1).value, { type: 'blank' });
    assert.deepEqual(cellAt(sheet, 3, 0).value, { type: 'blank' });
    assert.equal(sheet.rows[4], undefined);
    assert.deepEqual(cellAt(sheet, 6, 0), { address: 'A7', value: { type: 'text', value: 'setelah baris kosong' } });
  });

  it('never throws for a missing file', async () => {
    const missing = await readWorkbookFile(folder.path('tidak-ada.xlsx'));
    assert.equal(missing.table, undefined);
    assert.deepEqual(missing.findings.map((f) => f.code), ['FILE_UNREADABLE']);
    assert.equal(missing.findings[0]!.file, 'tidak-ada.xlsx');
  });
});
