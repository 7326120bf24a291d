/**
 * Every finding code, triggered from a table: each case breaks exactly one thing in a valid
 * workbook and names the code, sheet and cell it must produce.
 */
import assert from 'node:assert/strict';
import { assessOpdWorkbook, type AssessOptions } from '../../shared/assess/assess-opd';
import { matchSubmissions } from '../../shared/consolidate/submissions';
import { catalogue } from '../../shared/findings/catalogue';
import type { Finding, FindingCode } from '../../shared/findings/finding';
import { findingMessage } from '../../shared/findings/make-finding';
import { checkRekomendasiOverdue, lastDayOf } from '../../shared/checks/rekomendasi-overdue';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { baseCityFixture, cityTable, type CityFixture } from '../support/city-fixture';
import { baseFixture, fixtureTable, lkeRowOf, type OpdFixture } from '../support/opd-fixture';

/** Kinerja columns of the fixture: H Target, I.. Target Jan.., U.. Realisasi Jan.. */
const REALISASI = ['U', 'V', 'W', 'X', 'Y', 'Z'];

function cityConfig(edit: (c: CityFixture) => void = () => {}) {
  const fixture = baseCityFixture();
  edit(fixture);
  const read = readCityWorkbook(cityTable(fixture));
  return read;
}

interface Case {
  code: FindingCode;
  /** Breaks the OPD workbook. */
  opd?: (f: OpdFixture) => void;
  omit?: string[];
  /** Breaks the city workbook instead (its findings are checked). */
  city?: (c: CityFixture) => void;
  options?: () => AssessOptions;
  sheet?: string;
  cell?: string;
}

const withCity = (): AssessOptions => ({ city: cityConfig().config! });

const CASES: Case[] = [
  { code: 'SHEET_MISSING', omit: ['LKE'] },
  { code: 'SHEET_RECOMMENDED_MISSING', omit: ['Kinerja'] },
  { code: 'HEADER_MISSING', opd: (f) => (f.lke[1]![2] = 'Jawab'), sheet: 'LKE' },
  { code: 'REQUIRED_VALUE_MISSING', opd: (f) => (f.profil[2]![1] = ''), sheet: 'Profil', cell: 'B3' },
  { code: 'VALUE_NOT_ALLOWED', opd: (f) => (f.kinerja[1]![3] = 'Naik'), sheet: 'Kinerja', cell: 'D2' },
  { code: 'CELL_TEXT_TOO_LONG', opd: (f) => (f.lke[lkeRowOf(f.lke, '1.1.1')]![4] = 'Catatan panjang. '.repeat(2400)), sheet: 'LKE', cell: 'E5' },
  { code: 'CELL_EXCEL_ERROR', opd: (f) => (f.kinerja[1]![7] = '#REF!'), sheet: 'Kinerja', cell: 'H2' },
  { code: 'NUMBER_INVALID', opd: (f) => (f.kinerja[1]![20] = 'delapan'), sheet: 'Kinerja', cell: 'U2' },
  { code: 'NUMBER_AMBIGUOUS_THOUSANDS', opd: (f) => (f.kinerja[1]![20] = '1.250'), sheet: 'Kinerja', cell: 'U2' },
  { code: 'NUMBER_ENGLISH_DECIMAL', opd: (f) => (f.kinerja[1]![20] = '85.5'), sheet: 'Kinerja', cell: 'U2' },
  { code: 'CODE_DUPLICATE', opd: (f) => (f.kinerja[2]![0] = 'IK1'), sheet: 'Kinerja', cell: 'A3' },
  { code: 'PROFIL_YEAR_INVALID', opd: (f) => (f.profil[3]![1] = 1999), sheet: 'Profil', cell: 'B4' },
  { code: 'PROFIL_PERIOD_INVALID', opd: (f) => (f.profil[4]![1] = 'Bulan Lima'), sheet: 'Profil', cell: 'B5' },
  { code: 'PROFIL_PERIOD_YEAR_MISMATCH', opd: (f) => (f.profil[4]![1] = '2024-05'), sheet: 'Profil', cell: 'B5' },
  { code: 'PROFIL_MODEL_UNKNOWN', opd: (f) => (f.profil[5]![1] = '99/2099'), sheet: 'Profil', cell: 'B6' },
  { code: 'LKE_CODE_UNKNOWN', opd: (f) => (f.lke[lkeRowOf(f.lke, '1.1.7')]![0] = '1.1.9'), sheet: 'LKE', cell: 'A11' },
  { code: 'LKE_ANSWER_INVALID', opd: (f) => (f.lke[lkeRowOf(f.lke, '1.1.1')]![2] = 'B'), sheet: 'LKE', cell: 'C5' },
  { code: 'LKE_UNANSWERED', opd: (f) => (f.lke[lkeRowOf(f.lke, '1.2.3')]![2] = ''), sheet: 'LKE', cell: 'C15' },
  { code: 'LKE_CRITERIA_MISSING', opd: (f) => f.lke.splice(lkeRowOf(f.lke, '4.3.5'), 1), sheet: 'LKE' },
  { code: 'LKE_NILAI_STALE', opd: (f) => (f.lke[lkeRowOf(f.lke, '1.1.1')]![3] = 0), sheet: 'LKE', cell: 'D5' },
  {
    code: 'LKE_KERANGKA_LOGIS',
    opd: (f) => {
      f.lke[lkeRowOf(f.lke, '1.1.3')]![2] = 'T';
    },
    sheet: 'LKE',
    cell: 'C8', // the answer of 1.1.4, which may not exceed 1.1.3
  },
  { code: 'LKE_MODEL_EMPTY', opd: (f) => (f.profil[5]![1] = '12/2015'), sheet: 'LKE' },
  { code: 'KINERJA_RANGE_NOT_ALLOWED', opd: (f) => (f.kinerja[1]![20] = '80-90'), sheet: 'Kinerja', cell: 'U2' },
  { code: 'KINERJA_RANGE_INVALID', opd: (f) => (f.kinerja[1]![7] = '90 s.d. 80'), sheet: 'Kinerja', cell: 'H2' },
  { code: 'KINERJA_AFTER_PERIOD', opd: (f) => (f.kinerja[1]![25] = 97), sheet: 'Kinerja', cell: 'Z2' },
  {
    code: 'KINERJA_MONTH_TARGET_MISSING',
    opd: (f) => {
      f.kinerja[1]![4] = 'Kumulatif';
      [20, 20, 20, 20].forEach((t, m) => (f.kinerja[1]![8 + m] = t));
    },
    sheet: 'Kinerja',
    cell: `${REALISASI[4]}2`,
  },
  { code: 'KINERJA_NO_CAPAIAN', opd: (f) => (f.kinerja[1]![7] = 0), sheet: 'Kinerja', cell: 'H2' },
  { code: 'KINERJA_POHON_UNKNOWN', opd: (f) => (f.kinerja[1]![5] = 'PX'), sheet: 'Kinerja', cell: 'F2' },
  { code: 'POHON_PARENT_MISSING', opd: (f) => (f.pohon[1]![1] = 'SX'), options: withCity, sheet: 'Pohon Kinerja', cell: 'B2' },
  { code: 'POHON_CYCLE', opd: (f) => (f.pohon[1]![1] = 'P2'), sheet: 'Pohon Kinerja', cell: 'B3' },
  { code: 'POHON_ORPHAN', opd: (f) => (f.pohon[1]![1] = ''), options: withCity, sheet: 'Pohon Kinerja', cell: 'B2' },
  {
    code: 'YEAR_MISMATCH',
    opd: (f) => (f.profil[3]![1] = 2024),
    options: withCity,
    sheet: 'Profil',
    cell: 'B4',
  },
  { code: 'PERIOD_MISMATCH', options: () => ({ ...withCity(), period: { year: 2025, month: 6 } }), sheet: 'Profil', cell: 'B5' },
  { code: 'MODEL_MISMATCH', opd: (f) => (f.profil[5]![1] = '12/2015'), options: withCity, sheet: 'Profil', cell: 'B6' },
  // City workbook: the custom criteria list (`Model LKE`) and its settings.
  { code: 'MODEL_CODE_MALFORMED', city: (c) => (c.model = modelSheet([['1.9.1', 'Kriteria', 'Y/T']])), sheet: 'Model LKE', cell: 'A14' },
  { code: 'MODEL_RULE_INVALID', city: (c) => (c.model = modelSheet([], { '1.3.1': '>= 1.1.1' })), sheet: 'Model LKE', cell: 'D4' },
  { code: 'MODEL_RULE_UNKNOWN_REFERENCE', city: (c) => (c.model = modelSheet([], { '1.3.1': '<= 1.1.9' })), sheet: 'Model LKE', cell: 'D4' },
  { code: 'MODEL_SUBCOMPONENT_EMPTY', city: (c) => (c.model = modelSheet([], {}, '4.3')), sheet: 'Model LKE' },
];

/** A `Model LKE` sheet with one criterion per sub-component of 88/2021, plus extra rows and rules. */
function modelSheet(extra: unknown[][], rules: Record<string, string> = {}, drop?: string): unknown[][] {
  const rows: unknown[][] = [['Kode', 'Uraian', 'Tipe', 'Aturan']];
  for (const k of [1, 2, 3, 4]) {
    for (const s of [1, 2, 3]) {
      if (drop === `${k}.${s}`) continue;
      const code = `${k}.${s}.1`;
      rows.push([code, `Kriteria ${code}`, s === 1 ? 'Y/T' : 'A-E', rules[code] ?? '']);
    }
  }
  return [...rows, ...extra];
}

/** Codes that only hosts produce (reading files) or that no table can cause (shipped weights). */
const NOT_FROM_A_TABLE: FindingCode[] = ['FILE_UNREADABLE', 'FILE_FORMAT_UNSUPPORTED', 'FILE_PASSWORD_PROTECTED', 'FILE_IGNORED', 'MODEL_WEIGHT_INVALID', 'FILE_TOO_SLOW', 'FILE_TOO_LARGE_IN_MEMORY'];
/** Covered by the submissions tests below. */
const SUBMISSION_CODES: FindingCode[] = ['OPD_NOT_LISTED', 'OPD_DUPLICATE', 'OPD_NOT_SUBMITTED'];
/** Covered by the consolidation checks below (the consolidated Rekomendasi sheet). */
const CONSOLIDATION_CODES: FindingCode[] = ['REKOMENDASI_OVERDUE'];

function run(c: Case): Finding[] {
  if (c.city) return cityConfig(c.city).findings;
  const fixture = baseFixture();
  c.opd?.(fixture);
  return [...assessOpdWorkbook(fixtureTable(fixture, c.omit), c.options?.() ?? {}).findings];
}

describe('findings, one per code', () => {
  it('the valid fixtures have no findings', () => {
    assert.deepEqual(assessOpdWorkbook(fixtureTable(baseFixture()), withCity()).findings, []);
    assert.deepEqual(cityConfig((c) => (c.model = modelSheet([]))).findings, []);
  });

  for (const c of CASES) {
    it(`${c.code}${c.sheet ? ` on ${c.sheet}${c.cell ? `!${c.cell}` : ''}` : ' (file)'}`, () => {
      const findings = run(c);
      const found = findings.filter((f) => f.code === c.code);
      assert.ok(found.length > 0, `expected ${c.code}, got ${findings.map((f) => f.code).join(', ') || 'nothing'}`);
      const match = found.find((f) => f.sheet === c.sheet && (c.cell === undefined || f.cell === c.cell));
      assert.ok(match, `${c.code} at ${c.sheet}!${c.cell}; got ${found.map((f) => `${f.sheet}!${f.cell}`).join(', ')}`);
      if (c.cell === undefined) assert.equal(match.cell, undefined);
      assert.equal(match.severity, catalogue[c.code].severity);
      assert.ok(findingMessage(match, 'id').length > 10);
      assert.ok(findingMessage(match, 'en').length > 10);
    });
  }

  it('every catalogue code has a case', () => {
    const covered = new Set([...CASES.map((c) => c.code), ...NOT_FROM_A_TABLE, ...SUBMISSION_CODES, ...CONSOLIDATION_CODES]);
    const missing = (Object.keys(catalogue) as FindingCode[]).filter((code) => !covered.has(code));
    assert.deepEqual(missing, []);
  });
});

describe('submissions', () => {
  const city = () => cityConfig().config!;
  const assess = (edit: (f: OpdFixture) => void = () => {}) => {
    const fixture = baseFixture();
    edit(fixture);
    return assessOpdWorkbook(fixtureTable(fixture), { city: city() });
  };

  it('OPD_NOT_LISTED for a workbook of an OPD not in Daftar OPD, with no status row', () => {
    const result = matchSubmissions(city(), [assess((f) => (f.profil[1]![1] = 'DISHUB'))]);
    const finding = result.findings.find((f) => f.code === 'OPD_NOT_LISTED');
    assert.equal(finding?.cell, 'B2');
    assert.deepEqual(result.opds.map((o) => o.status), ['Belum Mengirim', 'Belum Mengirim']);
  });

  it('OPD_DUPLICATE on both files claiming one OPD, which is Ditolak', () => {
    const a = assess((f) => (f.file = 'a.xlsx'));
    const b = assess((f) => (f.file = 'b.xlsx'));
    const result = matchSubmissions(city(), [a, b]);
    const dup = result.findings.filter((f) => f.code === 'OPD_DUPLICATE');
    assert.deepEqual(dup.map((f) => [f.file, f.sheet, f.params]), [
      ['a.xlsx', undefined, { kodeOpd: 'DINKES', otherFile: 'b.xlsx' }],
      ['b.xlsx', undefined, { kodeOpd: 'DINKES', otherFile: 'a.xlsx' }],
    ]);
    assert.equal(result.opds[0]!.status, 'Ditolak');
  });

  it('OPD_NOT_SUBMITTED and the statuses Lengkap, Tidak Lengkap, Ditolak', () => {
    const complete = matchSubmissions(city(), [assess()]);
    assert.deepEqual(complete.opds.map((o) => o.status), ['Lengkap', 'Belum Mengirim']);
    assert.deepEqual(complete.findings.map((f) => [f.code, f.file]), [['OPD_NOT_SUBMITTED', 'kota.xlsx']]);
    const partial = matchSubmissions(city(), [assess((f) => (f.lke[lkeRowOf(f.lke, '2.2.1')]![2] = ''))]);
    assert.equal(partial.opds[0]!.status, 'Tidak Lengkap');
    const rejected = matchSubmissions(city(), [assess((f) => (f.lke[lkeRowOf(f.lke, '2.2.1')]![2] = 'Z'))]);
    assert.equal(rejected.opds[0]!.status, 'Ditolak');
  });
});

describe('consolidation checks', () => {
  const where = { file: 'konsolidasi-2025-04.xlsx', sheet: 'Rekomendasi', cell: 'H2' };
  const row = (status: string, batasWaktu: string) => ({ kodeOpd: 'DINKES', no: '1', status, batasWaktu, where });
  const may = { year: 2025, month: 5 };

  it('REKOMENDASI_OVERDUE on an open recommendation past its Batas Waktu (before the period ends), not on a finished or undated one', () => {
    const findings = checkRekomendasiOverdue([row('Proses', '2025-05-15'), row('Belum', '2025-05-31'), row('Selesai', '2025-01-31'), row('Belum', ''), row('Belum', '2025-04-30')], may);
    assert.deepEqual(findings.map((f) => [f.code, f.severity, f.file, f.sheet, f.cell, 'batasWaktu' in f.params ? f.params.batasWaktu : '']), [
      ['REKOMENDASI_OVERDUE', 'warning', 'konsolidasi-2025-04.xlsx', 'Rekomendasi', 'H2', '2025-05-15'],
      ['REKOMENDASI_OVERDUE', 'warning', 'konsolidasi-2025-04.xlsx', 'Rekomendasi', 'H2', '2025-04-30'],
    ]);
    assert.match(findingMessage(findings[0]!, 'id'), /Rekomendasi 1 \(DINKES\) berstatus Proses dan melewati batas waktu 2025-05-15/);
    assert.equal(lastDayOf({ year: 2024, month: 2 }), '2024-02-29');
  });
});
