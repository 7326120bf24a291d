/**
 * Layout lke-wp-eval-sakip: a synthesized wp-eval-sakip "Excel" export (test/support/
 * wp-eval-sakip-export.ts, both "Usulan" and "Usulan dan Penetapan") read through the HTML reader
 * scores exactly as the same answers typed into the own template.
 */
import assert from 'node:assert/strict';
import { assessOpdWorkbook, type OpdAssessment } from '../../../shared/assess/assess-opd';
import { readHtmlExport } from '../../../shared/import/html-export-read';
import { MODEL_88_2021 } from '../../../shared/models/model-88-2021';
import { answerScale } from '../../../shared/scoring/answer-scale';
import { baseFixture, fixtureTable, lkeGrid, lkeRowOf } from '../../support/opd-fixture';
import { wpEvalSakipExport, type WpVariant } from '../../support/wp-eval-sakip-export';
import { baseCityFixture, cityTable } from '../../support/city-fixture';
import { readCityWorkbook } from '../../../shared/parse/read-city-workbook';
import type { CityConfig } from '../../../shared/parse/city-config';
import type { WorkbookTable } from '../../../shared/table/table';
import { findingMessage } from '../../../shared/findings/make-finding';

/** Seeded answers: every criterion answered on its scale, or left blank. */
function answers(seed: number, blankShare: number): Record<string, string> {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const out: Record<string, string> = {};
  for (const c of MODEL_88_2021.criteria) {
    if (next() < blankShare) continue;
    const scale = answerScale(c.type);
    out[c.code] = scale[Math.floor(next() * scale.length)]!.answer;
  }
  return out;
}

function ownTemplate(given: Record<string, string>): OpdAssessment {
  const fixture = baseFixture();
  fixture.lke = lkeGrid();
  for (const c of MODEL_88_2021.criteria) fixture.lke[lkeRowOf(fixture.lke, c.code)]![2] = given[c.code] ?? '';
  return assessOpdWorkbook(fixtureTable(fixture));
}

function htmlExport(variant: WpVariant, usulan: Record<string, string>, penetapan?: Record<string, string>): OpdAssessment {
  const page = wpEvalSakipExport({ variant, usulan, ...(penetapan ? { penetapan } : {}) });
  const read = readHtmlExport(new TextEncoder().encode(page.html), 'Pengisian LKE SAKIP Dinas Kesehatan (2025).xls');
  assert.ok(read.table);
  return assessOpdWorkbook(read.table);
}

const points = (a: OpdAssessment) => ({
  total: a.score.total,
  components: a.score.components.map((c) => [c.score, c.subComponents.map((s) => s.score)]),
  unanswered: a.score.unanswered,
});

describe('import layout lke-wp-eval-sakip: an HTML export scores as the own template', () => {
  for (const [variant, seed, blank] of [
    ['usulan', 7, 0],
    ['usulan', 11, 0.3],
    ['usulan_penetapan', 13, 0.2],
    ['usulan_penetapan', 17, 1],
  ] as const) {
    it(`"${variant === 'usulan' ? 'Usulan' : 'Usulan dan Penetapan'}", ${Math.round(blank * 100)}% unanswered`, () => {
      const given = answers(seed, blank);
      const evaluator = variant === 'usulan_penetapan' ? answers(seed + 1, 0.5) : undefined;
      const imported = htmlExport(variant, given, evaluator);
      const own = ownTemplate(given);
      assert.equal(imported.imported?.sheets[0]?.layout, 'lke-wp-eval-sakip');
      assert.deepEqual(points(imported), points(own));
      assert.deepEqual([...imported.answers], [...own.answers]);
      assert.ok(!imported.findings.some((f) => f.code === 'IMPORT_CRITERION_TEXT_DIFFERS' || f.code === 'IMPORT_MODEL_FROM_FILE'));
      const mapped = imported.findings.find((f) => f.code === 'IMPORT_CODE_MAPPED');
      assert.deepEqual(mapped?.params, { count: 80, model: '88/2021', confirmed: 80 });
      if (evaluator) {
        const entries = imported.workbook.lke!;
        for (const c of MODEL_88_2021.criteria) assert.equal(entries.find((e) => e.kode === c.code)?.evaluator?.jawaban ?? '', evaluator[c.code] ?? '', c.code);
      }
    });
  }

  it('the page\'s own total (rounded for display) is the score to two decimals', () => {
    const given = answers(23, 0.1);
    const page = wpEvalSakipExport({ variant: 'usulan', usulan: given });
    const imported = htmlExport('usulan', given);
    assert.equal(imported.score.total.toFixed(2), page.totalUsulan.toFixed(2));
  });
});

describe('import layout lke-wp-eval-sakip: the OPD named in the export is its identity', () => {
  const city = (): CityConfig => readCityWorkbook(cityTable(baseCityFixture())).config!;
  const exported = (namaSkpd: string, file = 'export.xls'): WorkbookTable => {
    const page = wpEvalSakipExport({ variant: 'usulan', usulan: { '1.1.1': 'Y' }, namaSkpd, tahun: 2025 });
    return readHtmlExport(new TextEncoder().encode(page.html), file).table!;
  };
  const identityFinding = (assessment: OpdAssessment) => assessment.findings.find((f) => f.code === 'IMPORT_IDENTITY_FROM');

  it('the heading\'s name matched against Daftar OPD (case, spaces and punctuation ignored): its Kode OPD, and the year', () => {
    const assessment = assessOpdWorkbook(exported('DINAS  KESEHATAN.'), { city: city() });
    assert.equal(assessment.workbook.profil?.kodeOpd, 'DINKES');
    assert.equal(assessment.workbook.profil?.namaOpd, 'Dinas Kesehatan');
    assert.equal(assessment.workbook.profil?.tahun, 2025);
    const finding = identityFinding(assessment);
    assert.deepEqual(finding?.params, { source: 'judul-ekspor', kodeOpd: 'DINKES', tahun: 2025, periode: '', namaOpd: 'DINAS KESEHATAN.', listed: true });
    assert.match(findingMessage(finding!, 'id'), /judul ekspor wp-eval-sakip \("DINAS KESEHATAN\.", cocok dengan Daftar OPD\): Kode OPD DINKES/);
  });

  it('a name Daftar OPD does not list: kept as the name, and the finding says it is not listed', () => {
    const assessment = assessOpdWorkbook(exported('Badan Pendapatan Daerah'), { city: city() });
    assert.equal(assessment.workbook.profil?.kodeOpd, 'Badan Pendapatan Daerah');
    assert.equal(identityFinding(assessment)?.params.listed, false);
    assert.match(findingMessage(identityFinding(assessment)!, 'en'), /not in Daftar OPD/);
  });

  it('the file name\'s Berkas entry in Daftar OPD still comes first', () => {
    const fixture = baseCityFixture();
    fixture.daftarOpd = [['Kode OPD', 'Nama OPD', 'Berkas'], ['DINKES', 'Dinas Kesehatan', ''], ['DISDIK', 'Dinas Pendidikan', 'lke-disdik']];
    const assessment = assessOpdWorkbook(exported('Dinas Kesehatan', 'lke-disdik.xls'), { city: readCityWorkbook(cityTable(fixture)).config! });
    assert.equal(assessment.workbook.profil?.kodeOpd, 'DISDIK');
    assert.equal(identityFinding(assessment)?.params.source, 'daftar-opd');
  });
});
