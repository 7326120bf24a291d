/**
 * Input folders as they really arrive (issue 11): per-OPD subfolders, symlinks, names that are not
 * UTF-8, lock and system files, last month's consolidation or the city workbook left in the
 * folder, the same file twice; an empty folder or an empty Daftar OPD; and what --previous must be.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { sakip } from '../support/sakip-cli';

const CITY = [
  ['DINKES', 'Dinas Kesehatan'],
  ['DISDIK', 'Dinas Pendidikan'],
  ['BAPPEDA', 'Bappeda'],
  ['DISHUB', 'Dinas Perhubungan'],
  ['DPMPTSP', 'Dinas Penanaman Modal'],
] as const;

describe('sakip consolidate: input folders as they arrive', function () {
  this.timeout(180_000);
  let root: string;
  let city: string;
  let input: string;
  let result: ReturnType<typeof sakip>;
  let out: string;

  before(async () => {
    root = await tempFolder('folders');
    city = await writeCity(root, CITY);
    input = join(root, 'masukan');
    await mkdir(join(input, 'DINKES', 'mei'), { recursive: true });
    await writeOpd(join(input, 'DINKES', 'mei'), { kode: 'DINKES' });
    await mkdir(join(input, 'a', 'b', 'c', 'd'), { recursive: true });
    await writeOpd(join(input, 'a', 'b', 'c', 'd'), { kode: 'DISHUB' }); // too deep
    // A symlinked file (read) and a broken one (listed).
    const elsewhere = join(root, 'lain');
    await mkdir(elsewhere);
    await symlink(await writeOpd(elsewhere, { kode: 'DISDIK' }), join(input, 'disdik.xlsx'));
    await symlink(join(root, 'tidak-ada.xlsx'), join(input, 'rusak.xlsx'));
    // A name that is not valid UTF-8 (Latin-1 "é" from an old zip).
    const latin1 = Buffer.concat([Buffer.from(input + '/bappeda-'), Buffer.from([0xe9]), Buffer.from('.xlsx')]);
    await copyFile(await writeOpd(elsewhere, { kode: 'BAPPEDA' }), latin1);
    // Lock and system files.
    await writeFile(join(input, '~$dinkes.xlsx'), 'lock');
    await writeFile(join(input, '.~lock.dinkes.xlsx#'), 'lock');
    await writeFile(join(input, 'Thumbs.db'), 'thumbs');
    await writeFile(join(input, '.DS_Store'), 'ds');
    // The city workbook and last month's consolidation left in the folder; the same file twice.
    await copyFile(city, join(input, 'kota-lama.xlsx'));
    const april = join(root, 'konsolidasi-2025-04.xlsx');
    await writeOpd(input, { kode: 'DPMPTSP' });
    assert.notEqual(sakip('consolidate', '--city', city, '--input', input, '--out', april, '--period', '2025-04').status, 2);
    await copyFile(april, join(input, 'konsolidasi-2025-04.xlsx'));
    await copyFile(join(input, 'dpmptsp.xlsx'), join(input, 'dpmptsp (1).xlsx'));
    out = join(root, 'hasil.xlsx');
    result = sakip('consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05');
  });

  it('reads subfolders (depth-limited), symlinked files and non-UTF-8 names; every OPD that sent a file is scored', async () => {
    assert.equal(result.status, 0, result.stdout + result.stderr);
    const ringkasan = records(await loadXlsx(out), 'Ringkasan');
    const status = Object.fromEntries(ringkasan.map((r) => [r['Kode OPD'], r.Status]));
    assert.deepEqual(status, { DINKES: 'Lengkap', DISDIK: 'Lengkap', BAPPEDA: 'Lengkap', DISHUB: 'Belum Mengirim', DPMPTSP: 'Lengkap' });
  });

  it('lists every skipped file in Sumber with the reason', async () => {
    const sumber = records(await loadXlsx(out), 'Sumber');
    const why = (file: string): string => {
      const row = sumber.find((r) => r.Berkas === file);
      assert.ok(row, `${file} in Sumber: ${sumber.map((r) => String(r.Berkas)).join(', ')}`);
      return `${String(row.Status)}: ${String(row.Keterangan)}`;
    };
    assert.match(why('DINKES/mei/dinkes.xlsx'), /^Dibaca/);
    assert.match(why('a/b/c/d'), /^Diabaikan: .*lebih dalam dari 3 tingkat/);
    assert.match(why('disdik.xlsx'), /^Dibaca/);
    assert.match(why('rusak.xlsx'), /^Diabaikan: .*tautan .*tujuannya tidak ada/);
    assert.match(why('bappeda-é.xlsx'), /^Dibaca/);
    assert.match(why('~$dinkes.xlsx'), /^Diabaikan: .*kunci sementara Excel/);
    assert.match(why('.~lock.dinkes.xlsx#'), /^Diabaikan: .*kunci LibreOffice/);
    assert.match(why('Thumbs.db'), /^Diabaikan: .*Windows/);
    assert.match(why('.DS_Store'), /^Diabaikan: .*macOS/);
    assert.match(why('kota-lama.xlsx'), /^Diabaikan: workbook konfigurasi kota/);
    assert.match(why('konsolidasi-2025-04.xlsx'), /^Diabaikan: workbook konsolidasi/);
    assert.match(why('dpmptsp (1).xlsx'), /^Diabaikan: salinan identik dari dpmptsp\.xlsx/);
  });

  it('gives a stray city or consolidated workbook one line, not a flood of findings', async () => {
    const temuan = records(await loadXlsx(out), 'Temuan');
    for (const file of ['kota-lama.xlsx', 'konsolidasi-2025-04.xlsx', 'dpmptsp (1).xlsx']) {
      assert.deepEqual(temuan.filter((r) => r.Berkas === file).map((r) => r.Kode), ['FILE_IGNORED'], file);
    }
  });

  it('exits 1 with a clear message for an empty folder, and for one where no listed OPD submitted', async () => {
    const empty = join(root, 'kosong');
    await mkdir(empty);
    const none = sakip('consolidate', '--city', city, '--input', empty, '--out', join(root, 'kosong.xlsx'), '--period', '2025-05');
    assert.equal(none.status, 1);
    assert.match(none.stderr, /tidak berisi workbook \.xlsx/);
    assert.deepEqual((await readdir(root)).filter((f) => f === 'kosong.xlsx'), []);
    const stranger = join(root, 'lain-kota');
    await mkdir(stranger);
    await writeOpd(stranger, { kode: 'DISPORA' });
    const unlisted = sakip('consolidate', '--city', city, '--input', stranger, '--out', join(root, 'lain.xlsx'), '--period', '2025-05');
    assert.equal(unlisted.status, 1);
    assert.match(unlisted.stderr, /tidak ada OPD dari Daftar OPD yang mengirim workbook/);
  });

  it('refuses an empty Daftar OPD as a configuration error (exit 2)', async () => {
    const folder = join(root, 'kota-kosong');
    const emptyCity = await writeCity(folder, []);
    const run = sakip('consolidate', '--city', emptyCity, '--input', input, '--out', join(root, 'x.xlsx'), '--period', '2025-05');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /CITY_OPD_LIST_EMPTY/);
    assert.match(run.stderr, /Daftar OPD kosong/);
  });
});

describe('sakip consolidate: what --previous must be', function () {
  this.timeout(120_000);
  let root: string;
  let city: string;
  let input: string;
  const run = (...extra: string[]) => sakip('consolidate', '--city', city, '--input', input, '--out', join(root, 'mei.xlsx'), '--period', '2025-05', ...extra);

  before(async () => {
    root = await tempFolder('previous');
    city = await writeCity(root, [['DINKES', 'Dinas Kesehatan']]);
    input = join(root, 'masukan');
    await mkdir(input);
    await writeOpd(input, { kode: 'DINKES' });
  });

  it('refuses a consolidation of the same or a later period (exit 2), saying which', async () => {
    for (const month of ['05', '06']) {
      const other = join(root, `konsolidasi-2025-${month}.xlsx`);
      assert.notEqual(sakip('consolidate', '--city', city, '--input', input, '--out', other, '--period', `2025-${month}`).status, 2);
      const refused = run('--previous', other);
      assert.equal(refused.status, 2);
      assert.match(refused.stderr, month === '05' ? /--previous .* periode 2025-05, sama dengan periode ini/ : /--previous .* periode 2025-06, sesudah periode 2025-05/);
    }
  });

  it('refuses a consolidation of another city (exit 2)', async () => {
    const folder = join(root, 'kota-lain');
    const otherCity = await writeCity(folder, [['DINKES', 'Dinas Kesehatan']], (c) => (c.kota[1]![1] = 'Kota Lain'));
    const april = join(folder, 'april.xlsx');
    assert.notEqual(sakip('consolidate', '--city', otherCity, '--input', input, '--out', april, '--period', '2025-04').status, 2);
    const refused = run('--previous', april);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--previous .* adalah konsolidasi Kota Lain, bukan /);
  });

  it('blames --previous, not the city configuration, for a file that is not a workbook', async () => {
    const bogus = join(root, 'bukan.xlsx');
    await writeFile(bogus, 'ini bukan workbook');
    const refused = run('--previous', bogus);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--previous bukan\.xlsx tidak dapat dipakai/);
    assert.doesNotMatch(refused.stderr, /Konfigurasi kota/);
  });

  it('cleans the temporary file a killed run left, on the next run', async () => {
    const out = join(root, 'mei.xlsx');
    const child = spawn(process.execPath, [join(__dirname, '..', '..', 'bin', 'sakip.js'), 'consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05'], {
      env: { ...process.env, SAKIP_TEST_PAUSE_BEFORE_RENAME: '60000' },
    });
    await new Promise<void>((resolve) => child.stderr.on('data', (d: Buffer) => String(d).includes('paused before rename') && resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    assert.equal((await readdir(root)).filter((f) => f.endsWith('.tmp')).length, 1);
    assert.equal(run().status, 0);
    assert.deepEqual((await readdir(root)).filter((f) => f.endsWith('.tmp')), []);
  });
});
