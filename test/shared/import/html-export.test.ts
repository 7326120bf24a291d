/**
 * HTML "Excel" exports (web pages saved as .xls) → the core's table form: the wp-eval-sakip LKE
 * page in both variants, the HTML table model (rowspan/colspan), what a person sees (selected
 * option, no script/style, entities as text), English numbers, and hostile pages refused within
 * the limits.
 */
import assert from 'node:assert/strict';
import { findingMessage } from '../../../shared/findings/make-finding';
import { englishNumber, htmlCellValue } from '../../../shared/import/html-export-cell-value';
import { DEFAULT_HTML_READ_LIMITS, type HtmlReadLimits } from '../../../shared/import/html-export-limits';
import { parseHtmlExport, type HtmlExportTable } from '../../../shared/import/html-export-parse';
import { readHtmlExport } from '../../../shared/import/html-export-read';
import { isHtmlExport } from '../../../shared/import/html-export-sniff';
import { findHeaderBand, sheetView } from '../../../shared/import/header-bands';
import { cellAt } from '../../../shared/table/cells';
import type { CellValue, TableSheet } from '../../../shared/table/table';
import { wpEvalSakipExport } from '../../support/wp-eval-sakip-export';

function parse(html: string, limits: Partial<HtmlReadLimits> = {}): HtmlExportTable {
  const parsed = parseHtmlExport(html, 'Laporan.xls', { ...DEFAULT_HTML_READ_LIMITS, ...limits });
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.reasonEn);
  return parsed;
}

/** The sheet as plain values: numbers, texts, null for blanks (trailing blanks dropped). */
function grid(sheet: TableSheet): (string | number | null)[][] {
  return Array.from(sheet.rows, (row) => {
    const line = Array.from(row ?? [], (cell) => (!cell ? null : plain(cell.value)));
    while (line.length > 0 && line.at(-1) === null) line.pop();
    return line;
  });
}

function plain(value: CellValue): string | number | null {
  if (value.type === 'number') return value.value;
  if (value.type === 'blank') return null;
  return String(value.value);
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function refusal(html: string, limits: Partial<HtmlReadLimits> = {}): string {
  const read = readHtmlExport(encode(html), 'jahat.xls', { ...DEFAULT_HTML_READ_LIMITS, ...limits });
  assert.equal(read.table, undefined, 'the page must be refused');
  assert.deepEqual(read.findings.map((f) => f.code), ['FILE_UNREADABLE']);
  return findingMessage(read.findings[0]!);
}

describe('HTML exports: recognised by name and first tag', () => {
  it('a .xls whose text starts (after a byte-order mark and whitespace) with <div, <table or <main', () => {
    for (const start of [' <div id="cetak">', '\uFEFF\r\n  <table>', '<MAIN class="x">', '<table\n>']) assert.ok(isHtmlExport(encode(start), 'Laporan.XLS'), start);
    assert.ok(isHtmlExport(new Uint8Array([0xff, 0xfe, ...Array.from(encode('<div>')).flatMap((b) => [b, 0])]), 'a.xls'), 'UTF-16LE');
  });
  it('not another name, another start, or a real Excel 97–2003 file', () => {
    assert.ok(!isHtmlExport(encode('<div>'), 'Laporan.xlsx'));
    assert.ok(!isHtmlExport(encode('<divx>'), 'Laporan.xls'));
    assert.ok(!isHtmlExport(encode('<html><body><table>'), 'Laporan.xls'));
    assert.ok(!isHtmlExport(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'lama.xls'));
  });
});

describe('HTML exports: the wp-eval-sakip LKE page', () => {
  const usulan = { '1.1.1': 'Y', '1.1.2': 'T', '1.2.1': 'B', '4.3.5': 'E' };

  it('"Usulan": title lines, the totals line, a two-row header band, lettered and numbered rows, the selected answers', () => {
    const page = wpEvalSakipExport({ variant: 'usulan', usulan, namaSkpd: 'Dinas Pendidikan & Kebudayaan', keterangan: { '1.1.1': 'Ada <SK> 2025' }, buktiDukung: { '1.1.1': ['sk.pdf', 'renstra.pdf'] } });
    const read = parse(page.html);
    const rows = grid(read.table.sheets[0]!);
    assert.equal(read.table.sheets[0]!.name, 'Laporan');
    assert.deepEqual(rows.slice(0, 5), [['Pengisian LKE SAKIP'], ['Dinas Pendidikan & Kebudayaan'], ['Evaluasi SAKIP 2025 (2025)'], ['Download Excel'], ['Total Nilai Usulan:' + '1.53']]);
    assert.deepEqual(rows[5], ['Komponen/Sub Komponen', null, null, null, 'Bobot', 'Penilaian Perangkat Daerah', null, null, 'Bukti Dukung', 'Keterangan Perangkat Daerah', 'Kerangka Logis Perangkat Daerah']);
    assert.deepEqual(rows[6], [null, null, null, null, null, 'Jawaban', 'Nilai', '%']);
    assert.deepEqual(read.table.sheets[0]!.merges!.slice(0, 7), ['A6:D7', 'E6:E7', 'F6:H6', 'I6:I7', 'J6:J7', 'K6:K7', 'B8:D8']);
    // Component A: 30 points, its score and percentage (English-formatted on the page) as numbers.
    assert.deepEqual(rows[7], ['A', 'Perencanaan Kinerja', null, null, 30, null, 1.53, 0.0511]);
    assert.deepEqual(rows[8], [null, 'a', 'Keberadaan', null, 6, null, 0.86, 0.1429]);
    assert.deepEqual(rows[9]!.slice(0, 11), [null, null, 1, 'Terdapat pedoman teknis perencanaan kinerja\nKeterangan : Penjelasan kriteria 1.1.1', '-', 'Y', '-', null, 'sk.pdf, renstra.pdf', 'Ada <SK> 2025', 'OK']);
    assert.equal(rows[10]![5], 'T');
    assert.equal(rows[11]![5], null, 'unanswered: no option selected');
    // Criteria are numbered on within the component: sub-component b starts at 8.
    const b = rows.findIndex((r) => r[1] === 'b');
    assert.deepEqual(rows[b + 1]!.slice(2, 3), [8]);
    assert.equal(rows[b + 1]![5], 'B');
    const last = rows.at(-1)!;
    assert.deepEqual([last[2], last[5]], [13, 'E']);
    assert.equal(read.tables, 1);
  });

  it('"Usulan dan Penetapan": the evaluator band beside the OPD band, its answers read', () => {
    const page = wpEvalSakipExport({ variant: 'usulan_penetapan', usulan, penetapan: { '1.1.1': 'T', '1.2.1': 'C' } });
    const rows = grid(parse(page.html).table.sheets[0]!);
    const header = rows.findIndex((r) => r[0] === 'Komponen/Sub Komponen');
    assert.deepEqual(rows[header]!.slice(11), ['Penilaian Evaluator', null, null, 'Keterangan Evaluator', 'Kerangka Logis Evaluator']);
    assert.deepEqual(rows[header + 1]!.slice(11), ['Jawaban', 'Nilai', '%']);
    const c111 = rows[header + 4]!;
    assert.deepEqual([c111[5], c111[11]], ['Y', 'T']);
    const c121 = rows.find((r) => r[2] === 8)!;
    assert.deepEqual([c121[5], c121[11]], ['B', 'C']);
    assert.deepEqual(rows[header - 1], ['Total Nilai Penetapan:0.45']);
  });

  it('its rowspan/colspan header is a header band: both stages\' Jawaban found under their band titles', () => {
    const page = wpEvalSakipExport({ variant: 'usulan_penetapan', usulan });
    const view = sheetView(parse(page.html).table.sheets[0]!);
    const match = findHeaderBand(view, [
      { key: 'uraian', names: ['Komponen/Sub Komponen'], required: true },
      { key: 'bobot', names: ['Bobot'], required: true },
      { key: 'jawaban', names: ['Jawaban'], under: ['Penilaian Perangkat Daerah'], required: true },
      { key: 'evaluator', names: ['Jawaban'], under: ['Penilaian Evaluator'], required: true },
    ]);
    assert.ok(match);
    assert.deepEqual([match.band.top, match.band.bottom, match.band.dataStart], [6, 7, 8]);
    assert.deepEqual(match.columns, { uraian: 0, bobot: 4, jawaban: 5, evaluator: 11 });
  });

  it('a hidden evaluator stage (`<option selected> - </option>`) reads as unanswered', () => {
    const page = wpEvalSakipExport({ variant: 'usulan_penetapan', usulan, penetapan: { '1.1.1': 'T' }, hidePenetapan: true });
    const rows = grid(parse(page.html).table.sheets[0]!);
    const c111 = rows.find((r) => r[2] === 1)!;
    assert.deepEqual([c111[5], c111[11], c111[12]], ['Y', null, '-']);
  });
});

describe('HTML exports: the HTML table model', () => {
  it('rowspan and colspan place cells as browsers do; covered cells are left out and merged', () => {
    const read = parse(`<table>
      <tr><td rowspan="3">A</td><td colspan="2">B</td><td>C</td></tr>
      <tr><td>D</td><td rowspan="2" colspan="2">E</td></tr>
      <tr><td>F</td></tr>
      <tr><td>G</td><td>H</td><td>I</td><td>J</td></tr></table>`);
    assert.deepEqual(grid(read.table.sheets[0]!), [['A', 'B', null, 'C'], [null, 'D', 'E'], [null, 'F'], ['G', 'H', 'I', 'J']]);
    assert.deepEqual(read.table.sheets[0]!.merges, ['A1:A3', 'B1:C1', 'C2:D3']);
    assert.equal(cellAt(read.table.sheets[0]!, 2, 1).address, 'B3');
  });

  it('spans are clipped at the end of their row group and table; rowspan="0" runs to the group end; huge spans are capped', () => {
    const read = parse(`<table><thead><tr><th rowspan="9">H</th><th>x</th></tr></thead>
      <tbody><tr><td>a</td><td rowspan="0">b</td></tr><tr><td>c</td></tr></tbody></table>
      <table><tr><td colspan="99999999999" rowspan="70000">Z</td></tr></table>`);
    assert.deepEqual(grid(read.table.sheets[0]!), [['H', 'x'], ['a', 'b'], ['c'], ['Z']]);
    assert.deepEqual(read.table.sheets[0]!.merges, ['B2:B3', 'A4:ALL4']);
    assert.equal(read.tables, 2);
  });

  it('text outside tables is one row per line; a table inside a cell is that cell\'s text', () => {
    const read = parse(`<div><h3>Judul</h3>Perangkat Daerah : Dinas X<br>TAHUN 2025<p>  </p></div>
      <table><tr><td>Luar<table><tr><td>d1</td><td>d2</td></tr><tr><td>d3</td></tr></table></td><td>2</td></tr></table>Catatan akhir`);
    assert.deepEqual(grid(read.table.sheets[0]!), [['Judul'], ['Perangkat Daerah : Dinas X'], ['TAHUN 2025'], ['Luar\nd1 d2\nd3', 2], ['Catatan akhir']]);
  });

  it('cells without <tr>, unclosed cells and rows, upper-case tags', () => {
    const read = parse('<TABLE><TD>1<TD>2<TR><TD>3</TABLE>');
    assert.deepEqual(grid(read.table.sheets[0]!), [[1, 2], [3]]);
  });
});

describe('HTML exports: what a person sees is what is read', () => {
  it('script, style, template, hidden elements and buttons contribute nothing', () => {
    const read = parse(`<div><script>document.write('<table><tr><td>palsu</td></tr></table>')</script><style>td{content:"x"}</style>
      <template><table><tr><td>t</td></tr></table></template><span hidden>h</span><span style="display: none">n</span><button>Simpan</button>
      <table><tr><td>nyata<script>1<2</script></td></tr></table></div>`);
    assert.deepEqual(grid(read.table.sheets[0]!), [['nyata']]);
    assert.equal(read.tables, 1);
  });

  it('entities are decoded once, as text, never markup', () => {
    const read = parse(`<table><tr><td>&lt;table&gt;&lt;tr&gt;</td><td>&amp;lt;b&amp;gt;</td><td>R&amp;D &#8212; &#x41;&nbsp;B</td>
      <td>&#0;&#x110000;&#99999999999;</td><td colspan="&#50;">two</td><td>&unknown; &amp</td></tr></table>`);
    const row = grid(read.table.sheets[0]!)[0]!;
    assert.deepEqual(row.slice(0, 3), ['<table><tr>', '&lt;b&gt;', 'R&D — A\u00a0B']);
    assert.equal(row[3], '\uFFFD\uFFFD\uFFFD');
    assert.deepEqual(row.slice(4), ['two', null, '&unknown; &']);
    assert.deepEqual(read.table.sheets[0]!.merges, ['E1:F1']);
  });

  it('a select shows its selected option; none or a placeholder is blank; textarea and input values are text', () => {
    const read = parse(`<table><tr>
      <td><select><option value="">Pilih</option><option value="1">Y</option><option value="0" selected>T</option></select></td>
      <td><select><option>A</option><option>B</option></select></td>
      <td><select><option value="" selected>Pilih Jawaban</option><option>A</option></select></td>
      <td><select><option selected>A</option><option selected>C</option></select></td>
      <td><select multiple><option selected>A</option><option>B</option><option selected>C</option></select></td>
      <td><textarea>baris 1
baris 2</textarea></td><td><input type="text" value="12.5"><input type="hidden" value="rahasia"></td>
      <td><a href="https://contoh.go.id/sk.pdf">sk.pdf</a></td><td><a href="javascript:alert(1)">x</a></td></tr></table>`);
    const sheet = read.table.sheets[0]!;
    assert.deepEqual(grid(sheet)[0], ['T', null, null, 'C', 'A, C', 'baris 1\nbaris 2', 12.5, 'sk.pdf', 'x']);
    assert.equal(cellAt(sheet, 0, 7).hyperlink, 'https://contoh.go.id/sk.pdf');
    assert.equal(cellAt(sheet, 0, 8).hyperlink, undefined);
  });

  it('English-formatted numbers and percentages become numbers; codes and numbering stay text', () => {
    assert.deepEqual(
      ['85.71', '1,234.50', '-2', '.5', '12.50%', '100%', '0.00', '007', '1.a', 'A.1', '1.234,56', '85,71', '1,23', 'Rp 5', ''].map((t) => plain(htmlCellValue(t))),
      [85.71, 1234.5, -2, 0.5, 0.125, 1, 0, '007', '1.a', 'A.1', '1.234,56', '85,71', '1,23', 'Rp 5', null],
    );
    assert.equal(plain(htmlCellValue('85.71%')), 0.8571);
    assert.equal(englishNumber('1e5'), undefined);
  });
});

describe('HTML exports: hostile pages get a finding within the limits', () => {
  it('deep nesting', () => {
    assert.match(refusal('<div>'.repeat(100_000)), /kedalaman elemen bersarang melebihi batas 256/);
  });

  it('millions of elements (the default limit: 4,000,000), and a table of millions of cells', () => {
    assert.match(refusal(`<div>${'<br>'.repeat(4_000_001)}</div>`), /jumlah elemen melebihi batas 4\.000\.000/);
    assert.match(refusal(`<table>${'<tr><td>'.repeat(2_000_001)}`), /jumlah baris melebihi batas 250\.000/);
  });

  it('a few cells spanning a billion: counted as rows reach them, stopped at the cell limit', () => {
    const wide = '<td colspan="1000" rowspan="65534">x</td>'.repeat(16);
    assert.match(refusal(`<table><tr>${wide}</tr>${'<tr></tr>'.repeat(200)}</table>`), /jumlah sel melebihi batas 1\.500\.000/);
    assert.match(refusal(`<table><tr><td rowspan="65534" colspan="1000">x</td></tr>${'<tr></tr>'.repeat(2000)}</table>`), /jumlah sel melebihi batas/);
  });

  it('too many rows, columns, attributes, a page or a cell too long', () => {
    assert.match(refusal(`<table>${'<tr><td>1</td></tr>'.repeat(300)}</table>`, { maxRows: 250 }), /jumlah baris melebihi batas 250/);
    assert.match(refusal(`<table><tr>${'<td colspan="1000">x</td>'.repeat(17)}</tr></table>`), /jumlah kolom melebihi batas 16\.384/);
    assert.match(refusal(`<table><tr><td ${Array.from({ length: 300 }, (_, i) => `a${i}="1"`).join(' ')}>x</td></tr></table>`), /jumlah atribut satu elemen/);
    assert.match(refusal(`<table><tr><td>${'x'.repeat(40_000)}</td></tr></table>`), /panjang teks satu sel melebihi batas 32\.767/);
    assert.match(refusal(`<div>${'x'.repeat(1500)}</div>`, { maxChars: 1000 }), /panjang halaman \(karakter\) melebihi batas 1\.000/);
    assert.match(refusal(`<div>${'x'.repeat(2500)}</div>`, { maxChars: 1000 }), /ekspor HTML terlalu besar/);
  });

  it('script tags, comments and entity tricks do not smuggle anything in, and nothing throws', () => {
    const tricks: [string, (string | number | null)[][]][] = [
      ['<div><script><table><tr><td>1</td></tr></table>', []],
      // A browser reads `<scr<script>` as one odd tag: the rest is visible text, not a script.
      ['<div><scr<script>ipt>alert(1)</script></div>', [['ipt>alert(1)']]],
      ['<div><!--<table><tr><td>komentar</td></tr></table>--></div>', []],
      ['<div><![CDATA[<table>]]></div>', []],
      ['<table><tr><td>&#x3C;script&#x3E;</td></tr></table>', [['<script>']]],
      ['<table><tr><td __proto__="x" constructor="y" hasOwnProperty="z">p</td></tr></table>', [['p']]],
      ['<div>a\u0000b\u0007c\uD800d\uFFFF</div>', [['a\uFFFDb\uFFFDc\uFFFDd\uFFFD']]],
      [`<table><tr><td>${'&amp;'.repeat(10_000)}</td></tr></table>`, [['&'.repeat(10_000)]]],
    ];
    for (const [html, expected] of tricks) {
      const read = readHtmlExport(encode(html), 'trik.xls');
      assert.ok(read.table, html);
      assert.deepEqual(grid(read.table.sheets[0]!), expected, html);
    }
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'x'), false);
  });

  it('a page read gives its table and FILE_HTML_EXPORT, in both languages', () => {
    const read = readHtmlExport(encode(wpEvalSakipExport({ variant: 'usulan', usulan: {} }).html), 'Pengisian LKE SAKIP (2025).xls');
    assert.equal(read.findings.length, 1);
    assert.equal(read.findings[0]!.code, 'FILE_HTML_EXPORT');
    assert.equal(read.findings[0]!.severity, 'warning');
    assert.match(findingMessage(read.findings[0]!), /halaman HTML bernama \.xls .* 1 tabel, \d+ baris/);
    assert.equal(read.table!.sheets[0]!.name, 'Pengisian LKE SAKIP (2025)');
  });
});
