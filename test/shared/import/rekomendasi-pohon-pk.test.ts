/**
 * Layouts rekomendasi-tindak-lanjut, pohon-lebar, pohon-panjang and capaian-pk-triwulan, each on
 * sheets in the shapes staff keep them (own fixtures).
 */
import assert from 'node:assert/strict';
import { indicatorCapaian } from '../../../shared/capaian/indicator-capaian';
import { findingMessage } from '../../../shared/findings/make-finding';
import { rekomendasiStatus } from '../../../shared/import/rekomendasi-tindak-lanjut';
import { pohonLevel } from '../../../shared/import/pohon-kinerja-panjang';
import type { Indicator, PohonNode, Rekomendasi } from '../../../shared/parse/opd-workbook-model';
import { readLayout } from './layout-support';

const rekomendasiOf = (rows: unknown[][], merges: string[] = []) => {
  const { id, read, report } = readLayout(rows, merges);
  assert.equal(id, 'rekomendasi-tindak-lanjut');
  return { list: read.part === 'rekomendasi' ? read.rekomendasi : ([] as Rekomendasi[]), report };
};
const pohonOf = (rows: unknown[][], merges: string[] = [], layout = 'pohon-lebar') => {
  const { id, read, report } = readLayout(rows, merges);
  assert.equal(id, layout);
  return { nodes: read.part === 'pohon' ? read.pohon : ([] as PohonNode[]), report };
};
const kinerjaOf = (rows: unknown[][], merges: string[] = []) => {
  const { id, read, report } = readLayout(rows, merges);
  assert.equal(id, 'capaian-pk-triwulan');
  return { indicators: read.part === 'kinerja' ? read.indicators : ([] as Indicator[]), report };
};
const quarters = (i: Indicator, values: readonly (number | null)[]) => [2, 5, 8, 11].map((m) => values[m]);

describe('import layout rekomendasi-tindak-lanjut', () => {
  it('reads recommendations with status synonyms; batas waktu and prioritas kept with the follow-up', () => {
    const { list, report } = rekomendasiOf([
      ['TINDAK LANJUT REKOMENDASI EVALUASI AKIP 2024'],
      ['Perangkat Daerah : Dinas Kesehatan'],
      [],
      ['No', 'Rekomendasi', 'Tindak Lanjut', 'Batas Waktu', 'Prioritas', 'Status'],
      [1, 'Perbaiki IKU agar berorientasi hasil', 'Reviu IKU', 'Juni 2025', 'Tinggi', 'Tuntas'],
      [2, 'Susun cascading kinerja', '', '', '', 'Baru'],
      [3, 'Manfaatkan hasil evaluasi internal', 'Rapat evaluasi bulanan', 'Desember 2025', 'Sedang', 'Dalam Proses'],
      [4, 'Publikasikan LKjIP tepat waktu', '', '', '', 'Belum Ditindaklanjuti'],
      [5, 'Lengkapi bukti dukung', 'Unggah SK', '', '', 'Ditindaklanjuti'],
      [6, 'Tetapkan PK eselon IV', '', '', '', 'Ditunda'],
      [],
      [7, '', 'Catatan tanpa rekomendasi', '', '', ''],
    ]);
    assert.deepEqual(list.map((r) => [r.no, r.status]), [['1', 'Selesai'], ['2', 'Belum'], ['3', 'Proses'], ['4', 'Belum'], ['5', 'Proses']]);
    assert.equal(list[0]!.tindakLanjut, 'Reviu IKU; Batas waktu: Juni 2025; Prioritas: Tinggi');
    assert.equal(list[0]!.cell, 'A5');
    assert.deepEqual(report.findings.map((f) => [f.code, f.cell]), [['VALUE_NOT_ALLOWED', 'F10'], ['REQUIRED_VALUE_MISSING', 'B12']]);
    assert.match(findingMessage(report.findings[0]!), /Ditunda/);
  });

  it('status synonyms, any case and spacing', () => {
    assert.deepEqual(
      ['Baru', 'BELUM DITINDAKLANJUTI', 'belum', 'Ditindaklanjuti', 'Dalam  Proses', 'proses', 'Tuntas', 'Selesai', 'x'].map(rekomendasiStatus),
      ['Belum', 'Belum', 'Belum', 'Proses', 'Proses', 'Proses', 'Selesai', 'Selesai', undefined],
    );
  });
});

describe('import layout pohon-lebar', () => {
  const expectTree = (nodes: readonly PohonNode[]) =>
    nodes.map((n) => [n.kode, n.kodeInduk, n.level, n.uraian]);
  const tree = [
    ['1', '', 'Tujuan', 'Meningkatnya derajat kesehatan'],
    ['1.1', '1', 'Sasaran', 'Menurunnya angka kesakitan'],
    ['1.1.1', '1.1', 'Outcome Antara', 'Program Pencegahan Penyakit'],
    ['1.1.1.1', '1.1.1', 'Outcome Langsung', 'Imunisasi dasar'],
    ['1.1.1.1.1', '1.1.1.1', 'Output', 'Layanan imunisasi'],
    ['1.1.1.1.2', '1.1.1.1', 'Output', 'Sweeping imunisasi'],
    ['1.1.1.2', '1.1.1', 'Outcome Langsung', 'Surveilans'],
    ['1.2', '1', 'Sasaran', 'Meningkatnya mutu layanan'],
    ['1.2.1', '1.2', 'Outcome Antara', 'Program Pelayanan Kesehatan'],
  ];

  it('Tujuan | Sasaran | Program | Kegiatan | Sub Kegiatan with ancestors merged down', () => {
    const rows = [
      ['POHON KINERJA DINAS KESEHATAN'],
      ['Tujuan', 'Sasaran', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Penanggung Jawab'],
      ['Meningkatnya derajat kesehatan', 'Menurunnya angka kesakitan', 'Program Pencegahan Penyakit', 'Imunisasi dasar', 'Layanan imunisasi', 'Seksi P2'],
      ['', '', '', '', 'Sweeping imunisasi', 'Seksi P2'],
      ['', '', '', 'Surveilans', '', ''],
      ['', 'Meningkatnya mutu layanan', 'Program Pelayanan Kesehatan', '', '', ''],
    ];
    const { nodes, report } = pohonOf(rows, ['A3:A6', 'B3:B5', 'C3:C5', 'D3:D4']);
    assert.deepEqual(expectTree(nodes), tree);
    assert.equal(nodes[4]!.penanggungJawab, 'Seksi P2');
    assert.deepEqual(report.findings, []);
  });

  it('Level 1 … Level 5 with blank-repeated ancestors, and with every ancestor written again', () => {
    const blank = [
      ['Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5'],
      ['Meningkatnya derajat kesehatan', 'Menurunnya angka kesakitan', 'Program Pencegahan Penyakit', 'Imunisasi dasar', 'Layanan imunisasi'],
      ['', '', '', '', 'Sweeping imunisasi'],
      ['', '', '', 'Surveilans'],
      ['', 'Meningkatnya mutu layanan', 'Program Pelayanan Kesehatan'],
    ];
    assert.deepEqual(expectTree(pohonOf(blank).nodes), tree);
    const repeated = [
      blank[0]!,
      blank[1]!,
      ['Meningkatnya derajat kesehatan', 'Menurunnya angka kesakitan', 'Program Pencegahan Penyakit', 'Imunisasi dasar', 'Sweeping imunisasi'],
      ['Meningkatnya derajat kesehatan', 'Menurunnya angka kesakitan', 'Program Pencegahan Penyakit', 'Surveilans'],
      ['Meningkatnya derajat kesehatan', 'Meningkatnya mutu layanan', 'Program Pelayanan Kesehatan'],
    ];
    assert.deepEqual(expectTree(pohonOf(repeated).nodes), tree);
  });

  it('a level under a blank ancestor with none above is reported; a deep tree is read without recursion', () => {
    const { report } = pohonOf([['Tujuan', 'Sasaran', 'Program'], ['', 'Sasaran tanpa tujuan', 'P']]);
    assert.deepEqual(report.findings.map((f) => [f.code, f.cell]), [['REQUIRED_VALUE_MISSING', 'A2']]);
    const many: unknown[][] = [['Tujuan', 'Sasaran', 'Program', 'Kegiatan', 'Sub Kegiatan']];
    for (let i = 0; i < 20_000; i += 1) many.push(i === 0 ? ['T', 'S', 'P', 'K', `Sub ${i}`] : ['', '', '', '', `Sub ${i}`]);
    const { nodes } = pohonOf(many);
    assert.equal(nodes.length, 4 + 20_000);
    assert.equal(nodes.at(-1)!.kode, '1.1.1.1.20000');
  });
});

describe('import layout pohon-panjang', () => {
  it('level, kode, uraian, parent code; levels by name, alias or number', () => {
    const { nodes, report } = pohonOf(
      [
        ['Kode', 'Uraian', 'Level', 'Kode Parent', 'PJ'],
        ['T1', 'Meningkatnya derajat kesehatan', 'Level 1', '', 'Kepala Dinas'],
        ['S1', 'Menurunnya angka kesakitan', 'Sasaran', 'T1', ''],
        ['P1', 'Program Pencegahan Penyakit', 'Program', 'S1', ''],
        ['K1', 'Imunisasi dasar', '4', 'P1', ''],
        ['SK1', 'Layanan imunisasi', 'Sub Kegiatan', 'K1', ''],
        ['X1', 'Tidak jelas', 'Cabang', 'K1', ''],
      ],
      [],
      'pohon-panjang',
    );
    assert.deepEqual(nodes.map((n) => [n.kode, n.kodeInduk, n.level]), [
      ['T1', '', 'Tujuan'],
      ['S1', 'T1', 'Sasaran'],
      ['P1', 'S1', 'Outcome Antara'],
      ['K1', 'P1', 'Outcome Langsung'],
      ['SK1', 'K1', 'Output'],
      ['X1', 'K1', undefined],
    ]);
    assert.equal(nodes[0]!.penanggungJawab, 'Kepala Dinas');
    assert.deepEqual(report.findings.map((f) => [f.code, f.cell]), [['VALUE_NOT_ALLOWED', 'C7']]);
    assert.deepEqual(['Level 2', 'lv 3', 'Outcome Langsung', 'Intermediate Outcome', 'Kegiatan', '6'].map(pohonLevel), ['Sasaran', 'Outcome Antara', 'Outcome Langsung', 'Outcome Antara', 'Outcome Langsung', undefined]);
  });
});

describe('import layout capaian-pk-triwulan', () => {
  it('Target | TW 1..4 under a Realisasi band: realisations, polarity from its column, Akhir assumed without quarterly targets', () => {
    const { indicators, report } = kinerjaOf(
      [
        ['PENGUKURAN KINERJA TRIWULANAN 2025'],
        ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', '', '', '', 'Polaritas'],
        ['', '', '', '', 'TW 1', 'TW 2', 'TW 3', 'TW 4', ''],
        [1, 'Persentase balita gizi buruk', '%', 2, 2.5, 2.2, 2.1, '', 'Negatif'],
        [2, 'Cakupan imunisasi dasar lengkap', '%', 95, 40, 60, 80, 96, 'Positif'],
      ],
      ['E2:H2', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'I2:I3'],
    );
    assert.deepEqual(indicators.map((i) => [i.kode, i.polaritas, i.agregasi]), [['1', 'negatif', 'Akhir'], ['2', 'positif', 'Akhir']]);
    assert.deepEqual(quarters(indicators[0]!, indicators[0]!.realisasi), [2.5, 2.2, 2.1, null]);
    assert.deepEqual(report.findings.map((f) => f.code), ['IMPORT_AGGREGATION_ASSUMED']);
    const c = indicatorCapaian({ target: indicators[1]!.target, monthlyTargets: indicators[1]!.monthlyTargets, realisasi: indicators[1]!.realisasi, aggregation: indicators[1]!.agregasi }, 'positif', 12);
    assert.ok(c.ok);
    assert.equal(c.realisasi, 96);
  });

  it('Target TW-I..TW-IV and Realisasi TW-I..TW-IV: quarterly targets give the aggregation; no polarity column: Positif with a finding', () => {
    const { indicators, report } = kinerjaOf([
      ['Indikator', 'Satuan', 'Target', 'Target TW-I', 'Target TW-II', 'Target TW-III', 'Target TW-IV', 'Realisasi TW-I', 'Realisasi TW-II', 'Realisasi TW-III', 'Realisasi TW-IV'],
      ['Dokumen perencanaan disusun', 'Dok', 4, 1, 1, 1, 1, 1, 1, 0, ''],
      ['Persentase SPM tercapai', '%', 100, 25, 50, 75, 100, 20, 45, '', ''],
    ]);
    assert.deepEqual(indicators.map((i) => i.agregasi), ['Kumulatif', 'Akhir']);
    assert.deepEqual(quarters(indicators[0]!, indicators[0]!.monthlyTargets), [1, 1, 1, 1]);
    assert.deepEqual(quarters(indicators[1]!, indicators[1]!.realisasi), [20, 45, null, null]);
    assert.deepEqual(report.findings.map((f) => [f.code, f.params]), [['IMPORT_POLARITY_ASSUMED', { count: 2 }]]);
    const half = indicatorCapaian({ target: indicators[1]!.target, monthlyTargets: indicators[1]!.monthlyTargets, realisasi: indicators[1]!.realisasi, aggregation: indicators[1]!.agregasi }, 'positif', 6);
    assert.ok(half.ok);
    assert.equal(half.value, 90);
  });

  it('Triwulan I..IV beside the target, English numbers in a web export', () => {
    const { id, read } = readLayout(
      [
        ['Kode', 'Indikator Kinerja Utama', 'Target', 'Triwulan I', 'Triwulan II', 'Triwulan III', 'Triwulan IV', 'Agregasi'],
        ['IKU-1', 'Indeks kepuasan masyarakat', '85.5', '80.25', '82.5', '84', '86', 'Akhir'],
      ],
      [],
      'en',
    );
    assert.equal(id, 'capaian-pk-triwulan');
    assert.ok(read.part === 'kinerja');
    const i = read.indicators[0]!;
    assert.deepEqual([i.kode, i.target, i.agregasi], ['IKU-1', { kind: 'number', value: 85.5 }, 'Akhir']);
    assert.deepEqual(quarters(i, i.realisasi), [80.25, 82.5, 84, 86]);
  });
});
