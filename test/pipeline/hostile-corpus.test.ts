/**
 * Issue 6: the hostile corpus (test/support/hostile-corpus.ts). Each file alone through
 * `readWorkbookFile` gives its finding; then the whole corpus, with good OPD workbooks beside it,
 * goes through the real `sakip consolidate` command in a child process: the run completes, its
 * peak memory stays under 1 GB, every file ends in Sumber with its status and in Temuan with its
 * code, the good OPDs are scored with the right numbers, and no text from a submission becomes a
 * formula or a non-web hyperlink in the consolidated workbook.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { findingMessage } from '../../shared/findings/make-finding';
import { GOOD_OPDS, HOSTILE_LINKS, INJECTION_TEXTS, MULTIBYTE_TEXTS, WEB_LINK, hostileCorpus, writeHostileFolder, type CorpusCase, type HostileFolder } from '../support/hostile-corpus';
import { loadXlsx, records, tempFolder } from '../support/consolidate-scenario';
import { inspectXlsx, type InspectedWorkbook } from '../support/xlsx-inspect';

const ROOT = resolve(__dirname, '../..');
const ONE_GB_KB = 1024 * 1024;

describe('hostile corpus: each file alone through readWorkbookFile', function () {
  this.timeout(60_000);
  let cases: CorpusCase[];
  let folder: string;
  before(async () => {
    cases = await hostileCorpus();
    folder = await tempFolder('corpus-read');
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses every hostile file with its finding, reads the others, and leaves Object.prototype alone', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    const problems: string[] = [];
    for (const c of cases) {
      const path = join(folder, c.file);
      await writeFile(path, c.bytes);
      const read = await readWorkbookFile(path);
      if (c.refused) {
        const codes = read.findings.map((f) => f.code);
        const message = read.findings[0] ? findingMessage(read.findings[0], 'id') : '';
        if (read.table || codes.join() !== c.refused.code || !c.refused.message.test(message)) problems.push(`${c.file} (${c.what}): got ${codes.join() || 'a table'} "${message}"`);
        else assert.equal(read.findings[0]!.severity, 'error');
      } else if (!read.table) {
        problems.push(`${c.file} (${c.what}): not read: ${read.findings.map((f) => findingMessage(f, 'en')).join('; ')}`);
      }
    }
    assert.deepEqual(problems, []);
    assert.equal(Object.getOwnPropertyNames(Object.prototype).join(), before);
  });
});

describe('hostile corpus: one consolidation over the whole corpus (child process)', function () {
  // Writing the large corpus and consolidating it takes ~70 s on an idle 2-core machine; the limit
  // guards against a hang, not a speed (speed is measured in `npm run bench`).
  this.timeout(300_000);
  let folder: HostileFolder;
  let run: { status: number | null; stdout: string; stderr: string; maxRssKb: number };
  let workbook: ExcelJS.Workbook;
  let inspected: InspectedWorkbook;
  const out = () => join(folder.root, 'konsolidasi.xlsx');

  before(async () => {
    folder = await writeHostileFolder({ large: true });
    const child = spawnSync(
      process.execPath,
      ['-r', join(ROOT, 'test/support/report-max-rss.cjs'), join(ROOT, 'bin/sakip.js'), 'consolidate', '--city', folder.city, '--input', folder.input, '--out', out(), '--period', '2025-05', '--json'],
      { encoding: 'utf8', timeout: 280_000, maxBuffer: 64 * 1024 * 1024 },
    );
    const maxRssKb = Number(/SAKIP_MAX_RSS_KB (\d+)/.exec(child.stderr)?.[1] ?? NaN);
    run = { status: child.status, stdout: child.stdout, stderr: child.stderr, maxRssKb };
    workbook = await loadXlsx(out());
    inspected = inspectXlsx(new Uint8Array(readFileSync(out())));
  });
  after(() => rmSync(folder.root, { recursive: true, force: true }));

  it('completes (exit 1: error findings) with its peak memory under 1 GB', () => {
    assert.equal(run.status, 1, run.stderr);
    const summary = JSON.parse(run.stdout) as { ok: boolean };
    assert.equal(summary.ok, true);
    assert.ok(Number.isFinite(run.maxRssKb), 'the child reports its peak RSS');
    process.stdout.write(`      peak RSS of the corpus consolidation: ${Math.round(run.maxRssKb / 1024)} MB\n`);
    assert.ok(run.maxRssKb < ONE_GB_KB, `peak RSS ${Math.round(run.maxRssKb / 1024)} MB`);
  });

  it('scores the good OPDs with the right numbers, and the readable hostile ones too', () => {
    const ringkasan = records(workbook, 'Ringkasan');
    const row = (kode: string) => ringkasan.find((r) => r['Kode OPD'] === kode)!;
    for (const opd of GOOD_OPDS) {
      assert.equal(row(opd.kode).Status, 'Lengkap', opd.kode);
      assert.equal(row(opd.kode)['Nilai Evaluator'], opd.nilai, opd.kode);
      assert.ok(Math.abs(Number(row(opd.kode)['Nilai OPD']) - opd.nilai) < 1e-9, `${opd.kode} Nilai OPD`);
    }
    for (const kode of ['INJEKSI', 'UNIKODE', 'SSAKHIR']) {
      assert.equal(row(kode).Status, 'Lengkap', kode);
      assert.equal(row(kode)['Nilai Evaluator'], 100, kode);
    }
    assert.equal(row('TANPALKE').Status, 'Ditolak');
    assert.equal(row('TANPALKE')['Nilai Evaluator'], '');
    assert.equal(row('BESAR').Status, 'Lengkap'); // 100,000 indicators: large, not hostile
    assert.equal(row('BESAR')['Nilai Evaluator'], 100);
    assert.equal(ringkasan.length, GOOD_OPDS.length + 5);
  });

  it('lists every file in Sumber with its status, and explains each in Temuan with its code', () => {
    const sumber = new Map(records(workbook, 'Sumber').map((r) => [r.Berkas, r]));
    const temuan = records(workbook, 'Temuan');
    const codes = (file: string) => temuan.filter((r) => r.Berkas === file).map((r) => r.Kode);
    const problems: string[] = [];
    for (const c of folder.cases) {
      const status = sumber.get(c.file)?.Status;
      if (c.refused) {
        if (status !== 'Tidak Terbaca' || codes(c.file).join() !== c.refused.code) problems.push(`${c.file}: ${String(status)} ${codes(c.file).join()}`);
      } else if (status !== c.read!.sumber || (c.read!.code && !codes(c.file).includes(c.read!.code))) {
        problems.push(`${c.file}: ${String(status)} ${codes(c.file).join()}`);
      }
      if (!/^[0-9a-f]{64}$/.test(String(sumber.get(c.file)?.['SHA-256']))) problems.push(`${c.file}: no SHA-256`);
    }
    for (const opd of GOOD_OPDS) if (sumber.get(`${opd.kode.toLowerCase()}.xlsx`)?.Status !== 'Dibaca') problems.push(opd.kode);
    assert.deepEqual(problems, []);
    assert.equal(sumber.get('besar.xlsx')!.Ukuran, 21 * 1024 * 1024);
  });

  it('keeps multi-byte text exactly, also when the shared strings come last in the zip', () => {
    const lke = records(workbook, 'LKE');
    for (const kode of ['UNIKODE', 'SSAKHIR']) {
      const notes = ['1.1.1', '1.1.2', '1.1.3'].map((k) => lke.find((r) => r['Kode OPD'] === kode && r.Kode === k)!['Catatan OPD']);
      assert.deepEqual(notes, [...MULTIBYTE_TEXTS], kode);
    }
  });

  it('writes every injection attempt as inert text: a string cell with the quote prefix, never a formula', () => {
    const fromInjeksi = inspected.cells.filter((c) => (INJECTION_TEXTS as readonly string[]).includes(c.text.replace(/\n/g, '\r')) || (INJECTION_TEXTS as readonly string[]).includes(c.text));
    // LKE Catatan OPD ×8, Kinerja Indikator, Rekomendasi ×2, and the real formula's hostile result.
    assert.ok(fromInjeksi.length >= 12, `found ${fromInjeksi.length}`);
    for (const cell of fromInjeksi) {
      assert.ok(cell.type === 's' || cell.type === 'inlineStr', `${cell.sheet}!${cell.ref} type ${cell.type}`);
      assert.equal(cell.formula, undefined, `${cell.sheet}!${cell.ref}`);
      assert.ok(cell.quotePrefix, `${cell.sheet}!${cell.ref} "${cell.text}" has no quote prefix`);
    }
    // Every text cell that a spreadsheet would take for a formula has the quote prefix.
    for (const cell of inspected.cells) {
      if ((cell.type === 's' || cell.type === 'inlineStr') && /^[=+\-@\t\r]/.test(cell.text)) assert.ok(cell.quotePrefix, `${cell.sheet}!${cell.ref} "${cell.text}"`);
    }
    // The workbook's own formulas never carry submitted text.
    for (const cell of inspected.cells) {
      if (cell.formula !== undefined) assert.doesNotMatch(cell.formula, /cmd\||calc|evil|javascript|file:|HYPERLINK|SUM\(1\+1\)/i, `${cell.sheet}!${cell.ref}: ${cell.formula}`);
    }
  });

  it('makes only http(s) links into hyperlinks; other evidence stays text', () => {
    const external = inspected.links.filter((l) => /^[a-z][a-z0-9+.-]*:/i.test(l.target));
    for (const link of external) assert.match(link.target, /^https?:\/\//, `${link.sheet}: ${link.target}`);
    assert.ok(external.some((l) => l.target === WEB_LINK), 'the web evidence link is a hyperlink');
    // Links without a scheme are the Temuan links to the input files, relative to the output.
    for (const link of inspected.links.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.target))) {
      assert.equal(link.sheet, 'Temuan');
      assert.match(link.target, /^masukan\/[^/]+$/);
    }
    const texts = new Set(inspected.cells.map((c) => c.text));
    for (const hostile of HOSTILE_LINKS) assert.ok(texts.has(hostile), `${hostile} shown as text`);
    const lke = records(workbook, 'LKE').filter((r) => r['Kode OPD'] === 'INJEKSI');
    assert.equal(lke.find((r) => r.Kode === '1.1.6')!['Bukti Dukung'], 'bukti', 'a formula hyperlink keeps only its text');
  });
});
