/**
 * `sakip report` on a consolidation scored with the city's own Model LKE (a renamed component, a
 * fourth sub-component, option values, M/BM, a percentage, akumulasi, a rule): the consolidation
 * records the model (sheet `Model LKE`, Keterangan `Model Dasar`), the report rebuilds it and
 * agrees with the workbook's totals; the next month reads it as --previous. A consolidation whose
 * city model cannot be rebuilt (sheet removed, or a row broken) exits 2 and writes nothing.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { lheFileName, writeReports } from '../../pipeline/report/write-reports';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { formatScore } from '../../shared/format/number-format';
import { round2 } from '../../shared/scoring/rounding';
import { loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { sakip } from '../support/sakip-cli';
import { ooxmlCheckPath } from '../support/ooxml-check';

const MODEL = 'LKE Kota Contoh 2025';

/** The city's Model LKE sheet: component 1 renamed, Evaluasi Internal in four sub-components. */
const MODEL_SHEET: (string | number)[][] = [
  ['Kode', 'Uraian', 'Tipe', 'Aturan', 'Bobot', 'Metode'],
  ['1', 'Perencanaan Kinerja Kota', '', '', '', ''],
  ['4.1', 'Pemenuhan', '', '', 5, ''],
  ['4.2', 'Kualitas', '', '', '7,5', ''],
  ['4.3', 'Pemanfaatan', '', '', 5, 'akumulasi'],
  ['4.4', 'Capaian Kinerja', '', '', '7,5', ''],
  ...MODEL_88_2021.criteria.filter((c) => c.component !== 4).map((c) => [c.code, c.text, c.type, '', '', '']),
  ['4.1.1', 'Evaluasi internal dilaksanakan', 'Y/T', '', '', ''],
  ['4.2.1', 'Evaluasi berjenjang', 'A=1; B=0,5; C=0', '', '', ''],
  ['4.3.1', 'Rekomendasi ditindaklanjuti', 'M/BM', '', 2, ''],
  ['4.3.2', 'Hasil evaluasi dimanfaatkan', '%', '', 3, ''],
  ['4.4.1', 'Target kinerja tercapai', 'A-D', '<= RATA(4.2)', '', ''],
];

/** An OPD's LKE sheet over the city model: every criterion answered (`answer` per type). */
function lkeOf(answer: (code: string, type: string) => string): (string | number)[][] {
  const grid: (string | number)[][] = [['Lembar Kerja Evaluasi SAKIP'], ['Kode', 'Uraian', 'Jawaban', 'Nilai', 'Catatan', 'Bukti Dukung']];
  for (const row of MODEL_SHEET.slice(1)) {
    const code = String(row[0]);
    if (code.split('.').length === 3) grid.push([code, String(row[1]), answer(code, String(row[2])), '', '', '']);
  }
  return grid;
}

const FIRST: Record<string, string> = { 'Y/T': 'Y', 'A-E': 'B', 'AA-E': 'A', 'A-D': 'A', 'M/BM': 'MEMADAI', '%': '80' };

function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe("sakip report: a consolidation of the city's own Model LKE", function () {
  this.timeout(600_000);
  let root: string;
  let may: string;

  before(async () => {
    root = await tempFolder('report-model');
    const input = join(root, 'mei');
    await mkdir(input);
    const city = await writeCity(root, [['DINKES', 'Dinas Kesehatan'], ['DISDIK', 'Dinas Pendidikan']], (f) => {
      f.kota.push(['Nama Model', MODEL]);
      f.model = MODEL_SHEET;
    });
    await writeOpd(input, { kode: 'DINKES', model: MODEL, edit: (f) => (f.lke = lkeOf((code, type) => (code === '4.2.1' ? 'B' : FIRST[type] ?? 'A'))) });
    await writeOpd(input, { kode: 'DISDIK', model: MODEL, edit: (f) => (f.lke = lkeOf((code, type) => (type === 'Y/T' ? 'T' : code === '4.2.1' ? 'C' : code === '4.3.2' ? '35' : FIRST[type] ?? 'A'))) });
    may = join(root, 'konsolidasi-2025-05.xlsx');
    const outcome = await runConsolidation({ city, input, out: may, period: { year: 2025, month: 5 }, now: new Date('2025-06-02T00:00:00Z') });
    assert.equal(outcome.kind, 'done');
  });

  it('records the model in the consolidation (Model LKE sheet, Model Dasar), a file that passes ooxml-check and openpyxl', async function () {
    const workbook = await loadXlsx(may);
    const rows = records(workbook, 'Model LKE');
    assert.deepEqual(rows.slice(0, 2).map((r) => [r.Kode, r.Uraian, r.Bobot]), [['1', 'Perencanaan Kinerja Kota', 30], ['1.1', MODEL_88_2021.components[0]!.subComponents[0]!.name, MODEL_88_2021.components[0]!.subComponents[0]!.weight]]);
    assert.deepEqual(rows.find((r) => r.Kode === '4.2.1')!.Tipe, 'A=1; B=0,5; C=0');
    assert.deepEqual(rows.find((r) => r.Kode === '4.4.1')!.Aturan, '<= RATA(4.2)');
    assert.deepEqual(rows.find((r) => r.Kode === '4.3')!.Metode, 'akumulasi');
    const keterangan = new Map<string, unknown>();
    workbook.getWorksheet('Keterangan')!.eachRow((r) => keterangan.set(String(r.getCell(1).value), r.getCell(2).value));
    assert.equal(keterangan.get('Model LKE'), MODEL);
    assert.equal(keterangan.get('Model Dasar'), '88/2021');
    const check = execFileSync(ooxmlCheckPath(this), [may], { encoding: 'utf8' });
    assert.match(check, /1 file\(s\), 0 problem\(s\)/);
    execFileSync('/usr/bin/python3', ['-c', 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]); openpyxl.load_workbook(sys.argv[1], read_only=True)', may], { stdio: 'pipe' });
  });

  it("reports every OPD with the city model's components and the workbook's totals", async () => {
    const out = join(root, 'laporan');
    const outcome = await writeReports({ from: may, out, date: '2025-06-05' });
    assert.equal(outcome.kind, 'done');
    const ringkasan = records(await loadXlsx(may), 'Ringkasan');
    for (const kode of ['DINKES', 'DISDIK']) {
      const line = ringkasan.find((r) => r['Kode OPD'] === kode)!;
      const written = outcome.kind === 'done' ? outcome.written.find((w) => w.kodeOpd === kode)! : undefined;
      assert.ok(Math.abs(written!.total! - (line['Nilai Evaluator'] as number)) < 1e-9, `${kode}: ${written!.total} vs ${String(line['Nilai Evaluator'])}`);
      const body = docxText(await readFile(join(out, lheFileName(kode, '2025-05'))));
      assert.ok(body.includes(`sebesar ${formatScore(round2(line['Nilai Evaluator'] as number))} dengan predikat ${String(line['Predikat Evaluator'])}`), kode);
      assert.ok(body.includes('Perencanaan Kinerja Kota'), `${kode}: the renamed component`);
      assert.ok(body.includes('Capaian Kinerja'), `${kode}: the fourth sub-component`);
    }
  });

  it('the next month reads it as --previous', async () => {
    const input = join(root, 'juni');
    await mkdir(input);
    await writeOpd(input, { kode: 'DINKES', month: 6, model: MODEL, edit: (f) => (f.lke = lkeOf((_code, type) => FIRST[type] ?? 'A')) });
    const june = join(root, 'konsolidasi-2025-06.xlsx');
    const outcome = await runConsolidation({ city: join(root, 'kota.xlsx'), input, out: june, previous: may, period: { year: 2025, month: 6 }, now: new Date('2025-07-02T00:00:00Z') });
    assert.equal(outcome.kind, 'done');
    assert.deepEqual(records(await loadXlsx(june), 'Riwayat').map((r) => `${String(r.Periode)} ${String(r['Kode OPD'])}`).sort(), ['2025-05 DINKES', '2025-05 DISDIK', '2025-06 DINKES', '2025-06 DISDIK']);
  });

  it('exits 2 and writes nothing when the city model cannot be rebuilt: no Model LKE sheet, or a broken row', async () => {
    const target = join(root, 'kosong');
    await mkdir(target);
    const withoutSheet = join(root, 'tanpa-model.xlsx');
    const a = await loadXlsx(may);
    a.removeWorksheet(a.getWorksheet('Model LKE')!.id);
    await a.xlsx.writeFile(withoutSheet);
    const first = sakip('report', '--from', withoutSheet, '--out', target);
    assert.equal(first.status, 2, first.stderr);
    assert.match(first.stderr, new RegExp(`Model LKE "${MODEL}".*tidak dikenal.*lembar "Model LKE"`));

    const broken = join(root, 'model-rusak.xlsx');
    const b = await loadXlsx(may);
    const sheet = b.getWorksheet('Model LKE')!;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === '4.2.1') row.getCell(3).value = 'Pilihan ganda';
    });
    await b.xlsx.writeFile(broken);
    const second = sakip('report', '--from', broken, '--out', target);
    assert.equal(second.status, 2, second.stderr);
    assert.match(second.stderr, /Lembar "Model LKE" pada .* tidak dapat dibaca sebagai model LKE \(C\d+: .*Pilihan ganda/);
    assert.deepEqual(await readdir(target), []);
  });
});
