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
import type { WorkbookTable } from '../../shared/table/table';
import { baseCityFixture, cityTable, type CityFixture } from '../support/city-fixture';
import { baseFixture, fixtureTable, lkeRowOf, type OpdFixture } from '../support/opd-fixture';
import { foreignLke, foreignLkeTable, modelShapedLke } from '../support/foreign-lke-fixture';
import { criteriaListGrid, criteriaListTable } from '../support/criteria-list-fixture';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { importedOpdTemplate } from '../../shared/import/imported-opd-template';
import { sheetFromGrid } from '../../shared/table/from-grid';
import { e81Fixture } from '../support/e81-fixture';

/** A form E.81 workbook (test/support/e81-fixture.ts): one sheet, its band merged. */
function e81Table(): WorkbookTable {
  const fixture = e81Fixture();
  return { file: 'evaluasi-renja.xlsx', sheets: [{ ...sheetFromGrid('Realisasi TW IV', fixture.rows), merges: fixture.merges }] };
}

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
  /** Changes the OPD workbook's table (sheet names, hidden sheets) after it is built. */
  table?: (t: WorkbookTable) => WorkbookTable;
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
  {
    code: 'SHEET_AMBIGUOUS',
    // A hidden copy named `LKE` before the visible `LKE ` (trailing space): the visible one is read.
    table: (t) => {
      const lke = t.sheets.find((s) => s.name === 'LKE')!;
      return { ...t, sheets: [{ ...lke, hidden: true }, ...t.sheets.map((s) => (s === lke ? { ...s, name: 'LKE ' } : s))] };
    },
    sheet: 'LKE ',
  },
  { code: 'HEADER_MISSING', opd: (f) => (f.lke[1]![2] = 'Jawab'), sheet: 'LKE', cell: 'C2' },
  { code: 'REQUIRED_VALUE_MISSING', opd: (f) => (f.profil[2]![1] = ''), sheet: 'Profil', cell: 'B3' },
  { code: 'VALUE_NOT_ALLOWED', opd: (f) => (f.kinerja[1]![3] = 'Naik'), sheet: 'Kinerja', cell: 'D2' },
  { code: 'CELL_TEXT_CHARACTER_DROPPED', opd: (f) => (f.lke[lkeRowOf(f.lke, '1.1.1')]![4] = 'Catatan\u0001 dari PDF'), sheet: 'LKE', cell: 'E5' },
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
  { code: 'KINERJA_REALISASI_BLANK', opd: (f) => (f.kinerja[1]![24] = ''), sheet: 'Kinerja', cell: 'Y2' },
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
    code: 'POHON_TOO_DEEP',
    // P1 (under S1), P2 … P101: level 101 is the first past the limit of 100, at row 102.
    opd: (f) => {
      f.pohon.length = 3;
      for (let i = 3; i <= 101; i++) f.pohon.push([`P${i}`, `P${i - 1}`, 'Output', `Simpul ${i}`, 'Staf']);
    },
    sheet: 'Pohon Kinerja',
    cell: 'B102',
  },
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
const NOT_FROM_A_TABLE: FindingCode[] = ['FILE_UNREADABLE', 'FILE_FORMAT_UNSUPPORTED', 'FILE_PASSWORD_PROTECTED', 'FILE_IGNORED', 'FILE_HTML_EXPORT', 'MODEL_WEIGHT_INVALID', 'FILE_TOO_SLOW', 'FILE_TOO_LARGE_IN_MEMORY',
  // The consolidation's own checks (test/pipeline/consolidate-evaluator-answers.test.ts).
  'EVALUATOR_ANSWER_INVALID',
  // A check of the consolidation's city configuration (shared/checks/city-opd-list.ts; test/pipeline/consolidate-input-folder.test.ts).
  'CITY_OPD_LIST_EMPTY',
];
/** Covered by the submissions tests below. */
const SUBMISSION_CODES: FindingCode[] = ['OPD_NOT_LISTED', 'OPD_DUPLICATE', 'OPD_NOT_SUBMITTED'];
/** Covered by the consolidation checks below (the consolidated Rekomendasi sheet). */
const CONSOLIDATION_CODES: FindingCode[] = ['REKOMENDASI_OVERDUE'];

function run(c: Case): Finding[] {
  if (c.city) return cityConfig(c.city).findings;
  const fixture = baseFixture();
  c.opd?.(fixture);
  const table = fixtureTable(fixture, c.omit);
  return [...assessOpdWorkbook(c.table ? c.table(table) : table, c.options?.() ?? {}).findings];
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
    const covered = new Set([...CASES.map((c) => c.code), ...NOT_FROM_A_TABLE, ...SUBMISSION_CODES, ...CONSOLIDATION_CODES, ...IMPORT_CASES.map((c) => c.code), ...IMPORT_PENDING]);
    const missing = (Object.keys(catalogue) as FindingCode[]).filter((code) => !covered.has(code));
    assert.deepEqual(missing, []);
  });
});

/** Import codes (docs/import.md): each triggered from a generated foreign workbook. */
const IMPORT_CASES: { code: FindingCode; findings: () => readonly Finding[]; sheet?: string; cell?: string }[] = [
  { code: 'IMPORT_LAYOUT_DETECTED', findings: () => assessOpdWorkbook(foreignLkeTable(foreignLke())).findings, sheet: 'PENILAIAN' },
  { code: 'IMPORT_MODEL_FROM_FILE', findings: () => assessOpdWorkbook(foreignLkeTable(foreignLke())).findings, sheet: 'PENILAIAN' },
  { code: 'IMPORT_SUBTOTAL_DIFFERS', findings: () => assessOpdWorkbook(foreignLkeTable(foreignLke({ missingSubtotal: '2.4' }))).findings, sheet: 'PENILAIAN' },
  { code: 'IMPORT_IDENTITY_MISSING', findings: () => assessOpdWorkbook(foreignLkeTable(foreignLke())).findings },
  {
    code: 'IMPORT_IDENTITY_FROM',
    findings: () => assessOpdWorkbook(foreignLkeTable(foreignLke(), 'kke.xlsx', [{ name: 'Sampul', grid: [['Perangkat Daerah : Dinas Kesehatan'], ['TAHUN 2025']] }]), withCity()).findings,
  },
  {
    code: 'IMPORT_VALUE_NOT_UNDERSTOOD',
    findings: () => {
      const lke = foreignLke();
      lke.grid[3]![4] = 0.5; // components weigh 0,5 + 0,4: neither fractions of 1 nor points of 100
      return assessOpdWorkbook(foreignLkeTable(lke)).findings;
    },
    sheet: 'PENILAIAN',
  },
  { code: 'IMPORT_CODE_MAPPED', findings: () => assessOpdWorkbook(criteriaListTable(criteriaListGrid(MODEL_88_2021))).findings, sheet: 'Tabel Kriteria' },
  {
    code: 'IMPORT_CRITERION_TEXT_DIFFERS',
    findings: () => {
      const grid = criteriaListGrid(MODEL_88_2021);
      grid[2]![2] = 'Rapat koordinasi diadakan setiap bulan';
      return assessOpdWorkbook(criteriaListTable(grid)).findings;
    },
    sheet: 'Tabel Kriteria',
    cell: 'C3',
  },
  { code: 'IMPORT_POLARITY_ASSUMED', findings: () => assessOpdWorkbook(e81Table()).findings, sheet: 'Realisasi TW IV' },
  { code: 'IMPORT_TOTAL_MISMATCH', findings: () => assessOpdWorkbook(e81Table()).findings, sheet: 'Realisasi TW IV', cell: 'AB18' },
  {
    code: 'IMPORT_AGGREGATION_ASSUMED',
    findings: () =>
      assessOpdWorkbook({
        file: 'pk.xlsx',
        sheets: [sheetFromGrid('PK 2025', [['Indikator Kinerja', 'Target', 'TW 1', 'TW 2', 'TW 3', 'TW 4', 'Polaritas'], ['Cakupan imunisasi', 95, 40, 60, '', '', 'Positif']])],
      }).findings,
    sheet: 'PK 2025',
  },
  {
    code: 'IMPORT_COEFFICIENT_DIFFERS',
    findings: () => assessOpdWorkbook(foreignLkeTable(modelShapedLke(MODEL_88_2021, { '1.2.1': 'B' }, { coefficients: { B: 0.8 } }))).findings,
    sheet: 'KKE',
    cell: 'H14',
  },
  { code: 'IMPORT_NOT_CONVERTIBLE', findings: () => importedOpdTemplate(assessOpdWorkbook(foreignLkeTable(foreignLke())), MODEL_88_2021).findings, sheet: 'PENILAIAN' },
  {
    code: 'IMPORT_ANSWER_RESCALED',
    findings: () => importedOpdTemplate(assessOpdWorkbook(foreignLkeTable(modelShapedLke(MODEL_88_2021, { '1.2.1': 'B' }))), MODEL_88_2021).findings,
    sheet: 'KKE',
    cell: 'H14',
  },
  { code: 'IMPORT_COLUMNS_TO_NOTES', findings: () => importedOpdTemplate(assessOpdWorkbook(foreignLkeTable(modelShapedLke(MODEL_88_2021, { '1.1.1': 'Y' }, { keterangan: { '1.1.1': 'lihat laman' } }))), MODEL_88_2021).findings, sheet: 'KKE' },
];
const IMPORT_PENDING: FindingCode[] = [];

describe('findings, import codes', () => {
  for (const c of IMPORT_CASES) {
    it(`${c.code}${c.sheet ? ` on ${c.sheet}${c.cell ? `!${c.cell}` : ''}` : ' (file)'}`, () => {
      const found = c.findings().filter((f) => f.code === c.code);
      assert.ok(found.length > 0, `expected ${c.code}`);
      const match = found.find((f) => f.sheet === c.sheet && (c.cell === undefined || f.cell === c.cell));
      assert.ok(match, `${c.code} at ${c.sheet}!${c.cell}; got ${found.map((f) => `${f.sheet}!${f.cell}`).join(', ')}`);
      assert.equal(match.severity, catalogue[c.code].severity);
      assert.ok(findingMessage(match, 'id').length > 10);
      assert.ok(findingMessage(match, 'en').length > 10);
    });
  }
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
