/**
 * The streaming writer's rules for what it may put into a workbook (issue 10), checked on real
 * files written with it and read back with the kit's own reader: every text passes one escape
 * (XML-forbidden characters dropped, a typed `_xHHHH_` round-trips as the same text), cell text is
 * cut at Excel's 32,767 characters, a non-finite number is never a `<v>`, sheet names obey Excel's
 * rules, and vertical centring is the schema's `center` (exceljs's `middle` made openpyxl refuse
 * the file). The writer before issue 10 (xlsx-stream.ts) fails each of these.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { StreamingWorkbook, type SheetWriter } from '../../pipeline/consolidate/xlsx';
import { MAX_CELL_TEXT } from '../../pipeline/consolidate/xlsx/excel-limits';
import { parseXlsxBytes } from '../../pipeline/read/xlsx-sax-reader';
import type { CellValue, WorkbookTable } from '../../shared/table/table';

const PROPERTIES = { creator: 't', lastModifiedBy: 't', title: 't', subject: 't', created: new Date(0), modified: new Date(0) };

describe('xlsx writer: what it may put into a workbook', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'writer-rules-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  let count = 0;
  /** Writes a workbook with `build`, returns its parts (as text) and the kit's reading of it. */
  function write(build: (book: StreamingWorkbook) => void): { parts: Record<string, string>; table: WorkbookTable } {
    count += 1;
    const path = join(dir, `book${count}.xlsx`);
    const fd = openSync(path, 'w');
    try {
      const book = new StreamingWorkbook(fd);
      build(book);
      book.end(PROPERTIES);
    } finally {
      closeSync(fd);
    }
    const bytes = readFileSync(path);
    const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
    return { parts, table: parseXlsxBytes(bytes, 'book.xlsx') };
  }

  /** One sheet, one column, the texts in A1, A2, …; returns what the reader reads in each. */
  function roundTrip(texts: readonly string[]): { values: CellValue[]; sheetXml: string } {
    const { parts, table } = write((book) => {
      const sheet = book.addSheet('Teks', { columns: [{ width: 20 }] });
      texts.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
      sheet.finish();
    });
    const rows = table.sheets[0]!.rows;
    return { values: texts.map((_, i) => rows[i]?.[0]?.value ?? { type: 'blank' }), sheetXml: parts['xl/worksheets/sheet1.xml']! };
  }

  const text = (value: string): CellValue => ({ type: 'text', value });

  /** Characters XML 1.0 does not allow anywhere in a document. */
  const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  it('drops C0 controls (but keeps tab, LF, CR), U+FFFE, U+FFFF and lone surrogates from cell text', () => {
    const { values, sheetXml } = roundTrip(['a\u0001b\u0008c\u001fd', 'tab\tlf\ncr\r.', 'x\ufffey\uffffz', 'lone\ud800high', 'lone\udc00low', 'pair \ud83d\ude00 ok']);
    assert.doesNotMatch(sheetXml, FORBIDDEN);
    assert.deepEqual(values, [text('abcd'), text('tab\tlf\ncr\r.'), text('xyz'), text('lonehigh'), text('lonelow'), text('pair \ud83d\ude00 ok')]);
  });

  it('writes a typed _xHHHH_ so it reads back as the same text, never as the character it names', () => {
    const typed = ['_xFFFF_', 'a_xFFFE_b', '_x0001_ dan _x000D_', '_x005F_xFFFF_', '_xABCD', 'x_x0041_'];
    const { values, sheetXml } = roundTrip(typed);
    assert.deepEqual(values, typed.map(text));
    assert.ok(sheetXml.includes('_x005F_xFFFF_'), 'the escape of the escape');
  });

  it('cuts cell text at 32,767 characters, never splitting a surrogate pair', () => {
    const long = 'a'.repeat(40_000);
    const pairAtCut = `${'b'.repeat(MAX_CELL_TEXT - 1)}\ud83d\ude00tail`;
    const { values } = roundTrip([long, pairAtCut, 'c'.repeat(MAX_CELL_TEXT)]);
    assert.deepEqual(values, [text('a'.repeat(MAX_CELL_TEXT)), text('b'.repeat(MAX_CELL_TEXT - 1)), text('c'.repeat(MAX_CELL_TEXT))]);
  });

  it('writes a non-finite number (a value or a formula result) as #NUM!, never <v>Infinity</v> or NaN', () => {
    const { parts, table } = write((book) => {
      const sheet = book.addSheet('Angka', { columns: [{}] });
      sheet.getCell(1, 1).value = Infinity;
      sheet.getCell(2, 1).value = -Infinity;
      sheet.getCell(3, 1).value = NaN;
      sheet.getCell(4, 1).value = { formula: 'A1*2', result: Infinity };
      sheet.getCell(5, 1).value = 1.5e308;
      sheet.finish();
    });
    const xml = parts['xl/worksheets/sheet1.xml']!;
    assert.doesNotMatch(xml, /Infinity|NaN/);
    const rows = table.sheets[0]!.rows;
    for (let r = 0; r < 4; r += 1) assert.deepEqual(rows[r]?.[0]?.value, { type: 'error', value: '#NUM!' }, `row ${r + 1}`);
    assert.equal(rows[3]?.[0]?.formula, 'A1*2');
    assert.deepEqual(rows[4]?.[0]?.value, { type: 'number', value: 1.5e308 });
  });

  it('names sheets as Excel allows: no [ ] : * ? / \\, at most 31 characters, unique ignoring case', () => {
    const wanted = ['Kinerja [2025]: a/b*c?d\\e', 'x'.repeat(40), 'Ringkasan', 'RINGKASAN', 'ringkasan', `${'y'.repeat(31)}`, `${'Y'.repeat(31)}`, "'kutip'", '', 'Bad\uffffName'];
    let names: string[] = [];
    const { parts, table } = write((book) => {
      const sheets: SheetWriter[] = [];
      for (const name of wanted) {
        const sheet = book.addSheet(name, { columns: [{}] });
        sheet.getCell(1, 1).value = 1;
        sheet.finish();
        sheets.push(sheet);
      }
      names = sheets.map((s) => s.name);
    });
    for (const name of names) {
      assert.doesNotMatch(name, /[[\]:*?/\\]/, name);
      assert.doesNotMatch(name, FORBIDDEN, name);
      assert.ok([...name].length >= 1 && [...name].length <= 31, name);
      assert.ok(!name.startsWith("'") && !name.endsWith("'"), name);
    }
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, names.join(' | '));
    assert.equal(names[2], 'Ringkasan');
    assert.equal(names[9], 'BadName');
    assert.deepEqual(
      table.sheets.map((s) => s.name),
      names,
    );
    assert.doesNotMatch(parts['xl/workbook.xml']!, FORBIDDEN);
  });

  it('centres vertically with the schema word center (never middle) and writes the Pohon indent with horizontal="left"', () => {
    const { parts } = write((book) => {
      const sheet = book.addSheet('Gaya', { columns: [{ width: 30 }] });
      sheet.getCell(1, 1).value = 'Judul';
      sheet.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'center', wrapText: true };
      sheet.getCell(2, 1).value = 'anak';
      sheet.getCell(2, 1).alignment = { horizontal: 'left', indent: 2 };
      sheet.finish();
    });
    const styles = parts['xl/styles.xml']!;
    assert.match(styles, /<alignment horizontal="center" vertical="center" wrapText="1"\/>/);
    assert.match(styles, /<alignment horizontal="left" indent="2"\/>/);
    assert.doesNotMatch(styles, /vertical="middle"/);
  });

  it('gives rows with wrapped text a height for their lines, so they do not overlap the next row', () => {
    const { parts } = write((book) => {
      const sheet = book.addSheet('Bungkus', { columns: [{ width: 10 }, { width: 10 }] });
      sheet.getCell(1, 1).value = 'pendek';
      sheet.getCell(1, 1).alignment = { wrapText: true };
      sheet.getCell(2, 1).value = 'satu\ndua\ntiga';
      sheet.getCell(2, 1).alignment = { wrapText: true };
      sheet.getCell(3, 2).value = 'kata '.repeat(20);
      sheet.getCell(3, 2).alignment = { wrapText: true, vertical: 'top' };
      // A bold, indented Pohon node whose text fits one line of the plain column but not of the bold, indented one.
      sheet.getCell(4, 1).value = 'x'.repeat(11);
      sheet.getCell(4, 1).alignment = { horizontal: 'left', wrapText: true, indent: 2 };
      sheet.getCell(4, 1).font = { bold: true };
      sheet.finish();
    });
    const xml = parts['xl/worksheets/sheet1.xml']!;
    const height = (r: number): number | undefined => {
      const m = new RegExp(`<row r="${r}"([^>]*)>`).exec(xml);
      const ht = m && /ht="([\d.]+)"/.exec(m[1]!);
      return ht ? Number(ht[1]) : undefined;
    };
    assert.equal(height(1), undefined);
    assert.equal(height(2), 45);
    assert.ok((height(3) ?? 0) >= 15 * 8, `row 3: ${height(3)}`);
    assert.equal(height(4), 30, 'bold and indented text needs the second line');
  });

  it('escapes every other text it writes too: formulas, hyperlink targets, header and footer, validation messages, properties', () => {
    const bad = 'x\u0001\uffff_xFFFF_<&>';
    const { parts } = write((book) => {
      const sheet = book.addSheet('Lain', { columns: [{}], print: { footer: bad, header: bad } });
      sheet.getCell(1, 1).value = { text: bad, hyperlink: `https://contoh.go.id/${bad}#${bad}` };
      sheet.getCell(2, 1).value = { formula: `"${bad}"`, result: bad };
      sheet.getCell(3, 1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Y,T"'], showErrorMessage: true, errorStyle: 'stop', errorTitle: bad, error: bad };
      sheet.finish();
    });
    for (const [name, xml] of Object.entries(parts)) {
      assert.doesNotMatch(xml, FORBIDDEN, name);
      assert.doesNotMatch(xml, /(?<!_x005F)_xFFFF_/, name);
    }
  });
});
