/**
 * A complete, valid OPD workbook as plain grids, built the way staff fill the template (a title
 * row above the headers), with every part overridable so a test can break exactly one thing.
 */
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { sheetFromGrid } from '../../shared/table/from-grid';
import type { WorkbookTable } from '../../shared/table/table';

export type Grid = unknown[][];

export interface OpdFixture {
  file: string;
  profil: Grid;
  lke: Grid;
  kinerja: Grid;
  pohon: Grid;
  rekomendasi: Grid;
}

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** Every criterion answered at the top of its scale (Y or A), unless `answers` says otherwise. */
export function lkeGrid(answers: Record<string, string> = {}): Grid {
  const grid: Grid = [['Lembar Kerja Evaluasi SAKIP'], ['Kode', 'Uraian', 'Jawaban', 'Nilai', 'Catatan', 'Bukti Dukung']];
  for (const component of MODEL_88_2021.components) {
    grid.push([String(component.number), component.name]);
    for (const sub of component.subComponents) {
      grid.push([`${component.number}.${sub.slot}`, sub.name]);
      for (const c of MODEL_88_2021.criteria.filter((x) => x.component === component.number && x.slot === sub.slot)) {
        grid.push([c.code, c.text, answers[c.code] ?? (c.type === 'Y/T' ? 'Y' : 'A'), '', '', '']);
      }
    }
  }
  return grid;
}

const monthHeaders = [...MONTHS.map((m) => `Target ${m}`), ...MONTHS.map((m) => `Realisasi ${m}`)];

/** An indicator row: monthly targets and realisasi as given (12 each, blanks as ''). */
export function indicatorRow(
  kode: string,
  options: { polaritas?: string; agregasi?: string; kodePohon?: string; iku?: string; target?: unknown; targets?: unknown[]; realisasi?: unknown[] } = {},
): unknown[] {
  const pad = (values: unknown[] = []) => [...values, ...Array(12 - values.length).fill('')];
  return [
    kode,
    `Indikator ${kode}`,
    '%',
    options.polaritas ?? 'Positif',
    options.agregasi ?? 'Akhir',
    options.kodePohon ?? 'P1',
    options.iku ?? 'Ya',
    options.target ?? 100,
    ...pad(options.targets),
    ...pad(options.realisasi),
  ];
}

export function baseFixture(): OpdFixture {
  return {
    file: 'dinkes.xlsx',
    profil: [
      ['Profil OPD'],
      ['Kode OPD', 'DINKES'],
      ['Nama OPD', 'Dinas Kesehatan'],
      ['Tahun', 2025],
      ['Periode', 'Mei'],
      ['Model LKE', '88/2021'],
      ['Pengisi', 'Sekretariat'],
    ],
    lke: lkeGrid(),
    kinerja: [
      ['Kode', 'Indikator', 'Satuan', 'Polaritas', 'Agregasi', 'Kode Pohon', 'IKU', 'Target', ...monthHeaders],
      indicatorRow('IK1', { realisasi: [80, 85, 90, 92, 95] }),
      indicatorRow('IK2', { polaritas: 'Negatif', target: 10, realisasi: [12, 11, 10, 9, 8], kodePohon: 'P2' }),
    ],
    pohon: [
      ['Kode', 'Kode Induk', 'Level', 'Uraian', 'Penanggung Jawab'],
      ['P1', 'S1', 'Outcome Antara', 'Meningkatnya derajat kesehatan', 'Kepala Dinas'],
      ['P2', 'P1', 'Outcome Langsung', 'Menurunnya angka kesakitan', 'Kepala Bidang'],
    ],
    rekomendasi: [
      ['No', 'Rekomendasi', 'Tindak Lanjut', 'Status', 'Bukti Dukung'],
      [1, 'Perbaiki indikator kinerja utama', 'Reviu IKU', 'Selesai', 'https://contoh.go.id/iku.pdf'],
    ],
  };
}

export function fixtureTable(fixture: OpdFixture, omit: readonly string[] = []): WorkbookTable {
  const sheets = [
    ['Profil', fixture.profil],
    ['LKE', fixture.lke],
    ['Kinerja', fixture.kinerja],
    ['Pohon Kinerja', fixture.pohon],
    ['Rekomendasi', fixture.rekomendasi],
  ] as const;
  return {
    file: fixture.file,
    sheets: sheets.filter(([name]) => !omit.includes(name)).map(([name, grid]) => sheetFromGrid(name, grid)),
  };
}

/** The row index (0-based) of criterion `code` in `lkeGrid`, for editing cells. */
export function lkeRowOf(grid: Grid, code: string): number {
  return grid.findIndex((row) => row[0] === code);
}
