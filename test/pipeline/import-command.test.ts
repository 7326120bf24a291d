/**
 * `sakip import` (docs/import.md §6): a foreign hierarchical LKE with the 88/2021 structure,
 * written as a real .xlsx, converted into the own OPD template; the output validates to exactly
 * the score the foreign file validates to, passes ooxml-check and opens in openpyxl; nothing the
 * template has no column for is lost (Catatan); --out is never overwritten without --force.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { foreignLke, modelShapedLke, writeForeignLkeXlsx } from '../support/foreign-lke-fixture';
import { sakip } from '../support/sakip-cli';
import { temporaryFolder } from './xlsx-files';
import { writeFileSync } from 'node:fs';
import { baseCityFixture } from '../support/city-fixture';
import { writeCityXlsx } from '../support/write-xlsx';
import { wpEvalSakipExport } from '../support/wp-eval-sakip-export';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { e81Fixture } from '../support/e81-fixture';
import { e81Workbook } from '../support/e81-workbook';
import { ooxmlCheckPath } from '../support/ooxml-check';


/** Answers on the values both scales share: Y/T, and A (1) / E (0) on A–E; every fifth left open. */
function answersFor(): Record<string, string> {
  const answers: Record<string, string> = {};
  MODEL_88_2021.criteria.forEach((c, i) => {
    if (i % 5 === 4) return;
    answers[c.code] = c.type === 'Y/T' ? (i % 3 === 0 ? 'T' : 'Y') : i % 4 === 0 ? 'E' : 'A';
  });
  return answers;
}

interface ValidateJson {
  file: string;
  score?: { total: number; components: { score: number; subComponents: { key: string; score: number }[] }[] };
  findings: { code: string; severity: string; message: string }[];
}

function validateJson(path: string): ValidateJson {
  const result = sakip('validate', '--json', path);
  assert.ok(result.status === 0 || result.status === 1, result.stderr);
  return (JSON.parse(result.stdout) as ValidateJson[])[0]!;
}

async function lkeRows(path: string): Promise<Map<string, { jawaban: unknown; catatan: unknown }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows = new Map<string, { jawaban: unknown; catatan: unknown }>();
  workbook.getWorksheet('LKE')!.eachRow((row) => {
    rows.set(String(row.getCell(1).value), { jawaban: row.getCell(3).value, catatan: row.getCell(5).value });
  });
  return rows;
}

describe('sakip import', function () {
  this.timeout(180_000);
  const folder = temporaryFolder();
  after(() => folder.remove());
  const foreign = folder.path('KKE Dinas Kesehatan 2025.xlsx');
  const out = folder.path('DINKES.xlsx');

  before(async () => {
    const lke = modelShapedLke(MODEL_88_2021, answersFor(), { final: { '1.1.1': 'T' }, keterangan: { '1.1.2': 'Dokumen di laman OPD' } });
    await writeForeignLkeXlsx(foreign, lke);
  });

  it('writes the OPD workbook, which validates to exactly the foreign file\'s score', async function () {
    const result = sakip('import', foreign, '--out', out, '--kode', 'DINKES', '--tahun', '2025', '--periode', '5');
    assert.equal(result.status, 0, result.stderr + result.stdout);
    assert.match(result.stdout, /IMPORT_COLUMNS_TO_NOTES/);
    const before = validateJson(foreign);
    const after = validateJson(out);
    assert.ok(before.score && after.score);
    assert.ok(before.score.total > 10, `a score worth comparing: ${before.score.total}`);
    assert.equal(after.score.total, before.score.total);
    assert.deepEqual(
      after.score.components.map((c) => c.subComponents.map((s) => [s.key, s.score])),
      before.score.components.map((c) => c.subComponents.map((s) => [s.key, s.score])),
    );
    // The output is an own-template workbook: no import findings, no errors.
    assert.deepEqual(after.findings.filter((f) => f.severity === 'error'), []);
    assert.ok(!after.findings.some((f) => f.code.startsWith('IMPORT_')));

    const rows = await lkeRows(out);
    assert.equal(rows.get('1.1.2')!.jawaban, 'Y');
    assert.equal(rows.get('1.1.5')!.jawaban, null, 'unanswered stays blank');
    assert.match(String(rows.get('1.1.1')!.catatan), /Kode berkas: K1\.1\.1/);
    assert.match(String(rows.get('1.1.1')!.catatan), /Jawaban evaluator: T/);
    assert.match(String(rows.get('1.1.2')!.catatan), /KETERANGAN: Dokumen di laman OPD/);

    execFileSync(ooxmlCheckPath(this), [out], { stdio: 'pipe' });
    execFileSync('/usr/bin/python3', ['-c', 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]); openpyxl.load_workbook(sys.argv[1], read_only=True)', out], { stdio: 'pipe' });
  });

  it('refuses to overwrite --out (exit 2) unless --force, which keeps a backup', () => {
    const bytes = readFileSync(out);
    const refused = sakip('impor', foreign, '--out', out, '--kode', 'DINKES', '--tahun', '2025', '--periode', '5');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--force/);
    assert.deepEqual(readFileSync(out), bytes);
    const forced = sakip('impor', foreign, '--out', out, '--kode', 'DINKES', '--tahun', '2025', '--periode', '5', '--force');
    assert.equal(forced.status, 0, forced.stderr);
    const backups = readdirSync(folder.dir).filter((name) => name.startsWith('DINKES.bak-'));
    assert.equal(backups.length, 1);
    assert.deepEqual(readFileSync(folder.path(backups[0]!)), bytes);
  });

  it('without an identity: a clear message, exit 2, nothing written', () => {
    const target = folder.path('tanpa-kode.xlsx');
    const result = sakip('import', foreign, '--out', target, '--lang', 'en');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /OPD identity not found \(Kode OPD/);
    assert.equal(existsSync(target), false);
  });

  it('a file with its own criteria structure is not converted (IMPORT_NOT_CONVERTIBLE, exit 1)', async () => {
    const own = folder.path('kke-trenggalek-bentuk.xlsx');
    await writeForeignLkeXlsx(own, foreignLke());
    const target = folder.path('TRENGGALEK.xlsx');
    const result = sakip('import', own, '--out', target, '--kode', 'BAPPEDA', '--tahun', '2025', '--periode', '12');
    assert.equal(result.status, 1);
    assert.match(result.stdout, /IMPORT_NOT_CONVERTIBLE/);
    assert.equal(existsSync(target), false);
  });

  it('an answer with no equal on the model\'s scale: the nearest, the file\'s answer in Catatan, IMPORT_ANSWER_RESCALED', async () => {
    const rescaled = folder.path('kke-skala-lain.xlsx');
    await writeForeignLkeXlsx(rescaled, modelShapedLke(MODEL_88_2021, { ...answersFor(), '1.2.1': 'B' }));
    const target = folder.path('RESCALED.xlsx');
    const result = sakip('import', rescaled, '--out', target, '--kode', 'DINKES', '--tahun', '2025', '--periode', '5');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /IMPORT_ANSWER_RESCALED/);
    const rows = await lkeRows(target);
    assert.equal(rows.get('1.2.1')!.jawaban, 'B');
    assert.match(String(rows.get('1.2.1')!.catatan), /Jawaban berkas: B \(0,66\)/);
  });

  it('a wp-eval-sakip HTML export: the OPD named in its heading, found in the city\'s Daftar OPD, is the identity', async function () {
    const city = folder.path('kota.xlsx');
    await writeCityXlsx(city, baseCityFixture());
    const usulan: Record<string, string> = { '1.1.1': 'Y', '1.2.1': 'B', '2.1.1': 'T' };
    const page = wpEvalSakipExport({ variant: 'usulan_penetapan', usulan, penetapan: { '1.2.1': 'A' }, namaSkpd: 'DINAS KESEHATAN', tahun: 2025 });
    const html = folder.path('Pengisian LKE SAKIP.xls');
    writeFileSync(html, page.html);
    const target = folder.path('dari-html.xlsx');
    const result = sakip('import', html, '--out', target, '--city', city, '--periode', 'Mei');
    assert.equal(result.status, 0, result.stderr + result.stdout);
    assert.match(result.stdout, /judul ekspor wp-eval-sakip \("DINAS KESEHATAN", cocok dengan Daftar OPD\)/);
    const before = validateJson(html);
    const after = validateJson(target);
    assert.equal(after.score!.total, before.score!.total);
    const rows = await lkeRows(target);
    assert.equal(rows.get('1.2.1')!.jawaban, 'B');
    assert.match(String(rows.get('1.2.1')!.catatan), /Jawaban evaluator: A/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(target);
    assert.equal(workbook.getWorksheet('Profil')!.getCell('B2').value, 'DINKES');
    execFileSync(ooxmlCheckPath(this), [target], { stdio: 'pipe' });
  });

  it('an E.81 capaian form: every indicator written to Kinerja, with the same capaian', async function () {
    const fixture = e81Fixture();
    const { workbook } = e81Workbook(fixture);
    const e81 = folder.path('EVALUASI RENJA 2025.xlsx');
    await workbook.xlsx.writeFile(e81);
    const target = folder.path('BAPPEDA.xlsx');
    const result = sakip('import', e81, '--out', target, '--kode', 'BAPPEDA', '--periode', '2025-12');
    assert.equal(result.status, 0, result.stderr);
    const capaianOf = async (path: string) => {
      const read = await readWorkbookFile(path);
      const assessment = assessOpdWorkbook(read.table!);
      return assessment.workbook.indicators.map((indicator, i) => [indicator.indikator, indicator.realisasi.join(','), assessment.capaian[i]?.ok ? assessment.capaian[i]!.value : null]);
    };
    const before = await capaianOf(e81);
    assert.ok(before.length >= 5 && before.some(([, , value]) => value !== null));
    assert.deepEqual(await capaianOf(target), before);
    execFileSync(ooxmlCheckPath(this), [target], { stdio: 'pipe' });
  });
});
