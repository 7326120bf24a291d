/** Each OPD and file status of a consolidation, with the findings that explain it. */
import assert from 'node:assert/strict';
import { mkdir, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { run } from '../../pipeline/commands/consolidate';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';

/** Runs the command with stdout/stderr captured. */
async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

describe('sakip consolidate: statuses', function () {
  this.timeout(60_000);
  let root: string;
  let input: string;
  let city: string;
  let workbook: ExcelJS.Workbook;
  let cli: { code: number; stdout: string; stderr: string };

  before(async () => {
    root = await tempFolder('status');
    input = join(root, 'masukan');
    await mkdir(input);
    city = await writeCity(root, [
      ['LENGKAP', 'Dinas Lengkap'],
      ['KURANG', 'Dinas Kurang'],
      ['BADLKE', 'Dinas LKE Salah'],
      ['TAHUN', 'Dinas Tahun Salah'],
      ['BULAN', 'Dinas Bulan Salah'],
      ['MODEL', 'Dinas Model Lain'],
      ['GANDA', 'Dinas Ganda'],
      ['BELUM', 'Dinas Belum Mengirim'],
    ]);
    await writeOpd(input, { kode: 'LENGKAP' });
    await writeOpd(input, { kode: 'KURANG', answers: { '1.1.1': '', '4.3.5': '' } });
    await writeOpd(input, { kode: 'BADLKE', answers: { '1.1.2': 'B' } });
    await writeOpd(input, { kode: 'TAHUN', tahun: 2024 });
    await writeOpd(input, { kode: 'BULAN', month: 4 });
    await writeOpd(input, { kode: 'MODEL', model: '12/2015' });
    await writeOpd(input, { kode: 'GANDA' }, 'ganda-1.xlsx');
    // Two different workbooks claiming one OPD (identical copies count once: consolidate-input-folder.test.ts).
    await writeOpd(input, { kode: 'GANDA', answers: { '1.1.1': 'T' } }, 'ganda-2.xlsx');
    await writeOpd(input, { kode: 'LUAR' }, 'luar.xlsx');
    await writeFile(join(input, 'rusak.xlsx'), 'this is not a zip');
    await writeFile(join(input, 'catatan.txt'), 'catatan rapat');
    await writeFile(join(input, 'lama.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await copyFile(join(input, 'lengkap.xlsx'), join(input, '~$lengkap.xlsx'));
    cli = await runCli(['--city', city, '--input', input, '--out', join(root, 'hasil.xlsx'), '--period', '2025-05']);
    workbook = await loadXlsx(join(root, 'hasil.xlsx'));
  });

  it('exits 1 (error findings) and prints the summary', () => {
    assert.equal(cli.code, 1);
    assert.match(cli.stdout, /OPD dinilai\s+2/);
    assert.match(cli.stdout, /Belum Mengirim\s+1/);
    assert.match(cli.stdout, /Ditolak\s+5/);
  });

  it('gives every listed OPD its status, unscored ones with empty scores (never 0)', () => {
    const ringkasan = records(workbook, 'Ringkasan');
    assert.deepEqual(
      ringkasan.map((r) => [r['Kode OPD'], r.Status]),
      [
        ['LENGKAP', 'Lengkap'],
        ['KURANG', 'Tidak Lengkap'],
        ['BADLKE', 'Ditolak'],
        ['TAHUN', 'Ditolak'],
        ['BULAN', 'Ditolak'],
        ['MODEL', 'Ditolak'],
        ['GANDA', 'Ditolak'],
        ['BELUM', 'Belum Mengirim'],
      ],
    );
    for (const row of ringkasan.slice(2)) {
      for (const column of ['Perencanaan', 'Nilai OPD', 'Predikat OPD', 'Nilai Evaluator', 'Predikat Evaluator', 'Peringkat', 'Capaian IKU', 'Perubahan']) {
        assert.equal(row[column], '', `${String(row['Kode OPD'])} ${column}`);
      }
    }
    const kurang = ringkasan[1]!;
    // 1.1.1 (sub 1.1: 6/7 × 6) and 4.3.5 (sub 4.3: 4/5 × 12.5) unanswered: 100 − 6/7 − 2.5.
    assert.equal(kurang['Nilai Evaluator'], 96.6428571429);
    assert.equal(kurang['Temuan Peringatan'], 2);
    assert.ok((ringkasan.find((r) => r['Kode OPD'] === 'BELUM')!['Temuan Peringatan'] as number) >= 1);
    assert.ok(!ringkasan.some((r) => r['Kode OPD'] === 'LUAR'), 'an unlisted OPD has no Ringkasan row');
  });

  it('explains each rejection in Temuan', () => {
    const temuan = records(workbook, 'Temuan');
    const codes = (file: string) => temuan.filter((r) => r.Berkas === file).map((r) => r.Kode);
    assert.ok(codes('badlke.xlsx').includes('LKE_ANSWER_INVALID'));
    assert.ok(codes('tahun.xlsx').includes('YEAR_MISMATCH'));
    assert.ok(codes('bulan.xlsx').includes('PERIOD_MISMATCH'));
    assert.ok(codes('model.xlsx').includes('MODEL_MISMATCH'));
    assert.ok(codes('ganda-1.xlsx').includes('OPD_DUPLICATE'));
    assert.ok(codes('ganda-2.xlsx').includes('OPD_DUPLICATE'));
    assert.deepEqual(codes('luar.xlsx'), ['OPD_NOT_LISTED']);
    assert.deepEqual(codes('rusak.xlsx'), ['FILE_UNREADABLE']);
    assert.deepEqual(codes('catatan.txt'), ['FILE_IGNORED']);
    assert.deepEqual(codes('~$lengkap.xlsx'), ['FILE_IGNORED']);
    assert.deepEqual(codes('lama.xls'), ['FILE_FORMAT_UNSUPPORTED']);
    assert.ok(temuan.some((r) => r.Kode === 'OPD_NOT_SUBMITTED' && String(r.Pesan).includes('BELUM')));
    const unlisted = temuan.find((r) => r.Kode === 'OPD_NOT_LISTED')!;
    assert.equal(unlisted.Tingkat, 'Error');
    assert.equal(unlisted.Lembar, 'Profil');
  });

  it('links Temuan rows to the source file and cell (relative link, cell as the location)', () => {
    const sheet = workbook.getWorksheet('Temuan')!;
    let found = false;
    sheet.eachRow((row, r) => {
      if (r === 1 || row.getCell(5).value !== 'LKE_ANSWER_INVALID') return;
      found = true;
      const berkas = row.getCell(1).value as ExcelJS.CellHyperlinkValue;
      assert.equal(berkas.hyperlink, 'masukan/badlke.xlsx');
      const sel = row.getCell(3).value as ExcelJS.CellHyperlinkValue;
      assert.match(sel.text, /^C\d+$/);
      // exceljs reads the relationship target; the cell is in the hyperlink's location attribute.
      assert.equal(sel.hyperlink, 'masukan/badlke.xlsx');
    });
    assert.ok(found);
  });

  it('lists every file in Sumber with its status', () => {
    const sumber = records(workbook, 'Sumber');
    assert.deepEqual(
      sumber.map((r) => [r.Berkas, r['Kode OPD'], r.Status]),
      [
        ['badlke.xlsx', 'BADLKE', 'Ditolak'],
        ['bulan.xlsx', 'BULAN', 'Ditolak'],
        ['catatan.txt', '', 'Diabaikan'],
        ['ganda-1.xlsx', 'GANDA', 'Ditolak'],
        ['ganda-2.xlsx', 'GANDA', 'Ditolak'],
        ['kurang.xlsx', 'KURANG', 'Dibaca'],
        ['lama.xls', '', 'Tidak Terbaca'],
        ['lengkap.xlsx', 'LENGKAP', 'Dibaca'],
        ['luar.xlsx', 'LUAR', 'Ditolak'],
        ['model.xlsx', 'MODEL', 'Ditolak'],
        ['rusak.xlsx', '', 'Tidak Terbaca'],
        ['tahun.xlsx', 'TAHUN', 'Ditolak'],
        ['~$lengkap.xlsx', '', 'Diabaikan'],
      ],
    );
    for (const row of sumber) assert.match(String(row['SHA-256']), /^[0-9a-f]{64}$/);
    assert.equal(sumber.find((r) => r.Berkas === 'catatan.txt')!.Ukuran, 13);
  });

  it('scores only Lengkap and Tidak Lengkap OPDs on LKE, Kinerja and Rekomendasi', () => {
    const kode = (sheet: string) => [...new Set(records(workbook, sheet).map((r) => r['Kode OPD']))];
    assert.deepEqual(kode('LKE'), ['LENGKAP', 'KURANG']);
    assert.deepEqual(kode('Kinerja'), ['LENGKAP', 'KURANG']);
    assert.deepEqual(kode('Rekomendasi'), ['LENGKAP', 'KURANG']);
  });

  it('derives the period from the majority of the workbooks when --period is absent', async () => {
    const outcome = await runConsolidation({ city, input, out: join(root, 'tanpa-periode.xlsx') });
    assert.equal(outcome.kind, 'done');
    if (outcome.kind !== 'done') return;
    assert.equal(outcome.periodDerived, true);
    assert.equal(outcome.consolidation.periode, '2025-05');
  });

  it('refuses to overwrite an input, to write into the input folder, and a bad --previous (exit 2)', async () => {
    const base = ['--city', city, '--input', input];
    assert.equal((await runCli([...base, '--out', city])).code, 2);
    assert.equal((await runCli([...base, '--out', join(input, 'hasil.xlsx')])).code, 2);
    assert.equal((await runCli([...base, '--out', join(root, 'a.xlsx'), '--previous', join(root, 'a.xlsx')])).code, 2);
    const previousIsCity = await runCli([...base, '--out', join(root, 'b.xlsx'), '--previous', city]);
    assert.equal(previousIsCity.code, 2);
    assert.match(previousIsCity.stderr, /bukan workbook konsolidasi/);
    const previous = join(root, 'hasil.xlsx');
    assert.equal((await runCli([...base, '--out', previous, '--previous', previous])).code, 2);
    assert.equal((await runCli([...base, '--out', join(root, 'c.xlsx'), '--period', '2024-05'])).code, 2);
    assert.equal((await runCli(['--input', input, '--out', join(root, 'd.xlsx')])).code, 2);
  });

  it('prints the summary as JSON with --json and in English with --lang en', async () => {
    const json = await runCli(['--city', city, '--input', input, '--out', join(root, 'json.xlsx'), '--period', '2025-05', '--json']);
    const summary = JSON.parse(json.stdout) as { opds: { scored: number; byStatus: Record<string, number> }; files: { byStatus: Record<string, number> }; findings: { errors: number } };
    assert.equal(summary.opds.scored, 2);
    assert.deepEqual(summary.opds.byStatus, { Lengkap: 1, 'Tidak Lengkap': 1, Ditolak: 5, 'Belum Mengirim': 1 });
    assert.deepEqual(summary.files.byStatus, { Dibaca: 2, Ditolak: 7, 'Tidak Terbaca': 2, Diabaikan: 2 });
    assert.ok(summary.findings.errors > 0);
    const en = await runCli(['--city', city, '--input', input, '--out', join(root, 'en.xlsx'), '--period', '2025-05', '--lang', 'en']);
    assert.match(en.stdout, /OPDs scored\s+2/);
  });
});
