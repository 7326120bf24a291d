/**
 * What the bureau is told (issue 11): the console summary and --json list the OPDs per status with
 * the finding that blocked each Ditolak / Tidak Lengkap one, and the Perlu Ditinjau count;
 * Ringkasan says why in `Keterangan`; Temuan has `Kode OPD` and lists Errors first.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadXlsx, records, tempFolder, writeCity, writeOpd, FOUR_OPDS } from '../support/consolidate-scenario';
import { sakip } from '../support/sakip-cli';

describe('sakip consolidate: what the bureau is told', function () {
  this.timeout(120_000);
  let args: string[];
  let out: string;

  before(async () => {
    const root = await tempFolder('told');
    const input = join(root, 'masukan');
    await mkdir(input);
    const city = await writeCity(root, FOUR_OPDS);
    await writeOpd(input, { kode: 'DINKES' });
    await writeOpd(input, { kode: 'DISDIK', answers: { '4.2.2': '' } });
    await writeOpd(input, { kode: 'BAPPEDA', answers: { '1.1.1': 'Z' } });
    out = join(root, 'hasil.xlsx');
    args = ['consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05'];
  });

  it('lists the OPDs per status with the blocking finding, and the Perlu Ditinjau count, on the console', () => {
    const result = sakip(...args);
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /Baris Perlu Ditinjau\s+0/);
    assert.match(result.stdout, /Ditolak \(1\):\n {2}BAPPEDA Bappeda — Lembar LKE sel \w+\d+: Jawaban "Z" tidak sah untuk kriteria 1\.1\.1/);
    assert.match(result.stdout, /Tidak Lengkap \(1\):\n {2}DISDIK Dinas Pendidikan — Lembar LKE sel \w+\d+: Kriteria 4\.2\.2 belum dijawab/);
    assert.match(result.stdout, /Belum Mengirim \(1\):\n {2}DISHUB Dinas Perhubungan\n/);
  });

  it('gives the same lists in --json', () => {
    const json = JSON.parse(sakip(...args, '--json', '--force').stdout) as {
      perluDitinjau: number;
      opds: { list: Record<string, { kodeOpd: string; keterangan: string; finding: { code: string; cell?: string } | null }[]> };
    };
    assert.equal(json.perluDitinjau, 0);
    assert.deepEqual(json.opds.list.Lengkap!.map((o) => o.kodeOpd), ['DINKES']);
    assert.equal(json.opds.list.Ditolak![0]!.finding!.code, 'LKE_ANSWER_INVALID');
    assert.equal(json.opds.list['Tidak Lengkap']![0]!.finding!.code, 'LKE_UNANSWERED');
    assert.equal(json.opds.list['Belum Mengirim']![0]!.finding!.code, 'OPD_NOT_SUBMITTED');
  });

  it('writes the reason in Ringkasan Keterangan, Kode OPD in Temuan, Errors first', async () => {
    const workbook = await loadXlsx(out);
    const ringkasan = records(workbook, 'Ringkasan');
    const keterangan = (kode: string): string => String(ringkasan.find((r) => r['Kode OPD'] === kode)!.Keterangan);
    assert.equal(keterangan('DINKES'), '');
    assert.match(keterangan('BAPPEDA'), /^Lembar LKE sel \w+\d+: Jawaban "Z" tidak sah/);
    assert.match(keterangan('DISDIK'), /Kriteria 4\.2\.2 belum dijawab/);
    assert.match(keterangan('DISHUB'), /belum mengirim/i);
    const temuan = records(workbook, 'Temuan');
    const firstWarning = temuan.findIndex((r) => r.Tingkat === 'Peringatan');
    assert.ok(firstWarning > 0);
    assert.ok(temuan.slice(firstWarning).every((r) => r.Tingkat === 'Peringatan'));
    assert.equal(temuan.find((r) => r.Kode === 'LKE_ANSWER_INVALID')!['Kode OPD'], 'BAPPEDA');
    assert.equal(temuan.find((r) => r.Kode === 'OPD_NOT_SUBMITTED')!['Kode OPD'], 'DISHUB');
    assert.equal(temuan.find((r) => r.Kode === 'LKE_UNANSWERED')!['Kode OPD'], 'DISDIK');
  });
});
