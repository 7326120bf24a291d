/** The city workbook (`Konfigurasi Kota`): sheets Kota, Daftar OPD and Pohon Kinerja Kota. */
import { CITY_NAME, CITY_TREE, YEAR } from './city-data';
import type { OpdSpec } from './opd-catalogue';
import type { SampleSheet } from './sheet-data';

export function citySheets(opds: readonly OpdSpec[]): SampleSheet[] {
  return [
    {
      name: 'Kota',
      titles: ['KONFIGURASI EVALUASI SAKIP', `Bagian Organisasi Sekretariat Daerah ${CITY_NAME}`],
      rows: [
        { style: 'label', cells: ['Nama Kota', CITY_NAME] },
        { style: 'label', cells: ['Tahun', YEAR] },
        { style: 'label', cells: ['Model LKE', '88/2021'] },
        { style: 'label', cells: ['Batas Predikat', 'eksklusif'] },
        { style: 'label', cells: ['Rumus Polaritas Negatif', '2T-R'] },
        { style: 'label', cells: ['Batas Capaian', 120] },
        { style: 'label', cells: ['Nomor LHE', '700.1.2.1/LHE'] },
        { style: 'label', cells: ['Penanda Tangan', 'Dra. Sri Wahyuningsih, M.Si.'] },
        { style: 'label', cells: ['NIP', '19700512 199503 2 004'] },
        { style: 'label', cells: ['Jabatan', `Inspektur ${CITY_NAME}`] },
      ],
      widths: [28, 50],
    },
    {
      name: 'Daftar OPD',
      titles: [`DAFTAR PERANGKAT DAERAH WAJIB MENYAMPAIKAN LKE SAKIP TAHUN ${YEAR}`, CITY_NAME],
      header: ['No', 'Kode OPD', 'Nama OPD'],
      rows: opds.map((opd, i) => ({ cells: [i + 1, opd.kode, opd.nama] })),
      widths: [5, 16, 90],
      textColumns: [2],
    },
    {
      name: 'Pohon Kinerja Kota',
      titles: [`POHON KINERJA ${CITY_NAME.toUpperCase()} (RPJMD 2025–2029)`],
      header: ['Kode', 'Kode Induk', 'Level', 'Uraian', 'Indikator'],
      rows: CITY_TREE.map((node) => ({ style: node.level === 'Tujuan' ? 'subheading' : 'data', cells: [node.kode, node.kodeInduk || null, node.level, node.uraian, node.indikator] })),
      widths: [8, 12, 12, 80, 60],
      textColumns: [1, 2],
    },
  ];
}
