/**
 * `sakip report` on the sample city's May consolidation with the demo's evaluator edits (the demo
 * itself, scripts/demo/): one LHE per scored OPD and a city summary; every file passes the OOXML
 * check and converts to PDF in LibreOffice; each LHE's text holds the OPD's name, its evaluator
 * total and predikat as the workbook computes them (recalculated by LibreOffice), each of its
 * evaluator notes and open recommendations. An evaluator answer changed in the workbook changes
 * the report. A workbook that is not a consolidation, or of an unknown model, exits 2 and writes nothing.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { formatScore } from '../../shared/format/number-format';
import { round2 } from '../../shared/scoring/rounding';
import { labelOf, type Predikat } from '../../shared/scoring/predikat';
import { runDemo, outputName, SAKIP_BIN } from '../../scripts/demo/run-demo';
import { editEvaluator, loadXlsx, records, tempFolder } from '../support/consolidate-scenario';
import { convertDocuments, recalculateWithLibreOffice, sofficeAvailable } from '../support/libreoffice';
import { lheFileName, summaryFileName } from '../../pipeline/report/write-reports';

const run = promisify(execFile);
const OOXML_CHECK = join(__dirname, '..', '..', '..', 'shared', 'tools', 'ooxml-check');

async function report(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [SAKIP_BIN, 'report', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));
/** LibreOffice's text export breaks no words but may fold spaces; compare with single spaces. */
const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('sakip report: the LHE of the demo May consolidation', function () {
  // LibreOffice and the schema check of ~30 documents: minutes on a loaded machine.
  this.timeout(3_600_000);
  let root: string;
  let may: string;
  let out: string;
  let texts: Map<string, string>;
  let ringkasan: Record<string, unknown>[];
  let lke: Record<string, unknown>[];
  let rekomendasi: Record<string, unknown>[];

  before(async function () {
    if (!sofficeAvailable()) this.skip();
    root = await tempFolder('report');
    await runDemo({ outDir: join(root, 'demo') });
    may = join(root, 'demo', outputName('2025-05'));
    // The workbook's own numbers: LibreOffice recalculates every formula of the edited file.
    const recalculated = await loadXlsx(await recalculateWithLibreOffice(may));
    ringkasan = records(recalculated, 'Ringkasan');
    lke = records(recalculated, 'LKE');
    rekomendasi = records(recalculated, 'Rekomendasi');
    out = join(root, 'laporan');
    const result = await report(['--from', may, '--out', out, '--date', '2025-06-05', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const files = (await readdir(out)).filter((f) => f.endsWith('.docx')).map((f) => join(out, f));
    const txtDir = await convertDocuments(files, 'txt');
    texts = new Map();
    for (const file of files) texts.set(basename(file), squash(await readFile(join(txtDir, basename(file).replace(/\.docx$/, '.txt')), 'utf8')));
  });

  const scored = (): Record<string, unknown>[] => ringkasan.filter((r) => typeof r['Nilai Evaluator'] === 'number');

  it('writes one DOCX per scored OPD and the city summary, nothing else', async () => {
    assert.ok(scored().length >= 20, `${scored().length} scored OPDs`);
    const expected = [...scored().map((r) => lheFileName(text(r['Kode OPD']), '2025-05')), summaryFileName('2025-05')].sort();
    assert.deepEqual((await readdir(out)).sort(), expected);
  });

  it('every file passes the OOXML check and converts to PDF in LibreOffice', async () => {
    const files = (await readdir(out)).map((f) => join(out, f));
    const check = await run(OOXML_CHECK, files).catch((error: { stdout?: string; stderr?: string }) => assert.fail(`${error.stdout ?? ''}${error.stderr ?? ''}`));
    assert.match(check.stdout + check.stderr, new RegExp(`${files.length} file\\(s\\), 0 problem\\(s\\)`));
    const pdfDir = await convertDocuments(files, 'pdf');
    for (const file of files) {
      const pdf = await readFile(join(pdfDir, basename(file).replace(/\.docx$/, '.pdf')));
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', basename(file));
    }
  });

  it("each LHE names the OPD, its evaluator total and predikat as the workbook computes them, every evaluator note and open recommendation", () => {
    let notes = 0;
    let open = 0;
    for (const row of scored()) {
      const kode = text(row['Kode OPD']);
      const body = texts.get(lheFileName(kode, '2025-05'));
      assert.ok(body, kode);
      assert.ok(body.includes(text(row['Nama OPD']).toUpperCase()), `${kode}: name`);
      const total = formatScore(round2(row['Nilai Evaluator'] as number));
      const predikat = text(row['Predikat Evaluator']) as Predikat;
      assert.ok(body.includes(`sebesar ${total} dengan predikat ${predikat} (${labelOf(predikat)})`), `${kode}: total ${total} ${predikat}`);
      for (const note of lke.filter((r) => r['Kode OPD'] === kode && text(r['Catatan Evaluator']))) {
        assert.ok(body.includes(squash(text(note['Catatan Evaluator']))), `${kode} ${text(note.Kode)}: note`);
        notes += 1;
      }
      for (const rec of rekomendasi.filter((r) => r['Kode OPD'] === kode && text(r.Status) !== 'Selesai')) {
        assert.ok(body.includes(squash(text(rec.Rekomendasi))), `${kode} ${text(rec.No)}: recommendation`);
        open += 1;
      }
    }
    assert.ok(notes > 10, `${notes} evaluator notes checked`);
    assert.ok(open > 10, `${open} open recommendations checked`);
  });

  it('the city summary lists every OPD with its status, the scored ones with total and predikat, and why the others were not scored', () => {
    const body = texts.get(summaryFileName('2025-05'))!;
    for (const row of ringkasan) {
      assert.ok(body.includes(text(row['Nama OPD'])), text(row['Kode OPD']));
      if (typeof row['Nilai Evaluator'] === 'number') assert.ok(body.includes(formatScore(round2(row['Nilai Evaluator']))), text(row['Kode OPD']));
    }
    const unscored = ringkasan.filter((r) => typeof r['Nilai Evaluator'] !== 'number');
    assert.ok(unscored.some((r) => r.Status === 'Belum Mengirim') && unscored.some((r) => r.Status === 'Ditolak'), 'the sample has both');
    assert.ok(body.includes('Belum mengirim workbook bulan ini.'));
    assert.ok(body.includes('Sebaran predikat'));
  });

  it('an evaluator answer changed in the workbook and recalculated by LibreOffice changes the report', async () => {
    const dinkes = ringkasan.find((r) => r['Kode OPD'] === 'DINKES')!;
    const row = lke.find((r) => r['Kode OPD'] === 'DINKES' && r.Tipe === 'A-E' && text(r['Nilai Akhir']) !== '0')!;
    const edited = join(root, 'diedit.xlsx');
    await copyFile(may, edited);
    await editEvaluator(edited, [{ kodeOpd: 'DINKES', kode: text(row.Kode), jawaban: 'E' }]);
    const saved = await recalculateWithLibreOffice(edited);
    const after = records(await loadXlsx(saved), 'Ringkasan').find((r) => r['Kode OPD'] === 'DINKES')!;
    assert.ok((after['Nilai Evaluator'] as number) < (dinkes['Nilai Evaluator'] as number), 'LibreOffice lowered the total');
    const again = join(root, 'laporan-2');
    const result = await report(['--from', saved, '--out', again, '--opd', 'dinkes', '--date', '2025-06-05', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const written = (JSON.parse(result.stdout) as { written: { kodeOpd?: string; total?: number }[] }).written;
    assert.equal(written.length, 2, 'DINKES and the summary');
    assert.ok(Math.abs(written[0]!.total! - (after['Nilai Evaluator'] as number)) < 1e-9, `${written[0]!.total} vs ${String(after['Nilai Evaluator'])}`);
    const txt = squash(await readFile(join(await convertDocuments([join(again, lheFileName('DINKES', '2025-05'))], 'txt'), lheFileName('DINKES', '2025-05').replace('.docx', '.txt')), 'utf8'));
    assert.ok(txt.includes(`sebesar ${formatScore(round2(after['Nilai Evaluator'] as number))} dengan predikat ${text(after['Predikat Evaluator'])}`));
  });

  it('exits 2 and writes nothing for a workbook that is not a consolidation, or of an unknown model', async () => {
    const notConsolidation = join(root, 'demo', 'sample', 'kota.xlsx');
    const target = join(root, 'kosong');
    await mkdir(target);
    const first = await report(['--from', notConsolidation, '--out', target]);
    assert.equal(first.code, 2);
    assert.match(first.stderr, /bukan workbook konsolidasi/);
    const unknown = join(root, 'model-lain.xlsx');
    const workbook = await loadXlsx(may);
    const keterangan = workbook.getWorksheet('Keterangan')!;
    keterangan.eachRow((r) => {
      if (r.getCell(1).value === 'Model LKE') r.getCell(2).value = 'Model Kota Lain 2030';
    });
    await workbook.xlsx.writeFile(unknown);
    const second = await report(['--from', unknown, '--out', target]);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /Model LKE "Model Kota Lain 2030".*tidak dikenal/);
    assert.deepEqual(await readdir(target), []);
    await writeFile(join(root, 'bukan.xlsx'), 'bukan zip');
    const third = await report(['--from', join(root, 'bukan.xlsx'), '--out', target]);
    assert.equal(third.code, 2);
    assert.deepEqual(await readdir(target), []);
  });
});
