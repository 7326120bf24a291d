/**
 * Issue 17: which sheet is read when several match a name, and codes with invisible characters.
 * Real .xlsx files, read through the gate and the SAX reader, then assessed by the core.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { matchSubmissions } from '../../shared/consolidate/submissions';
import { findingMessage, makeFinding } from '../../shared/findings/make-finding';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { baseCityFixture, cityTable } from '../support/city-fixture';
import { baseFixture, lkeGrid, type Grid } from '../support/opd-fixture';
import { tempFolder } from '../support/consolidate-scenario';
import { writeOpdXlsx } from '../support/write-xlsx';

async function writeSheets(path: string, sheets: readonly { name: string; grid: Grid; hidden?: boolean }[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, grid, hidden } of sheets) {
    const sheet = workbook.addWorksheet(name, hidden ? { state: 'hidden' } : {});
    grid.forEach((row, r) => row.forEach((value, c) => value !== '' && value !== undefined && (sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
  }
  await workbook.xlsx.writeFile(path);
}

describe('sheet lookup and invisible characters in codes', function () {
  this.timeout(60_000);
  let folder: string;
  before(async () => {
    folder = await tempFolder('lookup');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));
  const city = () => readCityWorkbook(cityTable(baseCityFixture())).config!;

  it('scores the visible, complete "LKE " rather than a hidden, stale "LKE" placed before it, and says so', async () => {
    const f = baseFixture();
    const stale = lkeGrid(Object.fromEntries(lkeGrid().flatMap((row) => (typeof row[0] === 'string' && /^\d+\.\d+\.\d+$/.test(row[0]) ? [[row[0], '']] : []))));
    const path = join(folder, 'dua-lke.xlsx');
    await writeSheets(path, [
      { name: 'Profil', grid: f.profil },
      { name: 'LKE', grid: stale, hidden: true },
      { name: 'LKE ', grid: f.lke },
      { name: 'Kinerja', grid: f.kinerja },
      { name: 'Pohon Kinerja', grid: f.pohon },
      { name: 'Rekomendasi', grid: f.rekomendasi },
    ]);
    const read = await readWorkbookFile(path);
    assert.deepEqual(read.findings, []);
    assert.equal(read.table!.sheets.find((s) => s.name === 'LKE')!.hidden, true);
    const assessment = assessOpdWorkbook(read.table!, { city: city() });
    assert.equal(assessment.score.total, 100);
    assert.equal(assessment.findings.filter((x) => x.code === 'LKE_UNANSWERED').length, 0);
    const ambiguous = assessment.findings.filter((x) => x.code === 'SHEET_AMBIGUOUS');
    assert.equal(ambiguous.length, 1);
    assert.equal(findingMessage(ambiguous[0]!, 'id'), '2 lembar cocok dengan nama "LKE": "LKE ", "LKE" (tersembunyi); yang dibaca: "LKE "');
    assert.equal(ambiguous[0]!.severity, 'warning');
  });

  it('prefers an exact name over one that only matches normalised, both visible', async () => {
    const f = baseFixture();
    const path = join(folder, 'lke-persis.xlsx');
    await writeSheets(path, [
      { name: 'Profil', grid: f.profil },
      { name: ' LKE', grid: lkeGrid({ '1.1.1': 'T' }) },
      { name: 'LKE', grid: f.lke },
    ]);
    const assessment = assessOpdWorkbook((await readWorkbookFile(path)).table!, { city: city() });
    assert.equal(assessment.workbook.lkeSheet, 'LKE');
    assert.equal(assessment.answers.get('1.1.1'), 'Y');
    assert.ok(assessment.findings.some((x) => x.code === 'SHEET_AMBIGUOUS'));
  });

  it('matches a Kode OPD holding a zero-width space, BOM or NBSP to Daftar OPD', async () => {
    for (const [name, kode] of [['zwsp', 'DINKES\u200B'], ['bom', '\uFEFFDINKES'], ['zwj', 'DIN\u200DKES'], ['nbsp', 'DINKES\u00A0']] as const) {
      const f = baseFixture();
      f.profil[1]![1] = kode;
      const path = join(folder, `${name}.xlsx`);
      await writeOpdXlsx(path, f);
      const assessment = assessOpdWorkbook((await readWorkbookFile(path)).table!, { city: city() });
      assert.equal(assessment.workbook.profil!.kodeOpd, 'DINKES', name);
      const matched = matchSubmissions(city(), [assessment]);
      assert.deepEqual(matched.findings.map((x) => x.code), ['OPD_NOT_SUBMITTED'], name);
      assert.equal(matched.opds.find((o) => o.opd.kodeOpd === 'DINKES')!.status, 'Lengkap', name);
    }
  });

  it('shows invisible characters escaped in messages', () => {
    const finding = makeFinding('OPD_NOT_LISTED', { file: 'a.xlsx', sheet: 'Profil', cell: 'B2' }, { kodeOpd: 'DINKEZ\u200B' });
    assert.match(findingMessage(finding, 'id'), /DINKEZ<U\+200B>/);
    assert.match(findingMessage(finding, 'en'), /DINKEZ<U\+200B>/);
  });
});
