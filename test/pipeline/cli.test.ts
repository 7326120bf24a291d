import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { temporaryFolder } from './xlsx-files';

const BIN = join(__dirname, '..', '..', 'bin', 'sakip.js');

function sakip(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonReport {
  file: string;
  findings: { code: string; severity: string; file: string; sheet?: string; cell?: string; message: string; messageEn: string; params: unknown }[];
}

describe('the sakip command', function () {
  this.timeout(120_000);
  const folder = temporaryFolder();
  const opd = folder.path('dinkes.xlsx');
  const kota = folder.path('kota.xlsx');
  after(() => folder.remove());

  before(() => {
    assert.equal(sakip('template', 'opd', '--kode', 'DINKES', '--nama', 'Dinas Kesehatan', '--tahun', '2024', '--out', opd).status, 0);
    assert.equal(sakip('template', 'kota', '--nama', 'Kota Contoh', '--tahun', '2024', '--out', kota).status, 0);
  });

  it('prints Indonesian help by default and English with --lang en, exit 0', () => {
    const id = sakip('--help');
    assert.equal(id.status, 0);
    assert.match(id.stdout, /Pemakaian: sakip <perintah>/);
    assert.match(id.stdout, /Kode keluar/);
    for (const command of ['template', 'validate']) {
      const help = sakip(command, '--help');
      assert.equal(help.status, 0);
      assert.match(help.stdout, /Pemakaian/);
      assert.match(help.stdout, /Kode keluar/);
      assert.match(sakip(command, '--help', '--lang', 'en').stdout, /Usage/);
    }
    assert.match(sakip('--help', '--lang', 'en').stdout, /Usage: sakip <command>/);
  });

  it('exits 2 on wrong usage', () => {
    const unknown = sakip('bogus');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Perintah tidak dikenal/);
    const flag = sakip('validate', '--no-such-flag', opd);
    assert.equal(flag.status, 2);
    assert.match(flag.stderr, /sakip validate --help/);
    assert.equal(sakip('validate').status, 2);
    assert.equal(sakip('validate', opd, '--period', '2024-13').status, 2);
    assert.equal(sakip('template', 'opd', '--nama', 'X', '--tahun', '2024', '--out', folder.path('x.xlsx')).status, 2);
    const exists = sakip('template', 'kota', '--nama', 'X', '--tahun', '2024', '--out', kota);
    assert.equal(exists.status, 2);
    assert.match(exists.stderr, /--force/);
  });

  it('validate on a template just generated reports only unanswered criteria (warnings), exit 0', () => {
    const result = sakip('validate', opd, '--city', kota, '--json');
    assert.equal(result.status, 0, result.stderr);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    assert.deepEqual(reports.map((r) => r.file), ['dinkes.xlsx']);
    const codes = new Set(reports[0]!.findings.map((f) => f.code));
    assert.deepEqual([...codes], ['LKE_UNANSWERED']);
    assert.ok(reports[0]!.findings.every((f) => f.severity === 'warning' && f.sheet === 'LKE' && /^C\d+$/.test(f.cell!)));
    assert.match(reports[0]!.findings[0]!.message, /belum dijawab/);
    assert.match(reports[0]!.findings[0]!.messageEn, /unanswered/);
  });

  it('prints a findings table in Indonesian, in English with --lang en', () => {
    const id = sakip('validate', opd);
    assert.equal(id.status, 0);
    assert.match(id.stdout, /Berkas\s+Lembar\s+Sel\s+Tingkat\s+Kode\s+Pesan/);
    assert.match(id.stdout, /Peringatan\s+LKE_UNANSWERED/);
    const en = sakip('validate', opd, '--lang', 'en');
    assert.match(en.stdout, /File\s+Sheet\s+Cell\s+Severity\s+Code\s+Message/);
    assert.match(en.stdout, /Warning\s+LKE_UNANSWERED/);
  });

  it('validate exits 1 when a file has an error finding (unreadable file, invalid answer)', async () => {
    const bad = folder.path('rusak.xlsx');
    writeFileSync(bad, 'bukan zip');
    const unreadable = sakip('validate', opd, bad, '--json');
    assert.equal(unreadable.status, 1);
    const reports = JSON.parse(unreadable.stdout) as JsonReport[];
    assert.deepEqual(reports[1]!.findings.map((f) => f.code), ['FILE_UNREADABLE']);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(opd);
    const lke = workbook.getWorksheet('LKE')!;
    lke.getCell('C4').value = 'Z';
    const answered = folder.path('jawaban-salah.xlsx');
    await workbook.xlsx.writeFile(answered);
    const invalid = sakip('validate', answered, '--json');
    assert.equal(invalid.status, 1);
    const finding = (JSON.parse(invalid.stdout) as JsonReport[])[0]!.findings.find((f) => f.code === 'LKE_ANSWER_INVALID');
    assert.equal(finding?.cell, 'C4');
  });

  it('validate with an unusable city workbook exits 2 and prints its errors', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(kota);
    workbook.removeWorksheet(workbook.getWorksheet('Daftar OPD')!.id);
    const broken = folder.path('kota-rusak.xlsx');
    await workbook.xlsx.writeFile(broken);
    const result = sakip('validate', opd, '--city', broken);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /SHEET_MISSING/);
  });

  it('template kota is read by readCityWorkbook into a configuration without errors', async () => {
    const read = await readWorkbookFile(kota);
    const city = readCityWorkbook(read.table!);
    assert.deepEqual(city.findings.filter((f) => f.severity === 'error'), []);
    assert.equal(city.config?.namaKota, 'Kota Contoh');
    assert.equal(city.config?.tahun, 2024);
    assert.equal(city.config?.boundMode, 'eksklusif');
    assert.equal(city.config?.negativeFormula, '2T-R');
  });

  it('template opd: instructions, frozen bold headers, dropdowns and SAKIP.ANSWER formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(opd);
    assert.deepEqual(workbook.worksheets.map((s) => s.name), ['Petunjuk', 'Profil', 'LKE', 'Kinerja', 'Pohon Kinerja', 'Rekomendasi']);
    const lke = workbook.getWorksheet('LKE')!;
    assert.equal(lke.views[0]?.state, 'frozen');
    assert.equal(lke.getCell('A1').font?.bold, true);
    assert.equal(lke.getCell('A2').value, '1');
    const criterion = lke.getCell('A4');
    assert.equal(criterion.value, '1.1.1');
    assert.equal(lke.getCell('D4').formula, 'SAKIP.ANSWER(C4,"Y/T")');
    assert.deepEqual(lke.getCell('C4').dataValidation?.formulae, ['"Y,T"']);
    const kinerja = workbook.getWorksheet('Kinerja')!;
    const headers = (kinerja.getRow(1).values as unknown[]).slice(1);
    assert.deepEqual(headers.slice(0, 8), ['Kode', 'Indikator', 'Satuan', 'Polaritas', 'Agregasi', 'Kode Pohon', 'IKU', 'Target']);
    assert.equal(headers[8], 'Target Jan');
    assert.equal(headers[headers.length - 1], 'Realisasi Des');
    assert.deepEqual(kinerja.getCell('D2').dataValidation?.formulae, ['"Positif,Negatif"']);
    const profil = workbook.getWorksheet('Profil')!;
    assert.equal(profil.getCell('B2').value, 'DINKES');
    assert.equal(profil.getCell('B4').value, 2024);
    assert.equal(profil.getCell('B5').value, 'Januari');
  });
});
