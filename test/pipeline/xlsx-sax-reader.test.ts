/**
 * The SAX reader (fflate + saxes) against exceljs's document reader: for every kind of workbook the
 * pipeline meets, both give the same table, deep-equal. Then the cases where exceljs is wrong and
 * the SAX reader is not, each pinned.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { parseWorkbookBytes } from '../support/table-from-exceljs';
import { parseXlsxBytes } from '../../pipeline/read/xlsx-sax-reader';
import { dateFromSerial } from '../../pipeline/read/xlsx-dates';
import { slideFormula } from '../../pipeline/read/xlsx-shared-formula';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { workbookFromTemplate } from '../../pipeline/template/write-template';
import { cityTemplate } from '../../shared/template/city-template';
import { opdTemplate } from '../../shared/template/opd-template';
import { cellAt } from '../../shared/table/cells';
import type { WorkbookTable } from '../../shared/table/table';
import { generateSampleCity } from '../../scripts/sample-city/generate';
import { baseFixture } from '../support/opd-fixture';
import { baseCityFixture } from '../support/city-fixture';
import { brokenOpdWorkbook } from '../support/broken-opd-workbook';
import { recalculateWithLibreOffice, sofficeAvailable } from '../support/libreoffice';
import { writeCityXlsx, writeOpdXlsx } from '../support/write-xlsx';
import { temporaryFolder } from './xlsx-files';

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function assertSameTable(bytes: Uint8Array, label: string): Promise<WorkbookTable> {
  const sax = parseXlsxBytes(bytes, 'x.xlsx');
  const exceljs = await parseWorkbookBytes(bytes, 'x.xlsx');
  // exceljs is told to skip mergeCells (gate-limits.ts): the merged ranges are the SAX reader's own.
  const withoutMerges = { ...sax, sheets: sax.sheets.map(({ merges: _merges, ...sheet }) => sheet) };
  assert.deepStrictEqual(withoutMerges, exceljs, `${label}: the SAX table differs from exceljs's`);
  return sax;
}

/** The same zip with its entries in another order (`first` names go first, in that order; `last` last). */
function reorderZip(bytes: Uint8Array, order: { first?: readonly string[]; last?: readonly string[] }): Uint8Array {
  const parts = unzipSync(bytes);
  const names = Object.keys(parts);
  const first = (order.first ?? []).filter((n) => n in parts);
  const last = (order.last ?? []).filter((n) => n in parts);
  const middle = names.filter((n) => !first.includes(n) && !last.includes(n));
  const files = Object.create(null) as Zippable;
  for (const name of [...first, ...middle, ...last]) files[name] = parts[name]!;
  return zipSync(files);
}

/** Every value kind, multi-byte text, entities, rich text, hyperlinks, dates, shared formulas. */
async function kitchenSink(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Data “é” — ✓');
  for (let r = 1; r <= 40; r++) {
    ws.getCell(r, 1).value = r % 7 === 0 ? -r / 3 : r;
    ws.getCell(r, 2).value = `Teks ${r} — café “kutipan” <tag> & 'apos' 日本語 🙂`;
    ws.getCell(r, 3).value = { formula: `A${r}*2+$A$1`, result: r * 2 + 1 };
    ws.getCell(r, 4).value = { formula: `IF(A${r}>5,"besar "&B${r},SUM($A$1:A${r}))`, result: r > 5 ? 'besar' : r };
  }
  ws.fillFormula('E1:E40', 'A1+C1*$A$2', (row) => row * 3);
  ws.fillFormula('F2:H2', 'A2&B$2', () => 'x');
  ws.getCell('I1').value = new Date(Date.UTC(2024, 1, 29));
  ws.getCell('I2').value = new Date(Date.UTC(2024, 4, 31, 8, 30, 15));
  ws.getCell('I3').value = { formula: 'I1+1', result: new Date(Date.UTC(2024, 2, 1)) };
  ws.getCell('I4').value = 45000.25;
  ws.getCell('I4').numFmt = 'dd/mm/yyyy hh:mm';
  ws.getCell('I5').value = 12.5;
  ws.getCell('I5').numFmt = '#,##0.00 "hari"';
  ws.getCell('I6').value = 0.75;
  ws.getCell('I6').numFmt = '[$-421]0%';
  ws.getCell('J1').value = { text: 'Bukti & dokumen', hyperlink: 'https://contoh.go.id/a?b=1&c=2' };
  ws.getCell('J3').value = { richText: [{ text: 'a<b ', font: { bold: true } }, { text: '“c” é' }] };
  ws.getCell('J4').value = { error: '#N/A' };
  ws.getCell('J5').value = false;
  ws.getCell('J6').value = '';
  ws.getCell('J7').value = '   ';
  ws.getCell('J8').value = { formula: 'SAKIP.ANSWER(J5,"Y/T")' } as ExcelJS.CellFormulaValue;
  ws.getCell('J9').value = { formula: 'J5*0', result: 0 };
  ws.getCell('J10').value = 'baris\r\nbaru\ttab';
  ws.mergeCells('K1:M3');
  ws.getCell('K1').value = 'Judul gabungan';
  ws.getCell('K5').style = { font: { bold: true } };
  ws.getCell('A60').value = 'setelah baris kosong';
  ws.getCell('XFD70').value = 'kolom terakhir';
  const second = workbook.addWorksheet('Kedua');
  second.getCell('B2').value = 'x';
  second.state = 'hidden';
  workbook.addWorksheet('Kosong');
  return workbook;
}

describe('SAX reader: the same table as exceljs', function () {
  this.timeout(120_000);
  const folder = temporaryFolder();
  after(() => folder.remove());

  it('reads every value kind, multi-byte text, rich text, hyperlinks, dates and shared formulas alike', async () => {
    const table = await assertSameTable(await bytesOf(await kitchenSink()), 'kitchen sink');
    const sheet = table.sheets[0]!;
    assert.equal(sheet.name, 'Data “é” — ✓');
    assert.deepEqual(cellAt(sheet, 1, 4), { address: 'E2', value: { type: 'number', value: 6 }, formula: 'A2+C2*$A$2' });
    assert.deepEqual(cellAt(sheet, 1, 7), { address: 'H2', value: { type: 'text', value: 'x' }, formula: 'C2&D$2' });
    assert.deepEqual(cellAt(sheet, 0, 9), { address: 'J1', value: { type: 'text', value: 'Bukti & dokumen' }, hyperlink: 'https://contoh.go.id/a?b=1&c=2' });
    assert.deepEqual(cellAt(sheet, 1, 8).value, { type: 'date', value: '2024-05-31T08:30:15' });
  });

  it('reads the shared strings whatever their place in the zip (first, last)', async () => {
    const bytes = await bytesOf(await kitchenSink());
    const expected = parseXlsxBytes(bytes, 'x.xlsx');
    const last = reorderZip(bytes, { last: ['xl/sharedStrings.xml'] });
    const first = reorderZip(bytes, { first: ['xl/sharedStrings.xml', 'xl/styles.xml'] });
    const worksheetsFirst = reorderZip(bytes, { first: ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml'], last: ['xl/workbook.xml', 'xl/sharedStrings.xml'] });
    for (const [label, reordered] of [['last', last], ['first', first], ['sheets first', worksheetsFirst]] as const) {
      assert.deepStrictEqual(await assertSameTable(reordered, `sharedStrings ${label}`), expected);
    }
  });

  it('reads the test fixtures, the broken OPD workbook and the templates alike', async () => {
    const opd = folder.path('opd.xlsx');
    const city = folder.path('kota.xlsx');
    await writeOpdXlsx(opd, baseFixture());
    await writeCityXlsx(city, baseCityFixture());
    await assertSameTable(new Uint8Array(readFileSync(opd)), 'OPD fixture');
    await assertSameTable(new Uint8Array(readFileSync(city)), 'city fixture');
    await assertSameTable(await bytesOf(brokenOpdWorkbook()), 'broken OPD workbook');
    await assertSameTable(await bytesOf(workbookFromTemplate(opdTemplate(), ['Petunjuk — “isi” é'])), 'OPD template');
    await assertSameTable(await bytesOf(workbookFromTemplate(cityTemplate({ namaKota: 'Kota Café', tahun: 2025 }), ['x'])), 'city template');
  });

  it("reads the sample city's workbooks and two consolidations (the second with --previous) alike", async () => {
    const dir = folder.path('sample');
    const sample = await generateSampleCity(dir);
    const month = sample.months[0]!;
    const files = [sample.cityFile, ...readdirSync(month.folder).map((f) => join(month.folder, f))];
    for (const file of files) await assertSameTable(new Uint8Array(readFileSync(file)), file);
    const out = folder.path('out');
    await mkdir(out);
    const first = join(out, 'konsolidasi-1.xlsx');
    const second = join(out, 'konsolidasi-2.xlsx');
    const now = new Date(Date.UTC(2025, 5, 1));
    await runConsolidation({ city: sample.cityFile, input: month.folder, out: first, now });
    await runConsolidation({ city: sample.cityFile, input: sample.months[1]!.folder, out: second, previous: first, now });
    await assertSameTable(new Uint8Array(readFileSync(first)), 'consolidation');
    const table = await assertSameTable(new Uint8Array(readFileSync(second)), 'consolidation with --previous');
    const links = table.sheets.flatMap((s) => s.rows.flatMap((r) => (r ?? []).flatMap((c) => (c?.hyperlink ? [c.hyperlink] : []))));
    assert.ok(links.length > 0, 'the consolidation links its sources');
  });

  it('reads a LibreOffice-saved workbook alike', async function () {
    if (!sofficeAvailable()) this.skip();
    const path = folder.path('kitchen.xlsx');
    await (await kitchenSink()).xlsx.writeFile(path);
    const opd = folder.path('opd-lo.xlsx');
    await writeOpdXlsx(opd, baseFixture());
    for (const file of [path, opd]) {
      const resaved = await recalculateWithLibreOffice(file);
      await assertSameTable(new Uint8Array(readFileSync(resaved)), `LibreOffice ${file}`);
    }
  });
});

/** A minimal workbook zip around raw sheet XML (and optional shared strings, styles, sheet rels). */
function rawWorkbook(sheetXml: string, extra: { sharedStrings?: string; styles?: string; sheetRels?: string; workbookPr?: string } = {}): Uint8Array {
  const files = Object.create(null) as Zippable;
  files['[Content_Types].xml'] = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  files['xl/workbook.xml'] = strToU8(
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${extra.workbookPr ?? ''}<sheets><sheet name="S &amp; T" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'worksheet', 'worksheets/sheet1.xml')}${rel('rId2', 'sharedStrings', 'sharedStrings.xml')}${rel('rId3', 'styles', 'styles.xml')}</Relationships>`,
  );
  files['xl/worksheets/sheet1.xml'] = strToU8(sheetXml);
  if (extra.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(extra.sharedStrings);
  if (extra.styles) files['xl/styles.xml'] = strToU8(extra.styles);
  if (extra.sheetRels) files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(extra.sheetRels);
  return zipSync(files);
}
const sheetOf = (data: string, after = ''): string => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${data}</sheetData>${after}</worksheet>`;

describe('SAX reader: where it reads what exceljs misreads', () => {
  it('reads phonetic runs out of shared strings, decodes _xHHHH_ escapes and entities once', () => {
    const sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si><r><t>a_x000D_</t></r><r><rPr><b/></rPr><t xml:space="preserve"> b &amp;lt; c</t></r></si><si><t/></si></sst>';
    const table = parseXlsxBytes(rawWorkbook(sheetOf('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="str"><v>R&amp;amp;D</v></c></row>'), { sharedStrings: sst }), 'x.xlsx');
    assert.equal(table.sheets[0]!.name, 'S & T');
    const sheet = table.sheets[0]!;
    assert.deepEqual(cellAt(sheet, 0, 0).value, { type: 'text', value: '東京' });
    assert.deepEqual(cellAt(sheet, 0, 1).value, { type: 'text', value: 'a\r b &lt; c' });
    assert.equal(sheet.rows[0]![2], undefined, 'an empty shared string is a blank cell, left out');
    assert.deepEqual(cellAt(sheet, 0, 3).value, { type: 'text', value: 'R&amp;D' });
  });

  it('decodes an inline string\'s _xHHHH_ split across two read chunks (1 MiB) whole', () => {
    const open = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
    // `_x00` ends the first 1 MiB chunk, `41_` starts the second: the text is decoded whole, not per chunk.
    const padding = 'a'.repeat((1 << 20) - open.length - '_x00'.length);
    const xml = `${open}${padding}_x0041_ b_x005F_x0042_</t></is></c><c r="B1" t="inlineStr"><is><r><t>_x00</t></r><r><t>41_</t></r></is></c></row></sheetData></worksheet>`;
    assert.equal(xml.indexOf('41_ b'), 1 << 20);
    const row = parseXlsxBytes(rawWorkbook(xml), 'x.xlsx').sheets[0]!.rows[0]!;
    assert.deepEqual(row[0]!.value, { type: 'text', value: `${padding}A b_x0042_` });
    // An escape is one run's: two runs that only together look like one stay as typed.
    assert.deepEqual(row[1]!.value, { type: 'text', value: '_x0041_' });
  });

  it('reads t="d" cells as dates, inline strings, booleans and errors, and prefixed (x:) markup', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2"><x:c r="A2" t="d"><x:v>2024-05-31T08:00:00</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t>inline “é”</x:t></x:is></x:c><x:c r="C2" t="b"><x:v>1</x:v></x:c><x:c r="D2" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="E2" t="e"><x:v>#BOGUS</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const row = parseXlsxBytes(rawWorkbook(xml), 'x.xlsx').sheets[0]!.rows[1]!;
    assert.deepEqual(row.map((c) => c?.value), [
      { type: 'date', value: '2024-05-31T08:00:00' },
      { type: 'text', value: 'inline “é”' },
      { type: 'boolean', value: true },
      { type: 'error', value: '#DIV/0!' },
      { type: 'error', value: '#VALUE!' },
    ]);
  });

  it('places cells without an r attribute after the previous one', () => {
    const rows = parseXlsxBytes(rawWorkbook(sheetOf('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>')), 'x.xlsx').sheets[0]!.rows;
    assert.deepEqual(rows.flatMap((r) => (r ?? []).flatMap((c) => (c ? [`${c.address}=${c.value.type === 'number' ? c.value.value : ''}`] : []))), ['A1=1', 'B1=2', 'C2=3', 'D2=4']);
  });

  it('leaves out the values a merge range hides, and keeps hyperlinked formulas with their formula', () => {
    const rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://bukti.go.id/x.pdf" TargetMode="External"/></Relationships>';
    const xml = sheetOf(
      '<row r="1"><c r="A1" t="str"><v>judul</v></c><c r="B1" t="str"><v>tersembunyi</v></c></row><row r="2"><c r="A2" t="str"><v>juga</v></c><c r="C2"><f>1+1</f><v>2</v></c><c r="D2" s="1"/></row>',
      '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells><hyperlinks><hyperlink ref="C2" r:id="rId9"/><hyperlink ref="D2" r:id="rId9"/><hyperlink ref="E2" r:id="rId9"/></hyperlinks>',
    );
    const sheet = parseXlsxBytes(rawWorkbook(xml, { sheetRels: rels }), 'x.xlsx').sheets[0]!;
    const rows = sheet.rows;
    assert.deepEqual(sheet.merges, ['A1:B2'], 'the merged ranges are kept for header bands');
    assert.deepEqual(rows[0], [{ address: 'A1', value: { type: 'text', value: 'judul' } }]);
    const second = [...(rows[1] ?? [])];
    assert.deepEqual(second[2], { address: 'C2', value: { type: 'number', value: 2 }, formula: '1+1', hyperlink: 'https://bukti.go.id/x.pdf' });
    assert.equal(second[0], undefined);
    assert.deepEqual(second[3], { address: 'D2', value: { type: 'text', value: 'https://bukti.go.id/x.pdf' }, hyperlink: 'https://bukti.go.id/x.pdf' }, 'an empty linked cell shows its link');
    assert.equal(second.length, 4, 'a link on a cell the sheet does not have adds no cell');
  });

  it('counts dates the way Excel does: the 1900 leap-year bug and the 1904 system', () => {
    assert.deepEqual(dateFromSerial(1, false), { type: 'date', value: '1900-01-01' });
    assert.deepEqual(dateFromSerial(59, false), { type: 'date', value: '1900-02-28' });
    assert.deepEqual(dateFromSerial(60, false), { type: 'date', value: '1900-02-29' });
    assert.deepEqual(dateFromSerial(61, false), { type: 'date', value: '1900-03-01' });
    assert.deepEqual(dateFromSerial(45443, false), { type: 'date', value: '2024-05-31' });
    assert.deepEqual(dateFromSerial(45443.5, false), { type: 'date', value: '2024-05-31T12:00:00' });
    assert.deepEqual(dateFromSerial(0, true), { type: 'date', value: '1904-01-01' });
    const styles = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="&quot;Tgl&quot; d mmmm yyyy"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const xml = sheetOf('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="2"><v>366</v></c><c r="C1"><v>366</v></c></row>');
    const row = parseXlsxBytes(rawWorkbook(xml, { styles, workbookPr: '<workbookPr date1904="1"/>' }), 'x.xlsx').sheets[0]!.rows[0]!;
    assert.deepEqual(row.map((c) => c?.value), [{ type: 'date', value: '1904-01-01' }, { type: 'date', value: '1905-01-01' }, { type: 'number', value: 366 }]);
  });

  it('moves shared formulas like Excel: not inside string literals, off-sheet references become #REF!', () => {
    assert.equal(slideFormula('IF(A1>0,"A1 ""B2""",$B$1+B1)', 2, 1), 'IF(B3>0,"A1 ""B2""",$B$1+C3)');
    assert.equal(slideFormula("SUM('Data 1'!A1:A5)+Lembar2!C$3+LOG10(A1)+SAKIP.ANSWER(B1,\"Y/T\")", 1, 0), "SUM('Data 1'!A2:A6)+Lembar2!C$3+LOG10(A2)+SAKIP.ANSWER(B2,\"Y/T\")");
    assert.equal(slideFormula('A2+B1', -1, 0), 'A1+#REF!');
  });

  it('refuses a cell that names a shared string that does not exist', () => {
    assert.throws(() => parseXlsxBytes(rawWorkbook(sheetOf('<row r="1"><c r="A1" t="s"><v>5</v></c></row>')), 'x.xlsx'), /shared string 5/);
    assert.throws(() => parseXlsxBytes(rawWorkbook('<worksheet><sheetData><row>'), 'x.xlsx'), /damaged/);
  });
});
