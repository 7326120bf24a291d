/**
 * The streaming writer's rules (issue 10), on a workbook written with it directly: every part is
 * well-formed XML 1.0 (saxes, strict), forbidden characters are dropped, a typed `_xHHHH_` is
 * written `_x005F_xHHHH_` and read back as typed, cell text is cut at 32,767 characters, no number
 * is written non-finite, sheet names obey Excel's rules, alignment values are the schema's.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { MAX_CELL_TEXT, StreamingWorkbook, xmlText } from '../../pipeline/consolidate/xlsx';
import { excelSheetName } from '../../pipeline/consolidate/xlsx/excel-limits';
import { parseXlsxBytes } from '../../pipeline/read/xlsx-sax-reader';

const FORBIDDEN = 'a\u0000b\u0001c\u0008d\u000be\u001ff\ufffeg\uffffh\ud800i\udc00j';
const TYPED_ESCAPES = 'x _x0001_ _xFFFE_ _xFFFF_ _x0041_ y';

function writeBook(path: string): void {
  const fd = openSync(path, 'w');
  try {
    const book = new StreamingWorkbook(fd);
    const sheet = book.addSheet('Data', { columns: [{ width: 20 }, { width: 10 }] });
    sheet.getCell(1, 1).value = FORBIDDEN;
    sheet.getCell(2, 1).value = TYPED_ESCAPES;
    sheet.getCell(3, 1).value = 'z'.repeat(40_000);
    sheet.getCell(4, 1).value = Infinity;
    sheet.getCell(5, 1).value = NaN;
    sheet.getCell(6, 1).value = { formula: '1/0', result: -Infinity };
    sheet.getCell(7, 1).value = { text: `tautan ${FORBIDDEN}`, hyperlink: `https://contoh.go.id/a\uffffb#Tempat\u0001` };
    sheet.getCell(8, 1).value = 'tengah';
    sheet.getCell(8, 1).alignment = { vertical: 'center', horizontal: 'left', indent: 2, wrapText: true };
    sheet.getCell(9, 1).value = '😀'.repeat(20_000);
    sheet.finish();
    for (const name of ['Data', 'data', 'a/b:c*d?e[f]g\\h', `'${'x'.repeat(40)}'`, `Nama\uffff`]) book.addSheet(name, { columns: [] }).finish();
    const now = new Date(Date.UTC(2025, 0, 1));
    book.end({ creator: `SAKIP\u0001`, lastModifiedBy: 'SAKIP', title: `Judul _xFFFF_`, subject: '', created: now, modified: now });
  } finally {
    closeSync(fd);
  }
}

function wellFormed(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw new Error(`${name}: ${error.message}`);
  });
  parser.write(xml).close();
}

describe('xlsx writer: rules every written file obeys (issue 10)', () => {
  let folder: string;
  let parts: Record<string, string>;
  let bytes: Uint8Array;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'sakip-writer-rules-'));
    const path = join(folder, 'aturan.xlsx');
    writeBook(path);
    bytes = new Uint8Array(readFileSync(path));
    parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('every part is well-formed XML 1.0 (no forbidden character anywhere)', () => {
    for (const [name, xml] of Object.entries(parts)) wellFormed(name, xml);
    const all = Object.values(parts).join('');
    assert.doesNotMatch(all, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });

  it('xmlText drops forbidden characters, keeps pairs, escapes markup and a typed _xHHHH_', () => {
    assert.equal(xmlText(FORBIDDEN), 'abcdefghij');
    assert.equal(xmlText('😀 <&> "\''), '😀 &lt;&amp;&gt; &quot;&apos;');
    assert.equal(xmlText('_xFFFF_'), '_x005F_xFFFF_');
    assert.equal(xmlText('_x12_ _xZZZZ_'), '_x12_ _xZZZZ_');
    assert.equal(xmlText('a\rb\tc\nd'), 'a&#13;b\tc\nd');
  });

  it('a typed _xHHHH_ is read back as typed (no character is conjured by the reader)', () => {
    const table = parseXlsxBytes(bytes, 'aturan.xlsx');
    const data = table.sheets[0]!;
    const a2 = data.rows[1]![0]!;
    assert.deepEqual(a2.value, { type: 'text', value: TYPED_ESCAPES });
    assert.deepEqual(data.rows[0]![0]!.value, { type: 'text', value: 'abcdefghij' });
  });

  it('cell text is cut at 32,767 characters, never splitting a surrogate pair', () => {
    const data = parseXlsxBytes(bytes, 'aturan.xlsx').sheets[0]!;
    const long = data.rows[2]![0]!.value;
    assert.equal(long.type === 'text' && long.value.length, MAX_CELL_TEXT);
    const emoji = data.rows[8]![0]!.value;
    assert.ok(emoji.type === 'text' && emoji.value.length <= MAX_CELL_TEXT && !/[\ud800-\udbff]$/.test(emoji.value));
  });

  it('no number is written non-finite: Infinity, NaN and a -Infinity result become #NUM!', () => {
    const sheet = parts['xl/worksheets/sheet1.xml']!;
    assert.doesNotMatch(sheet, /Infinity|NaN/);
    for (const ref of ['A4', 'A5', 'A6']) assert.match(sheet, new RegExp(`<c r="${ref}"[^>]* t="e">(<f>[^<]*</f>)?<v>#NUM!</v></c>`));
  });

  it('sheet names obey Excel: 1–31 characters, none of []:*?/\\, no edge apostrophe, unique ignoring case', () => {
    const names = [...parts['xl/workbook.xml']!.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]!);
    assert.deepEqual(names, ['Data', 'Data (2)', 'data (3)', 'a_b_c_d_e_f_g_h', 'x'.repeat(31), 'Nama']);
    const taken = new Set<string>();
    assert.equal(excelSheetName('   ', taken), 'Sheet');
    assert.equal(excelSheetName('SHEET', taken), 'SHEET (2)');
  });

  it('alignment is written with the schema words: vertical="center", horizontal="left" with the indent', () => {
    const styles = parts['xl/styles.xml']!;
    assert.match(styles, /<alignment horizontal="left" vertical="center" wrapText="1" indent="2"\/>/);
    assert.doesNotMatch(styles, /"middle"/);
  });

  it('hyperlink targets, locations and document properties pass the same escape', () => {
    const rels = parts['xl/worksheets/_rels/sheet1.xml.rels']!;
    assert.match(rels, /Target="https:\/\/contoh\.go\.id\/ab"/);
    assert.match(parts['xl/worksheets/sheet1.xml']!, /location="Tempat"/);
    assert.match(parts['docProps/core.xml']!, /<dc:title>Judul _x005F_xFFFF_<\/dc:title>/);
  });

  it('a row with wrapped text gets a height (LibreOffice does not grow it)', () => {
    assert.match(parts['xl/worksheets/sheet1.xml']!, /<row r="8" ht="\d+" customHeight="1">|<row r="8">/);
  });
});
