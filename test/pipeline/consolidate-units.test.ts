/** The consolidation's small parts: formula texts, safe text, links, carry-over rules, package patches. */
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { carryOver } from '../../pipeline/consolidate/carry-over';
import { nilaiAkhirFormula, peringkatFormula, predikatFormula } from '../../pipeline/consolidate/formulas';
import { peringkat, nilaiAkhir } from '../../pipeline/consolidate/evaluator-score';
import { isWebLink, setEvidence, setText } from '../../pipeline/consolidate/safe-text';
import { fileLink, findingLink } from '../../pipeline/consolidate/source-link';
import { classify } from '../../pipeline/consolidate/input-folder';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';

describe('consolidate: formulas', () => {
  it('Nilai Akhir falls back to the OPD value and reads the type\'s scale, aliases included', () => {
    assert.equal(nilaiAkhirFormula(7, 'A-E'), 'IF(TRIM(G7)="",IF(F7="","",F7),INDEX({1,0.75,0.5,0.25,0},MATCH(UPPER(TRIM(G7)),{"A","B","C","D","E"},0)))');
    assert.match(nilaiAkhirFormula(2, 'AA-E'), /\{1,0\.9,0\.8,0\.7,0\.6,0\.5,0\.3,0\}/);
  });
  it('predikat rounds to 2 decimals first and honours the bound mode', () => {
    assert.equal(
      predikatFormula('J2', 'eksklusif'),
      'IF(ISNUMBER(J2),IF(ROUND(J2,2)>90,"AA",IF(ROUND(J2,2)>80,"A",IF(ROUND(J2,2)>70,"BB",IF(ROUND(J2,2)>60,"B",IF(ROUND(J2,2)>50,"CC",IF(ROUND(J2,2)>30,"C","D")))))),J2)',
    );
    assert.match(predikatFormula('J2', 'inklusif'), /ROUND\(J2,2\)>=90,"AA"/);
  });
  it('peringkat counts higher totals: ties share a rank (1, 2, 2, 4), unscored rows have none', () => {
    assert.equal(peringkatFormula('J', 3, 11), 'IF(ISNUMBER(J3),COUNTIFS($J$2:$J$11,">"&J3)+1,"")');
    assert.deepEqual(peringkat([90, 80, 80, '', 70]), [1, 2, 2, '', 4]);
  });
  it('an evaluator answer off the scale gives #N/A, a blank one the OPD value', () => {
    const c = MODEL_88_2021.criteria.find((x) => x.type === 'Y/T')!;
    assert.deepEqual(nilaiAkhir(c, 'B', 1), { error: '#N/A' });
    assert.equal(nilaiAkhir(c, ' tidak ', 1), 0);
    assert.equal(nilaiAkhir(c, '', null), '');
  });
});

describe('consolidate: safe text and links', () => {
  const sheet = new ExcelJS.Workbook().addWorksheet('x');
  it('puts formula-like texts in the Text format, plain texts as they are', () => {
    for (const [i, text] of ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'].entries()) {
      const cell = sheet.getCell(1, i + 1);
      setText(cell, text);
      assert.equal(cell.value, text);
      assert.equal(cell.numFmt, '@');
    }
    const plain = sheet.getCell(2, 1);
    setText(plain, 'Dokumen Renstra');
    assert.notEqual(plain.numFmt, '@');
  });
  it('links only http(s) evidence', () => {
    assert.ok(isWebLink('https://contoh.go.id/a.pdf'));
    for (const text of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://x', '\\\\server\\share', 'www.contoh.go.id']) assert.ok(!isWebLink(text), text);
    const cell = sheet.getCell(3, 1);
    setEvidence(cell, 'file:///etc/passwd');
    assert.equal(cell.value, 'file:///etc/passwd');
  });
  it('links only well-formed http(s) URLs of a sane length (issue 17); malformed ones stay text', () => {
    for (const text of ['http://contoh.go.id', 'https://contoh.go.id/bukti%20dukung.pdf?x=1#h', 'HTTPS://CONTOH.GO.ID/A', 'http://[::1]/a', `https://contoh.go.id/${'a'.repeat(1900)}`]) assert.ok(isWebLink(text), text);
    const malformed = ['http://[::1', 'http://contoh.go.id/%zz%', 'https://contoh.go.id/a%', `https://contoh.go.id/${'a'.repeat(3000)}`, 'http://', 'http://a b.go.id', 'http://contoh.go.id/\u0000'];
    for (const text of malformed) assert.ok(!isWebLink(text), text);
    const cell = sheet.getCell(4, 1);
    setEvidence(cell, 'http://[::1');
    assert.equal(cell.value, 'http://[::1');
  });
  it('links findings relative to the output, with the cell as location', () => {
    assert.equal(fileLink('/data/2025/hasil.xlsx', '/data/2025/masukan/Dinas Kesehatan.xlsx'), 'masukan/Dinas%20Kesehatan.xlsx');
    assert.equal(findingLink('/data/out/hasil.xlsx', '/data/masukan/a.xlsx', "LKE O'Brien", 'C7'), "../masukan/a.xlsx#'LKE O''Brien'!C7");
  });
  it('classifies input files', () => {
    const none = new Map<string, string>();
    assert.equal(classify('dinkes.XLSX', '/x/dinkes.XLSX', none).kind, 'xlsx');
    assert.equal(classify('~$dinkes.xlsx', '/x/~$dinkes.xlsx', none).kind, 'ignored');
    // Read: an HTML export named .xls is a table; an old binary .xls is refused by the gate.
    assert.equal(classify('dinkes.xls', '/x/dinkes.xls', none).kind, 'xlsx');
    assert.equal(classify('dinkes.ods', '/x/dinkes.ods', none).kind, 'unsupported');
    assert.equal(classify('foto.jpg', '/x/foto.jpg', none).kind, 'ignored');
  });
});

describe('consolidate: carry-over rules', () => {
  const previous = {
    file: 'lalu.xlsx',
    namaKota: 'Kota Contoh',
    periode: '2025-04',
    lke: [
      { kodeOpd: 'DINKES', kode: '1.1.1', jawabanOpd: 'Y', nilaiOpd: 1, jawaban: 'T', catatan: '' },
      { kodeOpd: 'DINKES', kode: '1.1.2', jawabanOpd: 'Y', nilaiOpd: 1, jawaban: '', catatan: '' },
      { kodeOpd: 'DINKES', kode: '1.1.3', jawabanOpd: 'Y', nilaiOpd: 1, jawaban: '', catatan: 'catatan' },
    ],
    arsip: [
      { kodeOpd: 'DISDIK', kode: '2.2.1', jawaban: 'C', catatan: '', periode: '2025-02', jawabanOpd: 'A' },
      { kodeOpd: 'DINKES', kode: '1.1.1', jawaban: 'E', catatan: 'lama', periode: '2025-01', jawabanOpd: 'Y' },
    ],
  };
  it('matches Kode OPD case-insensitively, prefers the LKE sheet over the archive, marks changed OPD answers', () => {
    const result = carryOver(
      [
        { kodeOpd: 'dinkes', kode: '1.1.1', jawabanOpd: 'T' },
        { kodeOpd: 'DINKES', kode: '1.1.3', jawabanOpd: 'y' },
      ],
      previous,
    );
    assert.deepEqual([...result.byKey.values()], [
      { jawaban: 'T', catatan: '', perluDitinjau: true, jawabanOpdSebelumnya: 'Y', fromArchive: false },
      { jawaban: '', catatan: 'catatan', perluDitinjau: false, fromArchive: false },
    ]);
    assert.deepEqual(result.archive, [{ kodeOpd: 'DISDIK', kode: '2.2.1', jawaban: 'C', catatan: '', periode: '2025-02', jawabanOpd: 'A' }]);
  });
  it('restores archived entries; an unknown earlier OPD answer is marked for review', () => {
    const result = carryOver([{ kodeOpd: 'DISDIK', kode: '2.2.1', jawabanOpd: 'A' }], { ...previous, lke: [], arsip: [{ kodeOpd: 'DISDIK', kode: '2.2.1', jawaban: 'C', catatan: '', periode: '2025-02' }] });
    assert.deepEqual([...result.byKey.values()], [{ jawaban: 'C', catatan: '', perluDitinjau: true, fromArchive: true }]);
    assert.equal(result.restored, 1);
  });
  describe('a re-run of the same month (the file at --out)', () => {
    const april = {
      ...previous,
      lke: [{ kodeOpd: 'DINKES', kode: '1.1.1', jawabanOpd: 'Y', nilaiOpd: 1, jawaban: 'T', catatan: 'April' }],
      arsip: [],
    };
    const may = (row: Partial<(typeof april.lke)[number]> & { perluDitinjau?: string }) => ({
      ...previous,
      periode: '2025-05',
      lke: [
        { kodeOpd: 'DINKES', kode: '1.1.1', jawabanOpd: 'T', nilaiOpd: 0, jawaban: 'T', catatan: 'April', ...row },
        { kodeOpd: 'DINKES', kode: '1.1.3', jawabanOpd: 'Y', nilaiOpd: 1, jawaban: '', catatan: '' },
      ],
      arsip: [],
    });
    const rows = [
      { kodeOpd: 'DINKES', kode: '1.1.1', jawabanOpd: 'T' },
      { kodeOpd: 'DINKES', kode: '1.1.3', jawabanOpd: 'Y' },
    ];
    it('the same-period entries win over --previous; an entry cleared there stays cleared', () => {
      const result = carryOver(rows, previous, may({ jawaban: 'E', catatan: 'Mei', perluDitinjau: 'Ya (sebelumnya Y)' }));
      assert.deepEqual([...result.byKey.values()], [{ jawaban: 'E', catatan: 'Mei', perluDitinjau: false, fromArchive: false }]);
      assert.equal(result.kept, 1);
      assert.equal(result.carried, 0);
      // --previous's archive still goes on: nothing is dropped that the same-period file does not hold.
      assert.deepEqual(result.archive.map((e) => e.kode), ['2.2.1']);
    });
    it('a row still flagged and untouched stays flagged, with the answer the evaluator saw', () => {
      const flagged = may({ perluDitinjau: 'Ya (sebelumnya Y)' });
      assert.deepEqual([...carryOver(rows, april, flagged).byKey.values()][0], { jawaban: 'T', catatan: 'April', perluDitinjau: true, jawabanOpdSebelumnya: 'Y', fromArchive: false });
      // Without --previous, the flag's own text says what the evaluator saw.
      assert.deepEqual([...carryOver(rows, undefined, flagged).byKey.values()][0], { jawaban: 'T', catatan: 'April', perluDitinjau: true, jawabanOpdSebelumnya: 'Y', fromArchive: false });
      // Not flagged: compared with the answer of the file being replaced (unchanged: not flagged).
      assert.equal([...carryOver(rows, april, may({})).byKey.values()][0]!.perluDitinjau, false);
    });
  });
});
