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
import { convertDocuments, recalculateAllWithLibreOffice, sofficeAvailable } from '../support/libreoffice';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { lheFileName, summaryFileName } from '../../pipeline/report/write-reports';
import { findOoxmlCheck } from '../support/ooxml-check';

const run = promisify(execFile);

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
  let files: string[];
  let texts: Map<string, string>;
  let pdfDir: string;
  let ooxml: Promise<{ ok: boolean; checked: number; output: string } | undefined>;
  let ringkasan: Record<string, unknown>[];
  let lke: Record<string, unknown>[];
  let rekomendasi: Record<string, unknown>[];
  // The same workbook with one evaluator answer changed (DINKES, an A–E criterion set to E).
  let dinkesBefore: Record<string, unknown>;
  let dinkesAfter: Record<string, unknown>;
  let editedWritten: { kodeOpd?: string; total?: number }[];
  let editedText: string;

  // One demo, one LibreOffice run recalculating both workbooks, one converting every document to
  // text (the edited run's LHE under its own name) and one to PDF; the schema check of the
  // documents runs alongside the conversions.
  before(async function () {
    if (!sofficeAvailable()) this.skip();
    root = await tempFolder('report');
    await runDemo({ outDir: join(root, 'demo') });
    may = join(root, 'demo', outputName('2025-05'));
    // A DINKES criterion the evaluator has not answered, valued above 0 from the OPD's answer (a typed value, not a formula's).
    const row = records(await loadXlsx(may), 'LKE').find((r) => r['Kode OPD'] === 'DINKES' && r.Tipe === 'A-E' && text(r['Jawaban Evaluator']) === '' && (r['Nilai OPD'] as number) > 0)!;
    const edited = join(root, 'diedit.xlsx');
    await copyFile(may, edited);
    await editEvaluator(edited, [{ kodeOpd: 'DINKES', kode: text(row.Kode), jawaban: 'E' }]);
    // The workbooks' own numbers: LibreOffice recalculates every formula of the edited files.
    const [recalculatedMay, recalculatedEdited] = await recalculateAllWithLibreOffice([may, edited]);
    const recalculated = await loadXlsx(recalculatedMay!);
    ringkasan = records(recalculated, 'Ringkasan');
    lke = records(recalculated, 'LKE');
    rekomendasi = records(recalculated, 'Rekomendasi');
    dinkesBefore = ringkasan.find((r) => r['Kode OPD'] === 'DINKES')!;
    dinkesAfter = records(await loadXlsx(recalculatedEdited!), 'Ringkasan').find((r) => r['Kode OPD'] === 'DINKES')!;

    out = join(root, 'laporan');
    const result = await report(['--from', may, '--out', out, '--date', '2025-06-05', '--json']);
    assert.equal(result.code, 0, result.stderr);
    files = (await readdir(out)).filter((f) => f.endsWith('.docx')).map((f) => join(out, f));
    // Two checker processes (one per core), each on half of the documents: the check starts one Jing per part.
    const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
    const ooxmlCheck = findOoxmlCheck();
    ooxml = ooxmlCheck === undefined ? Promise.resolve(undefined) : Promise.all(
      halves.map((half) =>
        run(ooxmlCheck, half).then(
          ({ stdout, stderr }) => ({ ok: /, 0 problem\(s\)/.test(stdout + stderr), files: half.length, output: stdout + stderr }),
          (error: { stdout?: string; stderr?: string }) => ({ ok: false, files: half.length, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
        ),
      ),
    ).then((checks) => ({ ok: checks.every((c) => c.ok && c.output.includes(`${c.files} file(s), 0 problem(s)`)), checked: checks.reduce((n, c) => n + c.files, 0), output: checks.map((c) => c.output).join('\n') }));
    const again = join(root, 'laporan-2');
    const second = await report(['--from', recalculatedEdited!, '--out', again, '--opd', 'dinkes', '--date', '2025-06-05', '--json']);
    assert.equal(second.code, 0, second.stderr);
    editedWritten = (JSON.parse(second.stdout) as { written: { kodeOpd?: string; total?: number }[] }).written;
    const editedLhe = join(root, `diedit-${lheFileName('DINKES', '2025-05')}`);
    await copyFile(join(again, lheFileName('DINKES', '2025-05')), editedLhe);

    const txtDir = await convertDocuments([...files, editedLhe], 'txt');
    const txtOf = async (file: string): Promise<string> => squash(await readFile(join(txtDir, basename(file).replace(/\.docx$/, '.txt')), 'utf8'));
    texts = new Map();
    for (const file of files) texts.set(basename(file), await txtOf(file));
    editedText = await txtOf(editedLhe);
    pdfDir = await convertDocuments(files, 'pdf');
  });

  const scored = (): Record<string, unknown>[] => ringkasan.filter((r) => typeof r['Nilai Evaluator'] === 'number');

  it('writes one DOCX per scored OPD and the city summary, nothing else', async () => {
    assert.ok(scored().length >= 20, `${scored().length} scored OPDs`);
    const expected = [...scored().map((r) => lheFileName(text(r['Kode OPD']), '2025-05')), summaryFileName('2025-05')].sort();
    assert.deepEqual((await readdir(out)).sort(), expected);
  });

  it('every file passes the OOXML check and converts to PDF in LibreOffice', async function () {
    assert.equal(files.length, (await readdir(out)).length);
    for (const file of files) {
      const pdf = await readFile(join(pdfDir, basename(file).replace(/\.docx$/, '.pdf')));
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', basename(file));
    }
    // Without ../shared (npm test outside .ci/run) the schema check is skipped, after the PDFs.
    const check = await ooxml;
    if (check === undefined) this.skip();
    assert.ok(check.ok, check.output);
    assert.equal(check.checked, files.length);
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

  it('an evaluator answer changed in the workbook and recalculated by LibreOffice changes the report', () => {
    assert.ok((dinkesAfter['Nilai Evaluator'] as number) < (dinkesBefore['Nilai Evaluator'] as number), 'LibreOffice lowered the total');
    assert.equal(editedWritten.length, 2, 'DINKES and the summary');
    assert.ok(Math.abs(editedWritten[0]!.total! - (dinkesAfter['Nilai Evaluator'] as number)) < 1e-9, `${editedWritten[0]!.total} vs ${String(dinkesAfter['Nilai Evaluator'])}`);
    assert.ok(editedText.includes(`sebesar ${formatScore(round2(dinkesAfter['Nilai Evaluator'] as number))} dengan predikat ${text(dinkesAfter['Predikat Evaluator'])}`));
    assert.ok(!editedText.includes(`sebesar ${formatScore(round2(dinkesBefore['Nilai Evaluator'] as number))} dengan`), 'the old total is gone');
  });

  it("groups each recommendation under the component the demo's evaluator set for it, none under Lainnya", () => {
    let grouped = 0;
    for (const row of scored()) {
      const kode = text(row['Kode OPD']);
      const body = texts.get(lheFileName(kode, '2025-05'))!;
      const section = body.slice(body.indexOf('III. CATATAN DAN REKOMENDASI'), body.indexOf('IV. LANGKAH BERIKUTNYA'));
      assert.ok(!section.includes('Lainnya (komponen belum ditentukan)'), kode);
      const headings = MODEL_88_2021.components.map((c) => section.indexOf(`${c.number}. ${c.name}`));
      for (const rec of rekomendasi.filter((r) => r['Kode OPD'] === kode)) {
        const k = MODEL_88_2021.components.findIndex((c) => c.shortName === text(rec.Komponen));
        assert.ok(k >= 0, `${kode} ${text(rec.No)}: Komponen "${text(rec.Komponen)}" set by the demo's evaluator`);
        const at = section.indexOf(squash(text(rec.Rekomendasi)));
        assert.ok(at > headings[k]! && (k + 1 === headings.length || at < headings[k + 1]!), `${kode} ${text(rec.No)}: under ${text(rec.Komponen)}`);
        grouped += 1;
      }
    }
    assert.ok(grouped > 40, `${grouped} recommendations checked`);
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
