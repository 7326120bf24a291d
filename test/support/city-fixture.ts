/** A valid city workbook (`Konfigurasi Kota`) as plain grids, overridable per test. */
import { sheetFromGrid } from '../../shared/table/from-grid';
import type { WorkbookTable } from '../../shared/table/table';
import type { Grid } from './opd-fixture';

export interface CityFixture {
  file: string;
  kota: Grid;
  daftarOpd: Grid;
  pohon: Grid;
  model?: Grid;
}

export function baseCityFixture(): CityFixture {
  return {
    file: 'kota.xlsx',
    kota: [
      ['Konfigurasi Kota'],
      ['Nama Kota', 'Kota Contoh'],
      ['Tahun', 2025],
      ['Model LKE', '88/2021'],
      ['Batas Predikat', 'eksklusif'],
      ['Rumus Polaritas Negatif', '2T-R'],
      ['Batas Capaian', ''],
    ],
    daftarOpd: [
      ['Kode OPD', 'Nama OPD'],
      ['DINKES', 'Dinas Kesehatan'],
      ['DISDIK', 'Dinas Pendidikan'],
    ],
    pohon: [
      ['Kode', 'Kode Induk', 'Level', 'Uraian', 'Indikator'],
      ['T1', '', 'Tujuan', 'Masyarakat sehat dan cerdas', 'Indeks Pembangunan Manusia'],
      ['S1', 'T1', 'Sasaran', 'Meningkatnya derajat kesehatan', 'Usia Harapan Hidup'],
    ],
  };
}

export function cityTable(fixture: CityFixture): WorkbookTable {
  const sheets: [string, Grid | undefined][] = [
    ['Kota', fixture.kota],
    ['Daftar OPD', fixture.daftarOpd],
    ['Pohon Kinerja Kota', fixture.pohon],
    ['Model LKE', fixture.model],
  ];
  return { file: fixture.file, sheets: sheets.filter(([, g]) => g).map(([name, grid]) => sheetFromGrid(name, grid!)) };
}
