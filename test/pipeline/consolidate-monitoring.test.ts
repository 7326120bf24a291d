/**
 * Monitoring across months, on the sample city (scripts/sample-city) consolidated for March,
 * April and May, each month with the one before as `--previous`: the May workbook's Riwayat holds
 * every OPD for all three months with each month's own Ringkasan values; Grafik's native charts
 * are in the package and referenced; Rekap Komponen agrees with Ringkasan; Ringkasan prints with
 * the city, title and period in its header; the package passes ooxml-check and opens in openpyxl.
 * LibreOffice renders Grafik to PNG, and after an evaluator edit it recalculates, the charts'
 * cached values (rewritten by LibreOffice on save) follow the new totals.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { historyBefore } from '../../pipeline/consolidate/history';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { CITY_FILE, generateSampleCity, periodOf } from '../../scripts/sample-city/generate';
import { MONTHS } from '../../scripts/sample-city/city-data';
import { renderChartSheet } from '../../scripts/render-chart-sheet';
import { loadXlsx, records } from '../support/consolidate-scenario';
import { recalculateWithLibreOffice, sofficeAvailable } from '../support/libreoffice';
import { editZip } from './xlsx-files';
import { ooxmlCheckPath } from '../support/ooxml-check';

const COMPARED = ['Status', 'Nilai OPD', 'Nilai Evaluator', 'Predikat Evaluator', 'Peringkat', 'Capaian IKU'] as const;
const close = (a: unknown, b: unknown): boolean => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-6 : a === b);

/** The chart part whose title contains `title`: category texts and their cached values. */
function chartPoints(parts: Record<string, Uint8Array>, title: string): Map<string, number> {
  const name = Object.keys(parts).find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p) && strFromU8(parts[p]!).includes(title));
  assert.ok(name, `no chart titled ${title}`);
  const xml = strFromU8(parts[name]!);
  const series = /<c:ser>([\s\S]*?)<\/c:ser>/.exec(xml)![1]!;
  const pts = (block: string): Map<number, string> => new Map([...block.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => [Number(m[1]), m[2]!]));
  const cats = pts(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(series)![1]!);
  const vals = pts(/<c:val>([\s\S]*?)<\/c:val>/.exec(series)![1]!);
  return new Map([...cats].map(([i, cat]) => [cat, Number(vals.get(i))]));
}

describe('sakip consolidate: monitoring across months (Riwayat, Grafik, Rekap Komponen)', function () {
  this.timeout(600_000);
  let dir: string;
  const outs: string[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sakip-monitoring-'));
    await generateSampleCity(join(dir, 'sample'));
    let previous: string | undefined;
    for (const month of MONTHS) {
      const out = join(dir, `konsolidasi-${periodOf(month)}.xlsx`);
      const outcome = await runConsolidation({
        city: join(dir, 'sample', CITY_FILE),
        input: join(dir, 'sample', periodOf(month)),
        out,
        period: { year: 2025, month },
        ...(previous ? { previous } : {}),
        read: { size: 1 },
      });
      assert.equal(outcome.kind, 'done');
      outs.push(out);
      previous = out;
    }
  });
  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the third month holds Riwayat rows for all three months for every OPD, equal to each month own Ringkasan', async () => {
    const riwayat = records(await loadXlsx(outs[2]!), 'Riwayat');
    for (const [i, month] of MONTHS.entries()) {
      const periode = periodOf(month);
      const ringkasan = records(await loadXlsx(outs[i]!), 'Ringkasan');
      const rows = riwayat.filter((r) => r.Periode === periode);
      assert.deepEqual(rows.map((r) => r['Kode OPD']), ringkasan.map((r) => r['Kode OPD']), periode);
      for (const [k, row] of rows.entries()) {
        for (const header of COMPARED) assert.ok(close(row[header], ringkasan[k]![header]), `${periode} ${String(row['Kode OPD'])} ${header}: ${String(row[header])} ≠ ${String(ringkasan[k]![header])}`);
      }
    }
    assert.equal(riwayat.length, MONTHS.reduce((n, _m, i) => n + riwayat.filter((r) => r.Periode === periodOf(MONTHS[i]!)).length, 0));
  });

  it('keeps the rows of an OPD that left the list', () => {
    const past = { periode: '2025-02', kodeOpd: 'LAMA', namaOpd: 'Dinas Lama', status: 'Lengkap', nilaiOpd: 70, nilaiEvaluator: 71, predikat: 'BB', peringkat: 1, capaianIku: 90 };
    const rows = historyBefore({ file: 'x', namaKota: 'Kota Contoh', periode: '2025-03', lke: [], arsip: [], history: { past: [past], month: [] } }, MODEL_88_2021, 'eksklusif', '2025-04');
    assert.deepEqual(rows, [past]);
    // A workbook of the same month (a re-run) gives no rows of that month: they are this month's, live.
    assert.deepEqual(historyBefore({ file: 'x', namaKota: 'Kota Contoh', periode: '2025-04', lke: [], arsip: [], history: { past: [past], month: [{ ...past, periode: '2025-04' }] } }, MODEL_88_2021, 'eksklusif', '2025-04'), [past]);
  });

  it('has the charts as native parts referenced from Grafik, Rekap Komponen agreeing with Ringkasan, and passes ooxml-check and openpyxl', async function () {
    const parts = unzipSync(await readFile(outs[2]!));
    const charts = Object.keys(parts).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    assert.equal(charts.length, 3);
    const workbookXml = strFromU8(parts['xl/workbook.xml']!);
    const grafikIndex = [...workbookXml.matchAll(/<sheet name="([^"]*)"/g)].findIndex((m) => m[1] === 'Grafik') + 1;
    assert.match(strFromU8(parts[`xl/worksheets/sheet${grafikIndex}.xml`]!), /<drawing r:id="rId\d+"\/>/);
    assert.match(strFromU8(parts[`xl/worksheets/_rels/sheet${grafikIndex}.xml.rels`]!), /Target="\.\.\/drawings\/drawing1\.xml"/);
    const drawingRels = strFromU8(parts['xl/drawings/_rels/drawing1.xml.rels']!);
    for (const chart of charts) assert.ok(drawingRels.includes(`Target="../charts/${chart.slice('xl/charts/'.length)}"`), chart);
    assert.ok(strFromU8(parts['[Content_Types].xml']!).includes('/xl/charts/chart3.xml'));
    // The first chart: every scored OPD's Nilai Evaluator, highest first.
    const workbook = await loadXlsx(outs[2]!);
    const ringkasan = records(workbook, 'Ringkasan');
    const totals = new Map(ringkasan.filter((r) => typeof r['Nilai Evaluator'] === 'number').map((r) => [String(r['Kode OPD']), r['Nilai Evaluator'] as number]));
    const bars = chartPoints(parts, 'Nilai Evaluator per OPD');
    assert.deepEqual(new Map([...bars].map(([k, v]) => [k, Math.round(v * 100)])), new Map([...totals].map(([k, v]) => [k, Math.round(v * 100)])));
    assert.deepEqual([...bars.values()], [...bars.values()].sort((a, b) => b - a));
    // Rekap Komponen: the total row is each OPD's Nilai Evaluator; components follow the model.
    const rekap = records(workbook, 'Rekap Komponen');
    const total = rekap.find((r) => r['Komponen / Subkomponen'] === 'Nilai Evaluator')!;
    const byName = new Map(ringkasan.map((r) => [String(r['Nama OPD']), String(r['Kode OPD'])]));
    for (const [name, value] of Object.entries(total)) if (byName.has(name)) assert.ok(close(value, totals.get(byName.get(name)!)), name);
    assert.equal(rekap.filter((r) => /^\d+$/.test(String(r.Kode))).length, MODEL_88_2021.components.length);
    // Ringkasan prints with the city, the title and the period.
    const ringkasanXml = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    assert.match(ringkasanXml, /<oddHeader>&amp;LKota Sukamaju Raya&amp;C&amp;BRingkasan Evaluasi SAKIP&amp;RPeriode 2025-05<\/oddHeader>/);
    assert.match(ringkasanXml, /fitToWidth="1"/);
    assert.match(ringkasanXml, /<formula>&quot;Belum Mengirim&quot;<\/formula>/);
    const report = execFileSync(ooxmlCheckPath(this), [outs[2]!], { encoding: 'utf8' });
    assert.match(report, / 0 problem\(s\)/, report);
    execFileSync('/usr/bin/python3', ['-c', 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]); openpyxl.load_workbook(sys.argv[1], read_only=True)', outs[2]!], { stdio: 'pipe' });
  });

  describe('in LibreOffice', () => {
    before(function () {
      if (!sofficeAvailable()) this.skip();
    });

    it('renders Grafik to PNG', async () => {
      const image = await renderChartSheet(outs[2]!, join(dir, 'gambar'));
      assert.ok((await stat(image)).size > 20_000, 'a picture with charts');
    });

    it('after an evaluator edit and recalculation, the charts cached values follow the totals', async () => {
      const before = await loadXlsx(outs[2]!);
      const lke = records(before, 'LKE');
      const first = lke[0]!;
      const kodeOpd = String(first['Kode OPD']);
      const answer = first.Tipe === 'Y/T' ? (first['Nilai OPD'] === 1 ? 'T' : 'Y') : first['Nilai OPD'] === 0 ? 'A' : 'E';
      // The evaluator's answer typed into LKE's first row (Jawaban Evaluator, column G), as in a spreadsheet: the charts stay.
      const parts = unzipSync(await readFile(outs[2]!));
      const lkeIndex = [...strFromU8(parts['xl/workbook.xml']!).matchAll(/<sheet name="([^"]*)"/g)].findIndex((m) => m[1] === 'LKE') + 1;
      const edited = join(dir, 'diedit.xlsx');
      await writeFile(
        edited,
        editZip(await readFile(outs[2]!), {
          [`xl/worksheets/sheet${lkeIndex}.xml`]: (xml) => xml.replace(/<c r="G2"[^>]*?(\/>|>[\s\S]*?<\/c>)/, `<c r="G2" t="inlineStr"><is><t>${answer}</t></is></c>`),
        }),
      );
      const saved = await recalculateWithLibreOffice(edited);
      const after = records(await loadXlsx(saved), 'Ringkasan');
      const oldTotal = records(before, 'Ringkasan').find((r) => r['Kode OPD'] === kodeOpd)!['Nilai Evaluator'] as number;
      const newTotal = after.find((r) => r['Kode OPD'] === kodeOpd)!['Nilai Evaluator'] as number;
      assert.notEqual(Math.round(newTotal * 100), Math.round(oldTotal * 100), 'the edit changes the total');
      const savedParts = unzipSync(await readFile(saved));
      const bars = chartPoints(savedParts, 'Nilai Evaluator per OPD');
      assert.ok(Math.abs(bars.get(kodeOpd)! - newTotal) < 1e-6, `chart ${bars.get(kodeOpd)} vs ${newTotal}`);
      // The trend's last month (the city average) follows too.
      const averages = [...chartPoints(savedParts, 'Tren Nilai Evaluator').values()];
      const scored = after.filter((r) => typeof r['Nilai Evaluator'] === 'number').map((r) => r['Nilai Evaluator'] as number);
      assert.ok(Math.abs(averages[averages.length - 1]! - scored.reduce((s, v) => s + v, 0) / scored.length) < 1e-6);
    });
  });
});
