/**
 * A sheet in the shape of Permendagri 86/2017 form E.81 ("Evaluasi terhadap hasil Renja",
 * realisasi per triwulan) as OPDs fill it: three merged title rows, a header band over rows 6–9
 * (merged titles; `Realisasi Kinerja Pada Triwulan` over `I`–`IV`; a column-number row `1 … 12,
 * 13 = 9 + 10 + 11 + 12, 14 = 7 + 13, 15 = 14 / 6 x 100`; a unit row `K | % | Rp.`), a `Perangkat
 * Daerah : …` row, urusan/bidang heading rows without an indicator, Visi and Misi merged down the
 * data rows, quarter realisations as increments with column 13 their sum, and a signature block.
 * Our own generator of that shape (no real file's data).
 */
import { columnLetters } from '../../shared/table/address';

export interface E81Indicator {
  readonly no: number | '';
  readonly program: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly target: number;
  /** Realisasi per quarter (increments), null = blank. */
  readonly quarters: readonly (number | null)[];
  /** What column 13 shows, when it is not the sum (a typed value, as real forms sometimes have). */
  readonly total?: number;
}

export interface E81Fixture {
  readonly rows: unknown[][];
  readonly merges: string[];
  /** 1-based sheet row of each indicator. */
  readonly indicatorRows: number[];
}

/** Column numbers (1-based) of the form's columns. */
export const E81 = { no: 1, visi: 2, misi: 3, sasaranRpjmd: 4, tujuan: 5, sasaran: 6, program: 7, indikator: 8, satuan: 9, targetRenstra: 10, realisasiLalu: 12, target: 14, tw: [16, 19, 22, 25], total: 28, renstraTotal: 30, tingkat: 32, last: 33 } as const;

export const E81_INDICATORS: readonly E81Indicator[] = [
  { no: 3, program: 'Program Penunjang Urusan Pemerintahan Daerah', indikator: '1. Nilai LHE AKIP Perangkat Daerah 2. Indeks Kepuasan Masyarakat', satuan: 'Nilai', target: 100, quarters: [15, 13.5, 21, 50.5] },
  { no: 4, program: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja', indikator: 'Persentase Tertib Pelaporan Capaian Kinerja', satuan: '%', target: 100, quarters: [29.25, 16.5, 32.75, 21.5] },
  { no: 5, program: 'Penyusunan Dokumen Perencanaan', indikator: 'Jumlah Dokumen Perencanaan Perangkat Daerah', satuan: 'Dok', target: 4, quarters: [2, 0.8, 1.2, 0] },
  { no: 6, program: 'Evaluasi Kinerja Perangkat Daerah', indikator: 'Jumlah Laporan Evaluasi Kinerja', satuan: 'Lap', target: 8, quarters: [2.4, 1.6, 2, 2] },
  { no: 7, program: 'Pengadaan Kendaraan Dinas', indikator: 'Jumlah Unit Kendaraan Dinas', satuan: 'Unit', target: 0, quarters: [0, 0, 0, null] },
  { no: 8, program: 'Pemeliharaan Mebel', indikator: 'Jumlah Mebel yang Dipelihara', satuan: 'Unit', target: 35, quarters: [0, 0, 0, 35], total: 0 },
  { no: 9, program: 'Penyiapan Bahan Musrenbang', indikator: 'Jumlah Usulan yang Terverifikasi', satuan: 'Usulan', target: 1970, quarters: [1970, 0, 0, 0] },
  { no: 0, program: 'Program Riset dan Inovasi Daerah', indikator: 'Persentase Kebijakan Berbasis Bukti', satuan: '%', target: 0, quarters: [0, 0, 0, 0] },
  { no: '', program: '', indikator: 'Indeks Inovasi Daerah', satuan: 'Nilai', target: 0, quarters: [0, 0, 0, 0] },
  { no: '', program: 'Invensi dan Inovasi', indikator: 'Persentase Invensi dan Inovasi yang Terlaksana', satuan: '%', target: 0, quarters: [null, null, null, null] },
];

export function e81Fixture(indicators: readonly E81Indicator[] = E81_INDICATORS, options: { unitRowInBand?: boolean } = {}): E81Fixture {
  const width = E81.last;
  const row = (): unknown[] => Array(width).fill('');
  const rows: unknown[][] = [];
  const merges: string[] = [];
  const set = (r: number, c: number, v: unknown): void => {
    rows[r - 1] ??= row();
    rows[r - 1]![c - 1] = v;
  };
  const merge = (r1: number, c1: number, r2: number, c2: number): void => {
    merges.push(`${columnLetters(Math.min(c1, c2))}${Math.min(r1, r2)}:${columnLetters(Math.max(c1, c2))}${Math.max(r1, r2)}`);
  };
  for (let r = 1; r <= 9; r += 1) rows[r - 1] = row();
  set(1, 1, 'Evaluasi Terhadap Hasil Renja');
  set(2, 1, 'Kabupaten Contoh');
  set(3, 1, 'Tahun 2025');
  for (const r of [1, 2, 3]) merge(r, 1, r, width);

  // The band: titles (row 6), sub-titles (row 7), column numbers (row 8), units (row 9); with
  // `unitRowInBand` the units come right under the sub-titles and the column numbers after them.
  const [numbersRow, unitsRow] = options.unitRowInBand ? [9, 8] : [8, 9];
  set(6, E81.no, 'No');
  merge(6, 1, 7, 1);
  merge(numbersRow, 1, unitsRow, 1);
  set(numbersRow, 1, 1);
  ['Visi', 'Misi', 'Sasaran RPJMD/ NSPK', 'Tujuan Perangkat Daerah'].forEach((t, i) => set(7, E81.visi + i, t));
  const single = (c: number, title: string, number: number): void => {
    set(6, c, title);
    merge(6, c, 7, c);
    set(numbersRow, c, number);
    merge(numbersRow, c, unitsRow, c);
  };
  single(E81.sasaran, 'Sasaran Perangkat daerah', 2);
  single(E81.program, 'Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan', 3);
  single(E81.indikator, 'Indikator Kinerja Program (Outcome)/Kegiatan (Output)', 4);
  single(E81.satuan, 'Satuan', 5);
  const pair = (c: number, title: string, number: string | number): void => {
    set(6, c, title);
    merge(6, c, 7, c + 1);
    set(numbersRow, c, number);
    merge(numbersRow, c, numbersRow, c + 1);
    set(unitsRow, c, 'K');
    set(unitsRow, c + 1, 'Rp.');
  };
  pair(E81.targetRenstra, 'Target Renstra Perangkat Daerah Pada Tahun 2030 (Akhir Periode Renstra Perangkat Daerah)', 6);
  pair(E81.realisasiLalu, 'Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun 2024', 7);
  pair(E81.target, 'Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan (Tahun 2025) yang dievaluasi', 8);
  set(6, E81.tw[0], 'Realisasi Kinerja Pada Triwulan');
  merge(6, E81.tw[0], 6, E81.tw[3] + 2);
  ['I', 'II', 'III', 'IV'].forEach((q, i) => {
    const c = E81.tw[i]!;
    set(7, c, q);
    merge(7, c, 7, c + 2);
    set(numbersRow, c, 9 + i);
    merge(numbersRow, c, numbersRow, c + 2);
    set(unitsRow, c, 'K');
    set(unitsRow, c + 1, '%');
    set(unitsRow, c + 2, 'Rp.');
  });
  pair(E81.total, 'Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi', '13 = 9 + 10 + 11 + 12');
  pair(E81.renstraTotal, 'Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun 2025', '14 = 7 + 13');
  pair(E81.tingkat, 'Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun 2030 (%)', '15 = 14 / 6 x 100');

  set(10, E81.sasaran, 'Perangkat Daerah : Badan Perencanaan Pembangunan Daerah Kabupaten Contoh');
  // Heading rows: urusan and bidang, with targets but no indicator.
  const first = 11;
  set(first, E81.no, 1);
  set(first, E81.program, 'UNSUR PENUNJANG URUSAN PEMERINTAHAN');
  set(first, E81.target, 100);
  set(first + 1, E81.no, 2);
  set(first + 1, E81.program, 'PERENCANAAN');
  set(first + 1, E81.target, 100);
  set(first, E81.visi, 'Terwujudnya Kabupaten Contoh yang Sehat, Cerdas dan Sejahtera');
  set(first, E81.misi, 'Pelayanan Publik yang Prima');
  set(first + 2, E81.sasaranRpjmd, 'Meningkatnya Akuntabilitas Kinerja Pemerintahan Daerah');
  set(first + 2, E81.sasaran, 'Meningkatnya Kinerja Perangkat Daerah');

  const indicatorRows: number[] = [];
  indicators.forEach((ind, i) => {
    const r = first + 2 + i;
    indicatorRows.push(r);
    rows[r - 1] = row();
    set(r, E81.no, ind.no);
    set(r, E81.program, ind.program);
    set(r, E81.indikator, ind.indikator);
    set(r, E81.satuan, ind.satuan);
    set(r, E81.targetRenstra, ind.target);
    set(r, E81.targetRenstra + 1, 1_000_000 * (i + 1));
    set(r, E81.realisasiLalu, ind.target * 0.8);
    set(r, E81.target, ind.target);
    set(r, E81.target + 1, 900_000 * (i + 1));
    let cumulative = 0;
    ind.quarters.forEach((q, k) => {
      const c = E81.tw[k]!;
      if (q === null) return;
      cumulative += q;
      set(r, c, q);
      set(r, c + 1, ind.target === 0 ? 0 : cumulative / ind.target);
      set(r, c + 2, 200_000 * (k + 1));
    });
    const sum = ind.quarters.reduce<number>((s, q) => s + (q ?? 0), 0);
    set(r, E81.total, ind.total ?? sum);
    set(r, E81.total + 1, 2_000_000);
    set(r, E81.renstraTotal, ind.target * 0.8 + (ind.total ?? sum));
  });
  const lastData = first + 2 + indicators.length - 1;
  merge(first, E81.visi, lastData, E81.visi);
  merge(first, E81.misi, lastData, E81.misi);
  // A bidang heading further down, then the signature block.
  const sig = lastData + 3;
  set(lastData + 1, E81.program, 'Keuangan');
  set(lastData + 1, E81.target, 90);
  set(sig, 24, 'Kota Contoh, Desember 2025');
  set(sig + 2, 24, 'KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH');
  set(sig + 5, 24, 'NIP. 19700101 199503 1 001');
  for (let r = 1; r <= sig + 5; r += 1) rows[r - 1] ??= row();
  return { rows, merges, indicatorRows };
}
