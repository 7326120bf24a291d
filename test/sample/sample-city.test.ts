/**
 * The generated sample city reads back as intended: a clean city workbook with ≥ 20 OPDs, and
 * OPD workbooks over three months showing the planned spread (typing errors, broken tree link,
 * stale cached values, incomplete answers, a late OPD, most others clean). Generation is
 * deterministic.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { assessOpdWorkbook, readCityWorkbook, type CityConfig, type OpdAssessment, type WorkbookTable } from '../../shared';
import { generateSampleCity, opdFileName, type SampleCity } from '../../scripts/sample-city/generate';
import { MONTHS } from '../../scripts/sample-city/city-data';

const PERIODS = MONTHS.map((m) => `2025-${String(m).padStart(2, '0')}`);
const LAST = PERIODS[PERIODS.length - 1]!;

async function readTable(path: string): Promise<WorkbookTable> {
  const read = await readWorkbookFile(path);
  assert.ok(read.table, `${path}: ${read.findings.map((f) => f.code).join(', ')}`);
  return read.table;
}

/** Every cell of every file under `dir` (relative path → sheets), for comparing two generations. */
async function contentsOf(dir: string): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  const files = ['kota.xlsx', ...(await Promise.all(PERIODS.map(async (p) => (await readdir(join(dir, p))).map((f) => `${p}/${f}`)))).flat()];
  for (const file of files.sort()) contents.set(file, JSON.stringify((await readTable(join(dir, file))).sheets));
  return contents;
}

describe('sample city generator', function () {
  this.timeout(180_000);
  let dir: string;
  let sample: SampleCity;
  let city: CityConfig;
  let cityErrors: string[];
  /** period → Kode OPD → assessment. */
  const assessed = new Map<string, Map<string, OpdAssessment>>();

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sakip-sample-'));
    sample = await generateSampleCity(dir);
    const cityRead = readCityWorkbook(await readTable(join(dir, 'kota.xlsx')));
    cityErrors = cityRead.findings.filter((f) => f.severity === 'error').map((f) => f.code);
    assert.ok(cityRead.config, `city workbook rejected: ${cityErrors.join(', ')}`);
    city = cityRead.config;
    for (const [i, period] of PERIODS.entries()) {
      const byOpd = new Map<string, OpdAssessment>();
      for (const file of (await readdir(join(dir, period))).sort()) {
        const assessment = assessOpdWorkbook(await readTable(join(dir, period, file)), { city, period: { year: 2025, month: MONTHS[i]! } });
        byOpd.set(assessment.workbook.profil!.kodeOpd, assessment);
      }
      assessed.set(period, byOpd);
    }
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const at = (period: string, kode: string): OpdAssessment => {
    const a = assessed.get(period)?.get(kode);
    assert.ok(a, `${kode} has no workbook in ${period}`);
    return a;
  };
  const codes = (a: OpdAssessment, severity?: 'error' | 'warning') => a.findings.filter((f) => !severity || f.severity === severity).map((f) => f.code);

  it('writes a clean city workbook: a fictional kota, ≥ 20 OPDs, Tujuan T1..T3 and Sasaran S1..S8 with indicators', () => {
    assert.deepEqual(cityErrors, []);
    assert.equal(city.namaKota, 'Kota Sukamaju Raya');
    assert.equal(city.tahun, 2025);
    assert.ok(city.opds.length >= 20, `${city.opds.length} OPDs`);
    for (const kode of ['DINKES', 'DISDIK', 'BAPPEDA', 'INSP', 'PUPR', 'DINSOS', 'DISHUB', 'SATPOLPP', 'BPKAD']) {
      assert.ok(city.opds.some((o) => o.kodeOpd === kode), kode);
    }
    assert.ok(city.opds.some((o) => o.namaOpd.startsWith('Kecamatan ')));
    const tree = new Map(city.pohon.map((n) => [n.kode, n]));
    for (const kode of ['T1', 'T2', 'T3', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8']) {
      assert.ok(tree.get(kode)?.indikator, `${kode} with an indicator`);
    }
    assert.equal(tree.get('S1')!.kodeInduk, 'T1');
  });

  it('writes one workbook per OPD per month, named <KODE>-YYYY-MM.xlsx, except the late ones', async () => {
    const listed = city.opds.map((o) => o.kodeOpd);
    for (const [i, period] of PERIODS.entries()) {
      const files = await readdir(join(dir, period));
      const missing = listed.filter((kode) => !files.includes(opdFileName(kode, MONTHS[i]!)));
      const expected = [sample.roles.late, sample.roles.missingMiddleMonth].filter((kode) => !assessed.get(period)!.has(kode));
      assert.deepEqual(missing.sort(), expected.sort(), period);
      assert.equal(assessed.get(period)!.size, files.length);
    }
    assert.ok(!assessed.get(LAST)!.has(sample.roles.late), 'the late OPD has no file in the last month');
    assert.ok(assessed.get(PERIODS[0]!)!.has(sample.roles.late));
    assert.ok(!assessed.get(PERIODS[1]!)!.has(sample.roles.missingMiddleMonth));
    assert.ok(assessed.get(LAST)!.has(sample.roles.missingMiddleMonth));
  });

  it('gives the OPD with typing errors NUMBER_*, LKE_ANSWER_INVALID and CELL_EXCEL_ERROR findings', () => {
    const a = at(LAST, sample.roles.typingErrors);
    const found = codes(a);
    assert.ok(found.some((c) => c.startsWith('NUMBER_')), found.join());
    assert.ok(found.includes('LKE_ANSWER_INVALID'));
    assert.ok(found.includes('CELL_EXCEL_ERROR'));
    assert.equal(a.findings.find((f) => f.code === 'CELL_EXCEL_ERROR')!.sheet, 'Kinerja');
    assert.ok(a.rejected, 'an invalid LKE answer rejects the workbook');
    assert.deepEqual(codes(at(PERIODS[0]!, sample.roles.typingErrors), 'error'), [], 'clean in the first month');
  });

  it('gives the broken-link OPD POHON_PARENT_MISSING, the stale one LKE_NILAI_STALE, the incomplete one unanswered criteria', () => {
    for (const period of PERIODS) assert.ok(codes(at(period, sample.roles.brokenTreeLink)).includes('POHON_PARENT_MISSING'), period);
    assert.ok(codes(at(LAST, sample.roles.staleNilai)).includes('LKE_NILAI_STALE'));
    const unanswered = PERIODS.map((p) => {
      const a = at(p, sample.roles.incomplete);
      return a.model.criteria.length - a.answers.size;
    });
    assert.ok(unanswered.every((n) => n > 0), unanswered.join());
    assert.ok(unanswered[0]! > unanswered[unanswered.length - 1]!, 'answers get filled in over the months');
    assert.ok(codes(at(LAST, sample.roles.incomplete)).includes('LKE_UNANSWERED'));
  });

  it('keeps every other OPD free of errors, with the spread of scores a city shows', () => {
    const special = new Set<string>([sample.roles.typingErrors, sample.roles.brokenTreeLink]);
    for (const period of PERIODS) {
      for (const [kode, a] of assessed.get(period)!) {
        if (special.has(kode)) continue;
        assert.deepEqual(codes(a, 'error'), [], `${kode} ${period}`);
        assert.ok(!a.rejected, `${kode} ${period}`);
      }
    }
    const last = assessed.get(LAST)!;
    const total = (kode: string) => last.get(kode)!.score.total;
    for (const kode of sample.roles.strong) assert.ok(total(kode) >= 80, `${kode} strong: ${total(kode)}`);
    assert.ok(total(sample.roles.weak) < 60, `weak: ${total(sample.roles.weak)}`);
    const medium = [...last.keys()].filter((k) => total(k) >= 60 && total(k) < 80);
    assert.ok(medium.length >= 8, `${medium.length} medium`);
    const improved = sample.roles.improving.filter((kode) => last.has(kode) && at(PERIODS[0]!, kode).score.total < total(kode));
    assert.ok(improved.length >= 4, `improving: ${improved.join()}`);
  });

  it('fills Kinerja with 3–8 indicators, mixed polarity and aggregation, IKU Ya/Tidak and a range target', () => {
    const indicators = [...assessed.get(LAST)!.values()].flatMap((a) => {
      assert.ok(a.workbook.indicators.length >= 3 && a.workbook.indicators.length <= 8, a.workbook.file);
      return a.workbook.indicators;
    });
    assert.deepEqual(new Set(indicators.map((i) => i.polaritas)), new Set(['positif', 'negatif']));
    assert.deepEqual(new Set(indicators.map((i) => i.agregasi)), new Set(['Akhir', 'Kumulatif', 'Rata-rata']));
    assert.deepEqual(new Set(indicators.map((i) => i.iku)), new Set([true, false]));
    assert.ok(indicators.some((i) => i.target?.kind === 'range'));
    const dinkes = at(LAST, 'DINKES');
    assert.ok(dinkes.capaian.every((c) => c?.ok), 'every DINKES indicator has a capaian');
    const first = dinkes.workbook.indicators[0]!;
    assert.ok(first.realisasi.slice(0, 5).every((v) => v !== null) && first.realisasi.slice(5).every((v) => v === null), 'realisasi up to the month');
  });

  it('is made as staff make workbooks: banners above headers, merged titles, widths, text numbers, SAKIP.ANSWER with cached results', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, LAST, opdFileName('DINSOS', 5)));
    const lke = workbook.getWorksheet('LKE')!;
    assert.ok(lke.getCell('A1').isMerged && lke.getCell('B1').isMerged);
    assert.ok(String(lke.getCell('A1').value).startsWith('LEMBAR KERJA EVALUASI'));
    assert.ok((lke.getColumn(2).width ?? 0) > 40);
    const formulaCells: ExcelJS.Cell[] = [];
    lke.getColumn(4).eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulaCells.push(cell);
    });
    assert.equal(formulaCells.length, 80);
    assert.match(formulaCells[0]!.formula, /^SAKIP\.ANSWER\(C\d+,"Y\/T"\)$/);
    assert.equal(typeof (formulaCells[0]!.value as ExcelJS.CellFormulaValue).result, 'number');

    const kinerja = (await readTable(join(dir, LAST, opdFileName('DINSOS', 5)))).sheets.find((s) => s.name === 'Kinerja')!;
    const texts = kinerja.rows.flatMap((row) => row ?? []).filter((c) => c?.value.type === 'text' && /^\d+,\d+$/.test(c.value.value));
    assert.ok(texts.length > 0, 'numbers typed as text with a decimal comma');
    assert.equal(at(LAST, 'DINSOS').workbook.lke?.length, 80);
  });

  it('is deterministic: generating again gives identical cell contents, byte for byte', async () => {
    const again = await mkdtemp(join(tmpdir(), 'sakip-sample-'));
    try {
      await generateSampleCity(again);
      const [a, b] = await Promise.all([contentsOf(dir), contentsOf(again)]);
      assert.deepEqual([...a.keys()], [...b.keys()]);
      for (const [file, content] of a) assert.equal(b.get(file), content, file);
      const sha = async (root: string, file: string) => createHash('sha256').update(await readFile(join(root, file))).digest('hex');
      for (const file of a.keys()) assert.equal(await sha(again, file), await sha(dir, file), `${file} bytes`);
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});
