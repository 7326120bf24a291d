/** The city workbook format (workbook-format.md §2): sheet names, `Kota` labels and table columns. */
import type { ColumnSpec } from './header-row';
import type { LabelSpec } from './opd-format';

export const CITY_SHEETS = {
  kota: 'Kota',
  daftarOpd: 'Daftar OPD',
  pohon: 'Pohon Kinerja Kota',
  model: 'Model LKE',
} as const;

export const KOTA_LABELS = [
  { key: 'namaKota', names: ['Nama Kota', 'Nama Kabupaten', 'Nama Pemda'], required: true },
  { key: 'tahun', names: ['Tahun'], required: true },
  { key: 'model', names: ['Model LKE'], required: false },
  { key: 'namaModel', names: ['Nama Model'], required: false },
  { key: 'batasPredikat', names: ['Batas Predikat'], required: false },
  { key: 'rumusNegatif', names: ['Rumus Polaritas Negatif'], required: false },
  { key: 'batasCapaian', names: ['Batas Capaian'], required: false },
  // The evaluation report (LHE, `sakip report`): all optional.
  { key: 'nomorLhe', names: ['Nomor LHE', 'Awalan Nomor LHE'], required: false },
  { key: 'penandaTangan', names: ['Penanda Tangan', 'Inspektur', 'Ketua Tim'], required: false },
  { key: 'nip', names: ['NIP', 'NIP Penanda Tangan'], required: false },
  { key: 'jabatan', names: ['Jabatan', 'Jabatan Penanda Tangan'], required: false },
  { key: 'tempat', names: ['Tempat', 'Tempat Laporan'], required: false },
  /** `Sangat Tinggi >= 91; Tinggi >= 76; Sedang >= 66; Rendah >= 51; Sangat Rendah >= 0` (scoring.md §6). */
  { key: 'kategoriCapaian', names: ['Kategori Capaian'], required: false },
] as const satisfies readonly LabelSpec[];

export const DAFTAR_OPD_COLUMNS = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'namaOpd', names: ['Nama OPD'], required: true },
  /** Optional: the file names of this OPD's foreign workbooks (docs/import.md §5). */
  { key: 'berkas', names: ['Berkas', 'Alias', 'Nama Berkas'], required: false },
  /** Optional: last year's evaluation total of this OPD (its LHE), for the report's change since last year. */
  { key: 'nilaiTahunLalu', names: ['Nilai Tahun Lalu', 'Nilai LHE Tahun Lalu'], required: false },
] as const satisfies readonly ColumnSpec[];

export const CITY_POHON_COLUMNS = [
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'kodeInduk', names: ['Kode Induk'], required: false },
  { key: 'level', names: ['Level'], required: true },
  { key: 'uraian', names: ['Uraian'], required: true },
  { key: 'indikator', names: ['Indikator'], required: false },
] as const satisfies readonly ColumnSpec[];

export const MODEL_LKE_COLUMNS = [
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'uraian', names: ['Uraian', 'Kriteria'], required: true },
  { key: 'tipe', names: ['Tipe'], required: true },
  { key: 'aturan', names: ['Aturan'], required: false },
  /** Points of a component (`K` row), sub-component (`K.S` row) or criterion (method akumulasi). */
  { key: 'bobot', names: ['Bobot'], required: false },
  /** `rata-rata` or `akumulasi`, on a sub-component row. */
  { key: 'metode', names: ['Metode'], required: false },
] as const satisfies readonly ColumnSpec[];
