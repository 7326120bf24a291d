/** The texts of `sakip consolidate` (help, summary, refusals), Indonesian and English. */
import type { Lang } from '../../shared';

const HELP_ID = `sakip consolidate — gabungkan workbook OPD sebulan menjadi workbook evaluasi kota

Pemakaian: sakip consolidate --city <kota.xlsx> --input <folder> --out <hasil.xlsx> [opsi]

Membaca setiap berkas .xlsx di folder (berkas lain dilaporkan dan dilewati), memeriksa dan menilai
setiap OPD dengan model dan pengaturan kota, lalu menulis workbook evaluasi: Ringkasan, LKE,
Kinerja, Pohon Kinerja, Rekomendasi, Temuan, Sumber, Arsip Evaluator, Keterangan.

Opsi:
  --city <kota.xlsx>       workbook Konfigurasi Kota (wajib)
  --input <folder>         folder workbook OPD bulan ini (wajib)
  --out <hasil.xlsx>       workbook konsolidasi yang ditulis (wajib; tidak boleh di folder masukan)
  --previous <lalu.xlsx>   workbook konsolidasi bulan lalu: jawaban dan catatan evaluator dibawa
  --period <bulan>         periode laporan: 2025-05, 5 atau Mei (tahun bawaan: Tahun kota); bila
                           tidak diisi: bulan yang dinyatakan oleh kebanyakan workbook OPD
  --force                  ganti --out walaupun berkas itu bukan konsolidasi kota dan periode ini
                           (berkas lama tetap disimpan sebagai cadangan)
  --json                   ringkasan sebagai JSON
  --lang en                keluaran dalam bahasa Inggris
  --help, -h               bantuan ini

Kode keluar:
  0  workbook ditulis, tanpa temuan Error
  1  workbook ditulis, ada temuan Error (lihat lembar Temuan)
  2  salah pemakaian, konfigurasi kota atau --previous tidak terbaca, atau --out akan menimpa masukan`;

const HELP_EN = `sakip consolidate — merge a month's OPD workbooks into the city evaluation workbook

Usage: sakip consolidate --city <kota.xlsx> --input <folder> --out <result.xlsx> [options]

Reads every .xlsx file in the folder (other files are reported and skipped), checks and scores
every OPD with the city's model and settings, and writes the evaluation workbook: Ringkasan, LKE,
Kinerja, Pohon Kinerja, Rekomendasi, Temuan, Sumber, Arsip Evaluator, Keterangan.

Options:
  --city <kota.xlsx>       the city configuration workbook (required)
  --input <folder>         the folder of this month's OPD workbooks (required)
  --out <result.xlsx>      the consolidated workbook to write (required; not inside the input folder)
  --previous <last.xlsx>   last month's consolidated workbook: evaluator answers and notes carry over
  --period <month>         the reporting period: 2025-05, 5 or May (default year: the city's Tahun);
                           default: the month most OPD workbooks state
  --force                  replace --out even when it is not this city's consolidation of this
                           period (the old file is still kept as a backup)
  --json                   the summary as JSON
  --lang en                English output
  --help, -h               this help

Exit codes:
  0  workbook written, no Error findings
  1  workbook written, Error findings (see the Temuan sheet)
  2  wrong usage, unreadable city configuration or --previous, or --out would overwrite an input`;

export const CONSOLIDATE_TEXT = {
  id: {
    help: HELP_ID,
    progressLabel: 'Membaca',
    notAFolder: (path: string) => `folder masukan ${path} tidak ditemukan`,
    notAFile: (flag: string, path: string) => `berkas ${flag} ${path} tidak ditemukan`,
    outDirMissing: (path: string) => `folder tujuan ${path} tidak ada`,
    outIsInput: (path: string) => `--out ${path} akan menimpa berkas masukan; pilih nama lain`,
    outInInputFolder: '--out tidak boleh di dalam folder masukan (bulan depan berkas itu akan terbaca sebagai workbook OPD)',
    outNotXlsx: '--out harus berakhiran .xlsx',
    periodYear: (period: string, year: number) => `periode ${period} tidak berada di Tahun kota ${year}`,
    noPeriod: 'periode tidak dapat ditentukan dari workbook OPD; isi --period yyyy-mm',
    previousUnusable: (file: string, reason: string) => `--previous ${file} tidak dapat dipakai: ${reason}`,
    previous: {
      otherCity: (path: string, found: string, city: string) => `--previous ${path} adalah konsolidasi ${found}, bukan ${city}; berikan konsolidasi kota ini`,
      samePeriod: (path: string, periode: string) =>
        `--previous ${path} adalah konsolidasi periode ${periode}, sama dengan periode ini; berikan konsolidasi bulan sebelumnya (untuk menjalankan ulang bulan ini cukup --out yang sama)`,
      laterPeriod: (path: string, found: string, periode: string) => `--previous ${path} adalah konsolidasi periode ${found}, sesudah periode ${periode}; berikan konsolidasi bulan sebelumnya`,
    },
    existingOut: {
      notConsolidation: (path: string, reason: 'unreadable' | 'notConsolidation') =>
        `--out ${path} sudah ada dan bukan workbook konsolidasi (${reason === 'unreadable' ? 'tidak terbaca sebagai .xlsx' : 'tidak ada lembar LKE konsolidasi'}); pakai --force untuk menggantinya (berkas lama disimpan sebagai cadangan) atau pilih nama lain`,
      otherCity: (path: string, found: string, city: string) => `--out ${path} sudah ada: konsolidasi ${found}, bukan ${city}; pakai --force untuk menggantinya (berkas lama disimpan sebagai cadangan) atau pilih nama lain`,
      otherPeriod: (path: string, found: string, periode: string) =>
        `--out ${path} sudah ada: konsolidasi periode ${found}, bukan ${periode}; pakai --force untuk menggantinya (berkas lama disimpan sebagai cadangan) atau pilih nama lain`,
    },
    noWorkbooks: (folder: string, others: number) =>
      `folder masukan ${folder} tidak berisi workbook .xlsx${others ? ` (${others} berkas atau folder lain, semuanya dilewati)` : ' (kosong)'}; periksa --input. Tidak ada yang ditulis.`,
    noneSubmitted: (folder: string, files: number) =>
      `tidak ada OPD dari Daftar OPD yang mengirim workbook yang terbaca di ${folder} (${files} workbook dibaca; lihat Temuan dan Sumber); periksa --input dan --city.`,
    diskFull: (folder: string) => `disk penuh: workbook tidak dapat ditulis ke ${folder}; kosongkan ruang lalu jalankan lagi (berkas --out yang lama tidak berubah)`,
    writeFailed: (path: string, reason: string) => `workbook tidak dapat ditulis ke ${path}: ${reason} (berkas --out yang lama tidak berubah)`,
    summaryTitle: (kota: string, periode: string) => `Konsolidasi ${kota}, periode ${periode}`,
    periodDerived: 'ditentukan dari workbook OPD',
    statusList: (status: string, count: number) => `${status} (${count}):`,
    evaluatorAnswers: 'Jawaban evaluator di luar skala (Nilai Evaluator OPD itu kosong sampai diperbaiki):',
    rows: {
      period: 'Periode',
      listed: 'OPD terdaftar',
      scored: 'OPD dinilai',
      files: 'Berkas di folder',
      errors: 'Temuan Error',
      warnings: 'Temuan Peringatan',
      perluDitinjau: 'Baris Perlu Ditinjau',
      carried: 'Entri evaluator dibawa',
      restored: 'Entri dikembalikan dari arsip',
      archived: 'Entri di Arsip Evaluator',
      kept: 'Entri evaluator dipertahankan dari --out',
      backup: 'Cadangan berkas lama',
      output: 'Ditulis ke',
    },
    column: { item: 'Butir', value: 'Jumlah' },
  },
  en: {
    help: HELP_EN,
    progressLabel: 'Reading',
    notAFolder: (path: string) => `input folder ${path} not found`,
    notAFile: (flag: string, path: string) => `${flag} file ${path} not found`,
    outDirMissing: (path: string) => `output folder ${path} does not exist`,
    outIsInput: (path: string) => `--out ${path} would overwrite an input file; choose another name`,
    outInInputFolder: '--out may not be inside the input folder (next month it would be read as an OPD workbook)',
    outNotXlsx: '--out must end in .xlsx',
    periodYear: (period: string, year: number) => `period ${period} is not in the city's year ${year}`,
    noPeriod: 'the period cannot be derived from the OPD workbooks; give --period yyyy-mm',
    previousUnusable: (file: string, reason: string) => `--previous ${file} cannot be used: ${reason}`,
    previous: {
      otherCity: (path: string, found: string, city: string) => `--previous ${path} is a consolidation of ${found}, not ${city}; give this city's consolidation`,
      samePeriod: (path: string, periode: string) =>
        `--previous ${path} is a consolidation of period ${periode}, the same as this period; give last month's (to re-run this month, the same --out is enough)`,
      laterPeriod: (path: string, found: string, periode: string) => `--previous ${path} is a consolidation of period ${found}, after period ${periode}; give last month's`,
    },
    existingOut: {
      notConsolidation: (path: string, reason: 'unreadable' | 'notConsolidation') =>
        `--out ${path} exists and is not a consolidated workbook (${reason === 'unreadable' ? 'not readable as .xlsx' : 'no consolidated LKE sheet'}); use --force to replace it (the old file is kept as a backup) or choose another name`,
      otherCity: (path: string, found: string, city: string) => `--out ${path} exists: a consolidation of ${found}, not ${city}; use --force to replace it (the old file is kept as a backup) or choose another name`,
      otherPeriod: (path: string, found: string, periode: string) =>
        `--out ${path} exists: a consolidation of period ${found}, not ${periode}; use --force to replace it (the old file is kept as a backup) or choose another name`,
    },
    noWorkbooks: (folder: string, others: number) =>
      `the input folder ${folder} holds no .xlsx workbook${others ? ` (${others} other files or folders, all skipped)` : ' (empty)'}; check --input. Nothing was written.`,
    noneSubmitted: (folder: string, files: number) =>
      `no OPD of Daftar OPD submitted a readable workbook in ${folder} (${files} workbooks read; see Temuan and Sumber); check --input and --city.`,
    diskFull: (folder: string) => `disk full: the workbook cannot be written to ${folder}; free some space and run again (the old --out file is unchanged)`,
    writeFailed: (path: string, reason: string) => `the workbook cannot be written to ${path}: ${reason} (the old --out file is unchanged)`,
    summaryTitle: (kota: string, periode: string) => `Consolidation ${kota}, period ${periode}`,
    periodDerived: 'derived from the OPD workbooks',
    statusList: (status: string, count: number) => `${status} (${count}):`,
    evaluatorAnswers: "Evaluator answers off the scale (the OPD's Nilai Evaluator stays empty until fixed):",
    rows: {
      period: 'Period',
      listed: 'OPDs listed',
      scored: 'OPDs scored',
      files: 'Files in the folder',
      errors: 'Error findings',
      warnings: 'Warning findings',
      perluDitinjau: 'Rows to review (Perlu Ditinjau)',
      carried: 'Evaluator entries carried over',
      restored: 'Entries restored from the archive',
      archived: 'Entries in Arsip Evaluator',
      kept: 'Evaluator entries kept from --out',
      backup: 'Backup of the old file',
      output: 'Written to',
    },
    column: { item: 'Item', value: 'Count' },
  },
} as const;

export type ConsolidateText = (typeof CONSOLIDATE_TEXT)['id'];

export function consolidateText(lang: Lang): ConsolidateText {
  return CONSOLIDATE_TEXT[lang] as ConsolidateText;
}
