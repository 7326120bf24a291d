/**
 * The consolidated evaluation workbook (workbook-format.md §3): sheet names, literal column
 * headers and status words. The headers listed in §3 come first, in its order; columns the
 * project adds (helpers the formulas use, evidence, previous totals) come after them.
 */

export const CONSOLIDATED_SHEETS = {
  ringkasan: 'Ringkasan',
  grafik: 'Grafik',
  rekapKomponen: 'Rekap Komponen',
  riwayat: 'Riwayat',
  lke: 'LKE',
  kinerja: 'Kinerja',
  pohon: 'Pohon Kinerja',
  rekomendasi: 'Rekomendasi',
  temuan: 'Temuan',
  sumber: 'Sumber',
  arsip: 'Arsip Evaluator',
  keterangan: 'Keterangan',
  /** Only for a city's own model: its criteria as the city workbook's Model LKE sheet gives them (sheets/model-lke.ts). */
  model: 'Model LKE',
} as const;

/** Ringkasan: the component columns (one per model component, by its short name) follow `Status`. */
export const RINGKASAN_HEAD = ['Kode OPD', 'Nama OPD', 'Status'] as const;
export const RINGKASAN_TAIL = [
  'Nilai OPD',
  'Predikat OPD',
  'Nilai Evaluator',
  'Predikat Evaluator',
  'Peringkat',
  'Capaian IKU',
  'Temuan Error',
  'Temuan Peringatan',
  'Perubahan',
  /** Added: why the OPD is Ditolak / Tidak Lengkap / Belum Mengirim, or has no evaluator total (opd-reason.ts). */
  'Keterangan',
  // Added after Perubahan: `<component> Evaluator`, one per model component (component-formulas.ts).
  /** Added: the previous consolidation's Nilai Evaluator, which `Perubahan` subtracts. */
  'Nilai Evaluator Sebelumnya',
  /** Added: the OPD's number, the key the evaluator totals sum the LKE sheet by. */
  'No OPD',
  /** Added: last year's total from the city workbook's Daftar OPD (optional column), for the LHE's change since last year. */
  'Nilai Tahun Lalu',
] as const;

export const LKE_HEADERS = [
  'Kode OPD',
  'Kode',
  'Uraian',
  'Tipe',
  'Jawaban OPD',
  'Nilai OPD',
  'Jawaban Evaluator',
  'Nilai Akhir',
  'Catatan Evaluator',
  'Perlu Ditinjau',
  // Added columns:
  'Catatan OPD',
  'Bukti Dukung',
  /** Weight of the criterion in the total: bobot subkomponen / number of its criteria. */
  'Bobot Kriteria',
  /** Nilai Akhir × Bobot Kriteria; the OPD's Nilai Evaluator is the sum of its Poin. */
  'Poin',
  'No OPD',
  /** The criterion's component number: the per-component evaluator values on Ringkasan sum Poin by it. */
  'Komponen',
] as const;

export const KINERJA_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;

export const KINERJA_HEADERS = [
  'Kode OPD',
  'Kode',
  'Indikator',
  'Satuan',
  'Polaritas',
  'Target',
  ...KINERJA_MONTHS.map((m) => `Realisasi ${m}`),
  'Capaian (%)',
  'Kategori',
  // Added columns:
  'IKU',
  'Agregasi',
  'Kode Pohon',
  /** Added: the month the capaian comes from when the period's realisasi is blank (KINERJA_REALISASI_BLANK). */
  'Dari Bulan',
] as const;

export const POHON_HEADERS = ['Kode OPD', 'Kode', 'Kode Induk', 'Level', 'Uraian', 'Indikator / Penanggung Jawab', 'Status Tautan'] as const;

export const REKOMENDASI_HEADERS = [
  'Kode OPD',
  'No',
  'Rekomendasi',
  'Tindak Lanjut',
  'Status',
  'Bukti Dukung',
  /** Added, filled by the evaluators and carried month to month: the component the recommendation is about (its short name). */
  'Komponen',
  /** Added, evaluators: the deadline (a date); an open recommendation past it gets REKOMENDASI_OVERDUE. */
  'Batas Waktu',
  /** Added, evaluators: Tinggi / Sedang / Rendah. */
  'Prioritas',
  /** Added: the period of the OPD workbook the row comes from (earlier than this consolidation's for an open recommendation carried over). */
  'Periode',
] as const;

export const PRIORITAS_LIST = ['Tinggi', 'Sedang', 'Rendah'] as const;

export const TEMUAN_HEADERS = [
  'Berkas',
  'Lembar',
  'Sel',
  'Tingkat',
  'Kode',
  'Pesan',
  /** Added: the OPD the finding is about (its file's Profil, or the finding's own Kode OPD), for filtering. */
  'Kode OPD',
] as const;

export const SUMBER_HEADERS = [
  'Berkas',
  'Kode OPD',
  'SHA-256',
  'Ukuran',
  'Status',
  /** Added: why a file was skipped, rejected or not read (its first file-level finding). */
  'Keterangan',
] as const;

export const ARSIP_HEADERS = [
  'Kode OPD',
  'Kode',
  'Jawaban Evaluator',
  'Catatan Evaluator',
  'Periode',
  /** Added: the OPD's answer when the entry was archived, to set `Perlu Ditinjau` on its return. */
  'Jawaban OPD',
] as const;

export type SourceStatus = 'Dibaca' | 'Ditolak' | 'Tidak Terbaca' | 'Diabaikan';

/** Status Tautan of a Pohon Kinerja row. */
export const LINK_LABEL = {
  city: 'Pohon Kota',
  linked: 'Tersambung',
  orphan: 'Tidak Tersambung',
  broken: 'Induk Tidak Ada',
  cycle: 'Berputar',
} as const;

export const YA = 'Ya';

/** Labels of the `Keterangan` sheet (label in column A, value in column B). */
export const KETERANGAN_LABELS = {
  namaKota: 'Nama Kota',
  tahun: 'Tahun',
  periode: 'Periode',
  model: 'Model LKE',
  /** The shipped model whose weights a city's own model starts from (its own id for a shipped model). */
  modelDasar: 'Model Dasar',
  batasPredikat: 'Batas Predikat',
  konfigurasi: 'Berkas Konfigurasi',
  sebelumnya: 'Konsolidasi Sebelumnya',
  // The evaluation report's settings, from the city workbook's Kota sheet (read by `sakip report`).
  nomorLhe: 'Nomor LHE',
  penandaTangan: 'Penanda Tangan',
  nip: 'NIP',
  jabatan: 'Jabatan',
  tempat: 'Tempat',
} as const;
