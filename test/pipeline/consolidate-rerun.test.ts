/**
 * Re-running a month (issue 11): the bureau runs May, evaluators edit the output (saved by
 * LibreOffice, as an evaluator's office suite would), a late OPD sends its file, and the same
 * command runs again. Every evaluator entry is kept, the edited file is kept byte-for-byte as a
 * dated backup, and any other file at --out is refused unless --force.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { editEvaluator, loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { recalculateWithLibreOffice, sofficeAvailable } from '../support/libreoffice';
import { sakip } from '../support/sakip-cli';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';


const entriesOf = async (path: string): Promise<string[]> =>
  records(await loadXlsx(path), 'LKE')
    .filter((r) => r['Jawaban Evaluator'] !== '' || r['Catatan Evaluator'] !== '')
    .map((r) => `${String(r['Kode OPD'])} ${String(r.Kode)} ${String(r['Jawaban Evaluator'])} ${String(r['Catatan Evaluator'])}`)
    .sort();

/** Edits the evaluator columns and saves the file through LibreOffice, over `path`. */
async function editThroughLibreOffice(path: string, edits: Parameters<typeof editEvaluator>[1]): Promise<void> {
  const draft = `${path}.draft.xlsx`;
  await copyFile(path, draft);
  await editEvaluator(draft, edits);
  const saved = await recalculateWithLibreOffice(draft);
  await copyFile(saved, path);
}

describe('sakip consolidate: re-running a month keeps the evaluators\' work', function () {
  this.timeout(240_000);
  let root: string;
  let city: string;
  let input: string;

  before(async () => {
    root = await tempFolder('rerun');
    input = join(root, 'masukan');
    await mkdir(input);
    city = await writeCity(root, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
    ]);
    await writeOpd(input, { kode: 'DINKES', answers: { '1.1.1': 'Y', '1.2.1': 'B' } });
  });

  it('re-runs to the same --out: every entry edited in LibreOffice is kept, the edited file is backed up byte for byte', async function () {
    if (!sofficeAvailable()) this.skip();
    const out = join(root, 'hasil', 'konsolidasi-2025-05.xlsx');
    await mkdir(join(root, 'hasil'));
    const args = ['consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05'];
    assert.equal(sakip(...args).status, 0);
    await editThroughLibreOffice(out, [
      { kodeOpd: 'DINKES', kode: '1.1.1', jawaban: 'T', catatan: 'Dokumen belum ditetapkan' },
      { kodeOpd: 'DINKES', kode: '1.2.1', catatan: 'Cek ulang' },
      { kodeOpd: 'DINKES', kode: '2.1.1', jawaban: 'T' },
      { kodeOpd: 'DINKES', kode: '3.1.1', jawaban: 'T', catatan: 'Bukti kurang' },
    ]);
    const edited = await readFile(out);
    const before = await entriesOf(out);
    assert.equal(before.length, 4);

    // A late OPD sends its file; the bureau runs the same command again.
    await writeOpd(input, { kode: 'DISDIK' });
    const again = sakip(...args);
    assert.equal(again.status, 0, again.stdout + again.stderr);
    assert.deepEqual(await entriesOf(out), before);
    const backups = (await readdir(join(root, 'hasil'))).filter((f) => /^konsolidasi-2025-05\.bak-\d{8}-\d{6}\.xlsx$/.test(f));
    assert.equal(backups.length, 1, String(await readdir(join(root, 'hasil'))));
    assert.deepEqual(await readFile(join(root, 'hasil', backups[0]!)), edited);
    assert.match(again.stdout, /Entri evaluator dipertahankan dari --out\s+4/);
    assert.match(again.stdout, new RegExp(`Cadangan berkas lama\\s+.*${backups[0]!.replace(/\./g, '\\.')}`));
    // Nothing changed in DINKES's answers: nothing to review.
    const lke = records(await loadXlsx(out), 'LKE');
    assert.deepEqual(lke.filter((r) => r['Perlu Ditinjau'] !== ''), []);
    assert.equal(records(await loadXlsx(out), 'Ringkasan').find((r) => r['Kode OPD'] === 'DISDIK')!.Status, 'Lengkap');
  });

  it('refuses any other existing file at --out with exit 2, and with --force overwrites it after a backup', async () => {
    const out = join(root, 'laporan.xlsx');
    await copyFile(city, out);
    const bytes = await readFile(out);
    const refused = sakip('consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--out .*laporan\.xlsx sudah ada dan bukan workbook konsolidasi .*; pakai --force/);
    assert.deepEqual(await readFile(out), bytes);
    const forced = sakip('consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05', '--force');
    const said = `exit ${String(forced.status)}\n${forced.stdout}\n${forced.stderr}`;
    assert.equal(forced.status, 0, said);
    const listing = await readdir(root);
    const backups = listing.filter((f) => f.startsWith('laporan.bak-'));
    assert.equal(backups.length, 1, `${listing.join(', ')}\n${said}`);
    assert.match(forced.stdout, new RegExp(`Cadangan berkas lama\\s+.*${backups[0]!.replace(/\./g, '\\.')}`));
    assert.deepEqual(await readFile(join(root, backups[0]!)), bytes);
  });

  it('refuses a consolidation of another period at --out (exit 2), naming both periods', async () => {
    const out = join(root, 'april.xlsx');
    assert.notEqual(sakip('consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-04').status, 2);
    const refused = sakip('consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /konsolidasi periode 2025-04, bukan 2025-05/);
  });

  it('reads the consolidation at --out with the consolidation-sized limits, not an OPD file\'s', async () => {
    // An OPD file may be at most 30 KB here; this consolidation is larger, and is still recognised as this month's.
    const out = join(root, 'besar.xlsx');
    const request = { city, input, out, period: { year: 2025, month: 5 }, read: { limits: { maxFileBytes: 30_000 } } };
    assert.equal((await runConsolidation(request)).kind, 'done');
    assert.ok((await stat(out)).size > 30_000);
    const again = await runConsolidation(request);
    assert.equal(again.kind, 'done');
    assert.match(again.kind === 'done' ? again.backup ?? '' : '', /besar\.bak-\d{8}-\d{6}\.xlsx$/);
  });

  it('refuses a text file at --out', async () => {
    const out = join(root, 'catatan.xlsx');
    await writeFile(out, 'bukan workbook');
    const refused = sakip('consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /sudah ada dan bukan workbook konsolidasi/);
  });
});
