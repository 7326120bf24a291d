/**
 * An evaluator answer off the scale (`X` pasted past the dropdown): a finding (file, sheet, cell,
 * the value, the allowed answers) in Temuan and on the console, in the month it is read and in
 * every month it is carried; the OPD's Ringkasan row says why its evaluator total is missing.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { editEvaluator, loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { sakip } from '../support/sakip-cli';

describe('sakip consolidate: an evaluator answer off the scale', function () {
  this.timeout(180_000);
  let root: string;
  let city: string;
  const out = (month: number): string => join(root, `konsolidasi-2025-0${month}.xlsx`);
  async function run(month: number, previous?: string) {
    const input = join(root, `masukan-0${month}`);
    await mkdir(input, { recursive: true });
    await writeOpd(input, { kode: 'DINKES', month });
    await writeOpd(input, { kode: 'DISDIK', month });
    return sakip('consolidate', '--city', city, '--input', input, '--out', out(month), '--period', `2025-0${month}`, ...(previous ? ['--previous', previous] : []));
  }

  before(async () => {
    root = await tempFolder('offscale');
    city = await writeCity(root, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
    ]);
    assert.equal((await run(3)).status, 0);
    await editEvaluator(out(3), [{ kodeOpd: 'DINKES', kode: '1.1.1', jawaban: 'X' }]);
  });

  it('is a finding in the month it is read and every month it is carried, with the cell, the value and the allowed answers', async () => {
    for (const month of [4, 5]) {
      const result = await run(month, out(month - 1));
      assert.equal(result.status, 1, result.stderr);
      const from = `konsolidasi-2025-0${month - 1}.xlsx`;
      assert.match(result.stdout, new RegExp(`${from.replace(/\./g, '\\.')}\\s+LKE\\s+G\\d+\\s+Error\\s+EVALUATOR_ANSWER_INVALID\\s+Jawaban Evaluator "X" .*DINKES.*1\\.1\\.1.*pilihan: Y, T`));
      const workbook = await loadXlsx(out(month));
      const temuan = records(workbook, 'Temuan').filter((r) => r.Kode === 'EVALUATOR_ANSWER_INVALID');
      assert.equal(temuan.length, 1);
      assert.equal(temuan[0]!.Berkas, from);
      assert.equal(temuan[0]!.Lembar, 'LKE');
      assert.match(String(temuan[0]!.Sel), /^G\d+$/);
      const dinkes = records(workbook, 'Ringkasan').find((r) => r['Kode OPD'] === 'DINKES')!;
      assert.equal(dinkes['Nilai Evaluator'], '#N/A');
      assert.match(String(dinkes.Keterangan), /Jawaban Evaluator di luar skala: 1\.1\.1 "X"/);
      assert.equal(typeof records(workbook, 'Ringkasan').find((r) => r['Kode OPD'] === 'DISDIK')!['Nilai Evaluator'], 'number');
    }
  });
});
