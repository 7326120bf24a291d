/**
 * A criterion scored per required document (city Model LKE `Y/T per dokumen`), submitted as a
 * foreign hierarchical LKE with one Y/T row per document: the consolidated LKE sheet shows the
 * OPD's answer as the share of documents answered Y and each document's answer (`2/3 dokumen
 * (Y;T;Y)`), beside its value; next month the same documents do not flag the row for review.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { editEvaluator, loadXlsx, records, tempFolder, writeCity } from '../support/consolidate-scenario';
import { modelShapedLke, writeForeignLkeXlsx } from '../support/foreign-lke-fixture';
import { writeOpd } from '../support/consolidate-scenario';
import { sakip } from '../support/sakip-cli';

describe('sakip consolidate: a per-document criterion from a foreign LKE', function () {
  this.timeout(180_000);

  it('shows the OPD answer as the share of documents answered Y, with the value the documents give', async () => {
    const root = await tempFolder('perdokumen');
    const city = await writeCity(root, [], (f) => {
      f.daftarOpd = [
        ['Kode OPD', 'Nama OPD', 'Berkas'],
        ['DINKES', 'Dinas Kesehatan', 'kke-dinkes'],
        ['DISDIK', 'Dinas Pendidikan', ''],
      ];
      f.model = [['Kode', 'Uraian', 'Tipe'], ...MODEL_88_2021.criteria.map((c) => [c.code, c.text, c.code === '1.1.1' ? 'Y/T per dokumen' : c.type])];
    });
    const input = join(root, 'masukan');
    await mkdir(input, { recursive: true });
    const answers: Record<string, string> = { '1.1.2': 'Y', '1.2.1': 'A' };
    const documents = { '1.1.1': [['Renstra', 'Y'], ['Renja', 'T'], ['Pohon kinerja', 'Y']] as const };
    await writeForeignLkeXlsx(join(input, 'kke-dinkes-2025.xlsx'), modelShapedLke(MODEL_88_2021, answers, { documents }));
    await writeOpd(input, { kode: 'DISDIK', month: 5 });
    const out = join(root, 'konsolidasi.xlsx');
    const result = sakip('consolidate', '--city', city, '--input', input, '--out', out, '--period', '2025-05');
    assert.notEqual(result.status, 2, result.stderr + result.stdout);
    const rows = records(await loadXlsx(out), 'LKE');
    const row = (kode: string) => rows.find((r) => r['Kode OPD'] === 'DINKES' && r.Kode === kode)!;
    assert.ok(row('1.1.1'), 'DINKES is consolidated');
    assert.equal(row('1.1.1')['Jawaban OPD'], '2/3 dokumen (Y;T;Y)');
    assert.ok(Math.abs(Number(row('1.1.1')['Nilai OPD']) - 2 / 3) < 1e-9);
    assert.ok(Math.abs(Number(row('1.1.1')['Nilai Akhir']) - 2 / 3) < 1e-9);
    assert.equal(row('1.1.2')['Jawaban OPD'], 'Y');

    // June: the evaluator's entry carries over while the documents stay; a changed document flags the row.
    await editEvaluator(out, [{ kodeOpd: 'DINKES', kode: '1.1.1', jawaban: 'T', catatan: 'Renja belum ada' }]);
    const june = async (docs: readonly (readonly [string, string])[], name: string) => {
      const folder = join(root, name);
      await mkdir(folder, { recursive: true });
      await writeForeignLkeXlsx(join(folder, 'kke-dinkes-2025.xlsx'), modelShapedLke(MODEL_88_2021, answers, { documents: { '1.1.1': docs } }));
      await writeOpd(folder, { kode: 'DISDIK', month: 6 });
      const target = join(root, `${name}.xlsx`);
      const run = sakip('consolidate', '--city', city, '--input', folder, '--out', target, '--period', '2025-06', '--previous', out);
      assert.notEqual(run.status, 2, run.stderr);
      return records(await loadXlsx(target), 'LKE').find((r) => r['Kode OPD'] === 'DINKES' && r.Kode === '1.1.1')!;
    };
    const same = await june(documents['1.1.1'], 'juni-sama');
    assert.equal(same['Jawaban Evaluator'], 'T');
    assert.equal(same['Perlu Ditinjau'], '');
    const changed = await june([['Renstra', 'Y'], ['Renja', 'Y'], ['Pohon kinerja', 'Y']], 'juni-berubah');
    assert.equal(changed['Jawaban OPD'], '3/3 dokumen (Y;Y;Y)');
    assert.equal(changed['Perlu Ditinjau'], 'Ya (sebelumnya 2/3 dokumen (Y;T;Y))');
  });
});
