import assert from 'node:assert/strict';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { readOpdWorkbook } from '../../shared/parse/read-opd-workbook';
import { OpdWorkbookSchema } from '../../shared/parse/opd-workbook-model';
import { findingMessage } from '../../shared/findings/make-finding';
import { baseFixture, fixtureTable, indicatorRow, lkeRowOf } from '../support/opd-fixture';

const codes = (findings: readonly { code: string }[]) => findings.map((f) => f.code);

describe('reading an OPD workbook', () => {
  it('parses every sheet into the typed model', () => {
    const { workbook, findings } = readOpdWorkbook(fixtureTable(baseFixture()));
    assert.deepEqual(findings, []);
    OpdWorkbookSchema.parse(workbook);
    assert.equal(workbook.profil?.kodeOpd, 'DINKES');
    assert.deepEqual(workbook.profil?.periode, { month: 5, year: 2025 });
    assert.equal(workbook.lke?.length, 80);
    assert.equal(workbook.indicators[1]!.polaritas, 'negatif');
    assert.deepEqual(workbook.indicators[0]!.realisasi.slice(0, 6), [80, 85, 90, 92, 95, null]);
    assert.equal(workbook.pohon.length, 2);
    assert.equal(workbook.rekomendasi[0]!.status, 'Selesai');
  });

  it('finds headers below title rows, in any order, case and spacing, with aliases', () => {
    const fixture = baseFixture();
    fixture.lke.splice(1, 1, ['KRITERIA', '  kode ', 'jawaban   opd', 'Catatan']);
    fixture.lke = fixture.lke.map((row, i) => (i > 1 ? [row[1], row[0], row[2] ?? '', row.length > 2 ? 'catatan' : ''] : row));
    fixture.lke.unshift(['Pemerintah Kota Contoh'], [], ['']);
    const { workbook, findings } = readOpdWorkbook(fixtureTable(fixture));
    assert.deepEqual(findings, []);
    assert.equal(workbook.lke?.length, 80);
    assert.equal(workbook.lke?.[0]!.cells.jawaban, 'C8');
    assert.equal(workbook.lke?.[0]!.catatan, 'catatan');
  });

  it('does not look for headers past the first 10 rows', () => {
    const fixture = baseFixture();
    fixture.kinerja.unshift(...Array.from({ length: 10 }, () => ['judul']));
    const { findings } = readOpdWorkbook(fixtureTable(fixture));
    assert.deepEqual(codes(findings), ['HEADER_MISSING']);
  });

  it('names the header row and the look-alike header when a required one is missing (HEADER_MISSING)', () => {
    const fixture = baseFixture();
    const april = fixture.kinerja[0]!.indexOf('Realisasi Apr');
    fixture.kinerja[0]![april] = 'Realisasi Aprl';
    const kinerja = readOpdWorkbook(fixtureTable(fixture)).findings.filter((f) => f.code === 'HEADER_MISSING');
    assert.equal(kinerja.length, 1);
    assert.equal(april, 23);
    assert.equal(kinerja[0]!.sheet, 'Kinerja');
    assert.equal(kinerja[0]!.cell, 'X1');
    assert.equal(
      findingMessage(kinerja[0]!),
      'Judul kolom wajib tidak ditemukan dalam 10 baris pertama: Realisasi Apr; baris judul terdekat: A1:AF1; yang mirip: "Realisasi Aprl" di X1 (maksudnya "Realisasi Apr"?)',
    );

    const lke = baseFixture();
    lke.lke[1]![2] = 'Jawabn';
    const [missing] = readOpdWorkbook(fixtureTable(lke)).findings;
    assert.equal(missing!.code, 'HEADER_MISSING');
    assert.equal(missing!.cell, 'C2');
    assert.match(findingMessage(missing!, 'en'), /: Jawaban; nearest header row: A2:F2; look-alikes: "Jawabn" in C2 \(meant "Jawaban"\?\)$/);
  });

  it('offers no look-alike for a header that is nothing like the missing one', () => {
    const fixture = baseFixture();
    fixture.lke[1]![2] = 'Keterangan lain';
    const [missing] = readOpdWorkbook(fixtureTable(fixture)).findings;
    assert.equal(missing!.code, 'HEADER_MISSING');
    assert.deepEqual(missing!.params, { headers: ['Jawaban'], row: 'A2:F2', near: [] });
    assert.equal(missing!.cell, 'A2');
  });

  it('accepts sheet names in any case and spacing', () => {
    const table = fixtureTable(baseFixture());
    const renamed = { ...table, sheets: table.sheets.map((s) => ({ ...s, name: ` ${s.name.toUpperCase().replace(' ', '  ')} ` })) };
    assert.deepEqual(readOpdWorkbook(renamed).findings, []);
  });

  it('keeps blank realisasi apart from 0, and reads ranges and text numbers', () => {
    const fixture = baseFixture();
    fixture.kinerja[1] = indicatorRow('IK1', { target: '80 – 90', realisasi: [0, '', '85,5'] });
    const { workbook, findings } = readOpdWorkbook(fixtureTable(fixture));
    assert.deepEqual(findings, []);
    assert.deepEqual(workbook.indicators[0]!.target, { kind: 'range', low: 80, high: 90 });
    assert.deepEqual(workbook.indicators[0]!.realisasi.slice(0, 4), [0, null, 85.5, null]);
  });

  it('skips fully empty rows and component/sub-component headings', () => {
    const fixture = baseFixture();
    fixture.lke.splice(5, 0, [], ['', '', '', '']);
    const { workbook, findings } = readOpdWorkbook(fixtureTable(fixture));
    assert.deepEqual(findings, []);
    assert.equal(workbook.lke?.length, 80);
  });
});

describe('what an error costs', () => {
  it('an error in LKE or Profil rejects the workbook', () => {
    const lke = baseFixture();
    lke.lke[lkeRowOf(lke.lke, '1.2.1')]![2] = 'F';
    assert.equal(assessOpdWorkbook(fixtureTable(lke)).rejected, true);
    const profil = baseFixture();
    profil.profil[3]![1] = 'dua ribu';
    assert.equal(assessOpdWorkbook(fixtureTable(profil)).rejected, true);
    assert.equal(assessOpdWorkbook(fixtureTable(baseFixture(), ['LKE'])).rejected, true);
  });

  it('an error in Kinerja costs only its row: no capaian for it, the OPD is still scored', () => {
    const fixture = baseFixture();
    fixture.kinerja[1]![24] = '#REF!';
    const assessment = assessOpdWorkbook(fixtureTable(fixture));
    assert.deepEqual(codes(assessment.findings), ['CELL_EXCEL_ERROR']);
    assert.equal(assessment.findings[0]!.cell, 'Y2');
    assert.equal(assessment.rejected, false);
    assert.equal(assessment.capaian[0], undefined);
    assert.equal(assessment.capaian[1]?.ok, true);
    assert.equal(assessment.score.total, 100);
  });

  it('warnings cost nothing', () => {
    const fixture = baseFixture();
    fixture.kinerja[1]![20] = '1.250';
    const assessment = assessOpdWorkbook(fixtureTable(fixture));
    assert.deepEqual(codes(assessment.findings), ['NUMBER_AMBIGUOUS_THOUSANDS']);
    assert.equal(assessment.rejected, false);
    assert.equal(assessment.workbook.indicators[0]!.usable, true);
  });

  it('unanswered criteria count 0 and are reported, the score is marked incomplete', () => {
    const fixture = baseFixture();
    fixture.lke[lkeRowOf(fixture.lke, '1.1.1')]![2] = '';
    fixture.lke.splice(lkeRowOf(fixture.lke, '4.3.5'), 1);
    const assessment = assessOpdWorkbook(fixtureTable(fixture));
    assert.deepEqual(codes(assessment.findings), ['LKE_CRITERIA_MISSING', 'LKE_UNANSWERED']);
    assert.equal(assessment.score.unanswered, 2);
    assert.equal(assessment.score.complete, false);
    // 100 − 6/7 (1.1.1) − 12.5/5 (4.3.5)
    assert.ok(Math.abs(assessment.score.total - (100 - 6 / 7 - 2.5)) < 1e-9);
  });
});

describe('finding order', () => {
  it('file-level first, then by sheet order, sheet-level before cells, then row and column', () => {
    const fixture = baseFixture();
    fixture.kinerja[2]![20] = 'x'; // Kinerja!U3
    fixture.kinerja[1]![21] = 'y'; // Kinerja!V2
    fixture.lke[lkeRowOf(fixture.lke, '1.1.2')]![2] = 'Q'; // LKE!C6
    const table = fixtureTable(fixture, ['Pohon Kinerja']);
    const findings = assessOpdWorkbook(table).findings;
    assert.deepEqual(
      findings.map((f) => `${f.sheet ?? '-'}!${f.cell ?? '-'}`),
      ['-!-', 'LKE!C6', 'Kinerja!V2', 'Kinerja!U3'],
    );
  });
});
