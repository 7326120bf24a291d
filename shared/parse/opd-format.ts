/**
 * The OPD workbook format (workbook-format.md §1): sheet names, Profil labels and table
 * columns. Parsers read by these; the template writers (add-in and pipeline) write them.
 */
import type { ColumnSpec } from './header-row';

export const OPD_SHEETS = {
  profil: 'Profil',
  lke: 'LKE',
  kinerja: 'Kinerja',
  pohon: 'Pohon Kinerja',
  rekomendasi: 'Rekomendasi',
} as const;

export interface LabelSpec<K extends string = string> {
  readonly key: K;
  readonly names: readonly string[];
  readonly required: boolean;
}

export const PROFIL_LABELS = [
  { key: 'kodeOpd', names: ['Kode OPD'], required: true },
  { key: 'namaOpd', names: ['Nama OPD'], required: true },
  { key: 'tahun', names: ['Tahun'], required: true },
  { key: 'periode', names: ['Periode', 'Bulan'], required: true },
  { key: 'model', names: ['Model LKE'], required: false },
  { key: 'pengisi', names: ['Pengisi'], required: false },
  { key: 'kontak', names: ['Kontak'], required: false },
] as const satisfies readonly LabelSpec[];

export const LKE_COLUMNS = [
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'uraian', names: ['Uraian', 'Kriteria'], required: false },
  { key: 'jawaban', names: ['Jawaban', 'Jawaban OPD'], required: true },
  { key: 'nilai', names: ['Nilai'], required: false },
  { key: 'catatan', names: ['Catatan'], required: false },
  { key: 'buktiDukung', names: ['Bukti Dukung'], required: false },
] as const satisfies readonly ColumnSpec[];

export const KINERJA_COLUMNS = [
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'indikator', names: ['Indikator'], required: true },
  { key: 'satuan', names: ['Satuan'], required: false },
  { key: 'polaritas', names: ['Polaritas'], required: true },
  { key: 'agregasi', names: ['Agregasi'], required: false },
  { key: 'kodePohon', names: ['Kode Pohon'], required: false },
  { key: 'iku', names: ['IKU'], required: false },
  { key: 'target', names: ['Target'], required: true },
] as const satisfies readonly ColumnSpec[];

/** Monthly column headers are `Target <bulan>` and `Realisasi <bulan>`. */
export const MONTHLY_PREFIXES = { target: 'Target', realisasi: 'Realisasi' } as const;

export const POHON_COLUMNS = [
  { key: 'kode', names: ['Kode'], required: true },
  { key: 'kodeInduk', names: ['Kode Induk'], required: true },
  { key: 'level', names: ['Level'], required: true },
  { key: 'uraian', names: ['Uraian'], required: true },
  { key: 'penanggungJawab', names: ['Penanggung Jawab'], required: false },
] as const satisfies readonly ColumnSpec[];

export const REKOMENDASI_COLUMNS = [
  { key: 'no', names: ['No'], required: true },
  { key: 'rekomendasi', names: ['Rekomendasi'], required: true },
  { key: 'tindakLanjut', names: ['Tindak Lanjut'], required: false },
  { key: 'status', names: ['Status'], required: true },
  { key: 'buktiDukung', names: ['Bukti Dukung'], required: false },
] as const satisfies readonly ColumnSpec[];

/** Accepted level names → canonical level (aliases of workbook-format.md §1). */
export const POHON_LEVEL_ALIASES: Record<string, string> = {
  tujuan: 'Tujuan',
  sasaran: 'Sasaran',
  'ultimate outcome': 'Sasaran',
  'outcome antara': 'Outcome Antara',
  'intermediate outcome': 'Outcome Antara',
  'outcome langsung': 'Outcome Langsung',
  'immediate outcome': 'Outcome Langsung',
  output: 'Output',
};

export const YA_TIDAK: Record<string, boolean> = { ya: true, y: true, tidak: false, t: false };
