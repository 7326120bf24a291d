/**
 * The message catalogue: every finding code, its fixed severity, and its Indonesian and English
 * messages rendered from the finding's params. Codes are stable: hosts, tests and the docs key
 * on them, never on the sentences.
 */

import { formatNumber } from '../format/number-format';
import type { Severity } from './finding';

interface Entry<P> {
  readonly severity: Severity;
  /** Short name of the kind, for reference pages. */
  readonly title: { readonly id: string; readonly en: string };
  /** What to do about it. */
  readonly fix: { readonly id: string; readonly en: string };
  readonly id: (params: P) => string;
  readonly en: (params: P) => string;
}

function entry<P = Record<string, never>>(e: Entry<P>): Entry<P> {
  return e;
}

const list = (items: readonly string[]): string => items.join(', ');
/** Sheet names for messages, each quoted (a trailing space shows), hidden ones marked. */
const sheetList = (used: string, others: readonly string[], hidden: readonly string[], mark: string): string =>
  [used, ...others].map((name) => `"${name}"${hidden.includes(name) ? ` (${mark})` : ''}`).join(', ');
/** A parent path for messages: at most 12 codes (a cycle of 20,000 nodes is not a 20,000-code message). */
const shownPath = (path: readonly string[], more: string): string =>
  path.length <= 12 ? path.join(' → ') : [...path.slice(0, 10), `… (${path.length - 11} ${more})`, path[path.length - 1]!].join(' → ');
/** Indonesian number for messages: up to 4 decimals, `0,75`. */
const n = (value: number): string => formatNumber(value, 'id', 4);
/** The value read, with no thousands separator, so it cannot repeat the ambiguous input (`1.250` → `1250`). */
const plain = (value: number): string => String(value).replace('.', ',');

export const catalogue = {
  // ── File level ────────────────────────────────────────────────────────────────────────────
  /** `reasonEn`: the reason in English, when the host has it (else `reason` is used in both). */
  FILE_UNREADABLE: entry<{ reason: string; reasonEn?: string }>({
    severity: 'error',
    title: { id: 'Berkas tidak terbaca', en: 'Unreadable file' },
    fix: { id: 'Buka berkas di Excel, simpan ulang sebagai .xlsx, lalu kirim lagi.', en: 'Open the file in Excel, save it again as .xlsx and resubmit.' },
    id: (p) => `Berkas tidak dapat dibaca: ${p.reason}`,
    en: (p) => `The file cannot be read: ${p.reasonEn ?? p.reason}`,
  }),
  /** `formatEn`: the format's name in English, when it differs from `format`. */
  FILE_FORMAT_UNSUPPORTED: entry<{ format: string; formatEn?: string }>({
    severity: 'error',
    title: { id: 'Format berkas tidak didukung', en: 'Unsupported file format' },
    fix: { id: 'Simpan ulang sebagai Buku Kerja Excel (.xlsx).', en: 'Save it again as an Excel Workbook (.xlsx).' },
    id: (p) => `Format ${p.format} tidak didukung; simpan ulang sebagai .xlsx`,
    en: (p) => `The ${p.formatEn ?? p.format} format is not supported; save it again as .xlsx`,
  }),
  /** An encrypted (password-protected) workbook: Office stores it as an OLE2 file whose content cannot be read without the password. */
  FILE_PASSWORD_PROTECTED: entry({
    severity: 'error',
    title: { id: 'Workbook terkunci kata sandi', en: 'Password-protected workbook' },
    fix: {
      id: 'Buka workbook di Excel dengan kata sandinya, hapus kata sandi (File › Info › Proteksi Buku Kerja › Enkripsi dengan Kata Sandi, kosongkan), simpan sebagai .xlsx, lalu kirim lagi.',
      en: 'Open the workbook in Excel with its password, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it), save as .xlsx and resubmit.',
    },
    id: () => 'Workbook terkunci kata sandi (terenkripsi); isinya tidak dapat dibaca tanpa kata sandi',
    en: () => 'The workbook is password-protected (encrypted); its content cannot be read without the password',
  }),
  FILE_IGNORED: entry<{ reason: string }>({
    severity: 'warning',
    title: { id: 'Berkas diabaikan', en: 'File ignored' },
    fix: { id: 'Hanya berkas .xlsx yang diproses; pindahkan berkas lain dari folder masukan.', en: 'Only .xlsx files are processed; move other files out of the input folder.' },
    id: (p) => `Berkas diabaikan: ${p.reason}`,
    en: (p) => `File ignored: ${p.reason}`,
  }),
  /**
   * A web page saved with an `.xls` name (wp-eval-sakip's and other web applications' "Excel"
   * export, shared/import/html-export-*.ts), read as the table Excel would show: `tables` tables,
   * `rows` rows.
   */
  FILE_HTML_EXPORT: entry<{ tables: number; rows: number }>({
    severity: 'warning',
    title: { id: 'Ekspor HTML dibaca sebagai tabel', en: 'HTML export read as a table' },
    fix: {
      id: 'Tidak perlu tindakan bila angka yang terbaca sesuai. Untuk pengiriman berikutnya, buka berkas di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx).',
      en: 'No action needed when the figures read are right. Next time, open the file in Excel and save it as an Excel Workbook (.xlsx).',
    },
    id: (p) => `Berkas ini halaman HTML bernama .xls (ekspor aplikasi web seperti wp-eval-sakip), bukan workbook Excel; dibaca sebagai tabel: ${p.tables} tabel, ${p.rows} baris`,
    en: (p) => `This file is an HTML page named .xls (a web application's export, e.g. wp-eval-sakip), not an Excel workbook; read as a table: ${p.tables} table(s), ${p.rows} rows`,
  }),
  /** The file's reader was stopped at the per-file time limit (pipeline/read/worker-pool.ts); `seconds`: the limit. */
  FILE_TOO_SLOW: entry<{ seconds: number }>({
    severity: 'error',
    title: { id: 'Berkas terlalu lama dibaca', en: 'File takes too long to read' },
    fix: {
      id: 'Buka berkas di Excel, hapus lembar dan baris yang tidak diperlukan (atau salin isinya ke templat baru), simpan sebagai .xlsx, lalu kirim lagi.',
      en: 'Open the file in Excel, delete the sheets and rows that are not needed (or copy its content into a fresh template), save as .xlsx and resubmit.',
    },
    id: (p) => `Pembacaan berkas dihentikan setelah ${n(p.seconds)} detik (batas waktu per berkas); berkas lain tetap diproses`,
    en: (p) => `Reading the file was stopped after ${p.seconds} seconds (the per-file time limit); the other files are processed`,
  }),
  /** The file's reader ran out of its memory limit (pipeline/read/worker-pool.ts); `megabytes`: the limit. */
  FILE_TOO_LARGE_IN_MEMORY: entry<{ megabytes: number }>({
    severity: 'error',
    title: { id: 'Berkas terlalu besar untuk dibaca', en: 'File too large to read' },
    fix: {
      id: 'Buka berkas di Excel, hapus lembar, baris, gambar dan format yang tidak diperlukan (atau salin isinya ke templat baru), simpan sebagai .xlsx, lalu kirim lagi.',
      en: 'Open the file in Excel, delete the sheets, rows, pictures and formatting that are not needed (or copy its content into a fresh template), save as .xlsx and resubmit.',
    },
    id: (p) => `Pembacaan berkas dihentikan karena memerlukan lebih dari ${n(p.megabytes)} MB memori (batas per berkas); berkas lain tetap diproses`,
    en: (p) => `Reading the file was stopped because it needs more than ${p.megabytes} MB of memory (the per-file limit); the other files are processed`,
  }),
  /** The city's Daftar OPD lists no OPD: nothing can be consolidated against it. */
  CITY_OPD_LIST_EMPTY: entry({
    severity: 'error',
    title: { id: 'Daftar OPD kosong', en: 'Daftar OPD is empty' },
    fix: { id: 'Isi lembar Daftar OPD di workbook kota: satu baris per OPD (Kode OPD, Nama OPD).', en: 'Fill in the Daftar OPD sheet of the city workbook: one row per OPD (Kode OPD, Nama OPD).' },
    id: () => 'Daftar OPD kosong: tidak ada OPD yang dapat dinilai',
    en: () => 'Daftar OPD is empty: there is no OPD to evaluate',
  }),
  OPD_NOT_LISTED: entry<{ kodeOpd: string }>({
    severity: 'error',
    title: { id: 'OPD tidak terdaftar', en: 'OPD not listed' },
    fix: { id: 'Periksa Kode OPD di lembar Profil, atau tambahkan OPD ke lembar Daftar OPD di workbook kota.', en: 'Check the Kode OPD in the Profil sheet, or add the OPD to the Daftar OPD sheet of the city workbook.' },
    id: (p) => `OPD "${p.kodeOpd}" tidak ada di Daftar OPD kota`,
    en: (p) => `OPD "${p.kodeOpd}" is not in the city's Daftar OPD`,
  }),
  OPD_DUPLICATE: entry<{ kodeOpd: string; otherFile: string }>({
    severity: 'error',
    title: { id: 'OPD ganda', en: 'Duplicate OPD' },
    fix: { id: 'Simpan hanya satu berkas per OPD di folder masukan.', en: 'Keep only one file per OPD in the input folder.' },
    id: (p) => `Berkas ini dan ${p.otherFile} sama-sama mengaku OPD "${p.kodeOpd}"; keduanya ditolak`,
    en: (p) => `This file and ${p.otherFile} both claim OPD "${p.kodeOpd}"; both are rejected`,
  }),
  OPD_NOT_SUBMITTED: entry<{ kodeOpd: string; namaOpd: string }>({
    severity: 'warning',
    title: { id: 'OPD belum mengirim', en: 'OPD has not submitted' },
    fix: { id: 'Minta OPD mengirim workbook bulan ini.', en: "Ask the OPD for this month's workbook." },
    id: (p) => `${p.namaOpd} (${p.kodeOpd}) belum mengirim workbook`,
    en: (p) => `${p.namaOpd} (${p.kodeOpd}) has not submitted a workbook`,
  }),
  /** An open recommendation (status not Selesai) whose Batas Waktu (set by the evaluators in the consolidated Rekomendasi sheet) is before the period's last day. */
  REKOMENDASI_OVERDUE: entry<{ kodeOpd: string; no: string; batasWaktu: string; status: string; periode: string }>({
    severity: 'warning',
    title: { id: 'Rekomendasi melewati batas waktu', en: 'Recommendation past its deadline' },
    fix: {
      id: 'Selesaikan tindak lanjut rekomendasi dan isi Status Selesai beserta bukti dukung di lembar Rekomendasi, atau sepakati batas waktu baru dengan evaluator.',
      en: 'Complete the follow-up, set its Status to Selesai with evidence in the Rekomendasi sheet, or agree a new deadline with the evaluators.',
    },
    id: (p) => `Rekomendasi ${p.no} (${p.kodeOpd}) berstatus ${p.status} dan melewati batas waktu ${p.batasWaktu} (periode ${p.periode})`,
    en: (p) => `Recommendation ${p.no} (${p.kodeOpd}) is ${p.status} and past its deadline ${p.batasWaktu} (period ${p.periode})`,
  }),
  MODEL_MISMATCH: entry<{ model: string; expected: string }>({
    severity: 'error',
    title: { id: 'Model LKE berbeda', en: 'Different LKE model' },
    fix: { id: 'Isi Model LKE di lembar Profil sama dengan model kota.', en: "Set the Model LKE in the Profil sheet to the city's model." },
    id: (p) => `Workbook memakai model ${p.model}, sedangkan evaluasi kota memakai model ${p.expected}; model berbeda tidak dapat digabung`,
    en: (p) => `The workbook uses model ${p.model} but the city evaluation uses model ${p.expected}; different models cannot be merged`,
  }),
  YEAR_MISMATCH: entry<{ tahun: number; expected: number }>({
    severity: 'error',
    title: { id: 'Tahun berbeda', en: 'Wrong year' },
    fix: { id: 'Isi Tahun di lembar Profil dengan tahun evaluasi.', en: 'Set Tahun in the Profil sheet to the evaluation year.' },
    id: (p) => `Tahun ${p.tahun} tidak sama dengan tahun evaluasi ${p.expected}`,
    en: (p) => `Year ${p.tahun} is not the evaluation year ${p.expected}`,
  }),
  PERIOD_MISMATCH: entry<{ periode: string; expected: string }>({
    severity: 'error',
    title: { id: 'Periode berbeda', en: 'Wrong period' },
    fix: { id: 'Isi Periode di lembar Profil dengan bulan laporan yang diminta.', en: 'Set Periode in the Profil sheet to the requested reporting month.' },
    id: (p) => `Periode ${p.periode} tidak sama dengan periode konsolidasi ${p.expected}`,
    en: (p) => `Period ${p.periode} is not the consolidation period ${p.expected}`,
  }),

  // ── Sheets and headers ────────────────────────────────────────────────────────────────────
  SHEET_MISSING: entry<{ sheetName: string }>({
    severity: 'error',
    title: { id: 'Lembar wajib tidak ada', en: 'Required sheet missing' },
    fix: { id: 'Tambahkan lembar dengan nama persis seperti format (tombol "Siapkan lembar" di panel).', en: 'Add the sheet with the exact name of the format ("Siapkan lembar" in the pane).' },
    id: (p) => `Lembar "${p.sheetName}" tidak ditemukan`,
    en: (p) => `Sheet "${p.sheetName}" not found`,
  }),
  /** Two or more sheets match one name of the format (`LKE` and `LKE `, one hidden): `used` is read (cells.ts lookupSheet), `others` are not; `hidden`: those of them that are hidden. */
  SHEET_AMBIGUOUS: entry<{ sheetName: string; used: string; others: readonly string[]; hidden: readonly string[] }>({
    severity: 'warning',
    title: { id: 'Beberapa lembar bernama sama', en: 'Several sheets with one name' },
    fix: {
      id: 'Hapus lembar yang tidak dipakai (juga yang tersembunyi: klik kanan tab › Tampilkan), atau ganti namanya, agar hanya satu lembar yang cocok.',
      en: 'Delete the sheets that are not used (hidden ones too: right-click a tab › Unhide), or rename them, so that only one sheet matches.',
    },
    id: (p) => `${p.others.length + 1} lembar cocok dengan nama "${p.sheetName}": ${sheetList(p.used, p.others, p.hidden, 'tersembunyi')}; yang dibaca: "${p.used}"${p.hidden.includes(p.used) ? ' (tersembunyi)' : ''}`,
    en: (p) => `${p.others.length + 1} sheets match the name "${p.sheetName}": ${sheetList(p.used, p.others, p.hidden, 'hidden')}; the one read: "${p.used}"${p.hidden.includes(p.used) ? ' (hidden)' : ''}`,
  }),
  SHEET_RECOMMENDED_MISSING: entry<{ sheetName: string }>({
    severity: 'warning',
    title: { id: 'Lembar tidak ada', en: 'Sheet missing' },
    fix: { id: 'Tambahkan lembar ini agar capaian dan pohon kinerja ikut dinilai.', en: 'Add the sheet so that capaian and the performance tree are evaluated.' },
    id: (p) => `Lembar "${p.sheetName}" tidak ditemukan; isinya tidak ikut dinilai`,
    en: (p) => `Sheet "${p.sheetName}" not found; its content is not evaluated`,
  }),
  HEADER_MISSING: entry<{ headers: readonly string[]; row?: string; near?: readonly { expected: string; found: string; cell: string }[] }>({
    severity: 'error',
    title: { id: 'Judul kolom tidak ada', en: 'Column header missing' },
    fix: {
      id: 'Pastikan baris judul kolom (dalam 10 baris pertama) memuat semua judul wajib, ditulis persis seperti di templat.',
      en: 'Make sure the header row (within the first 10 rows) holds every required header, spelt as in the template.',
    },
    id: (p) =>
      `Judul kolom wajib tidak ditemukan dalam 10 baris pertama: ${list(p.headers)}` +
      (p.row ? `; baris judul terdekat: ${p.row}` : '') +
      (p.near?.length ? `; yang mirip: ${p.near.map((n) => `"${n.found}" di ${n.cell} (maksudnya "${n.expected}"?)`).join(', ')}` : ''),
    en: (p) =>
      `Required column headers not found in the first 10 rows: ${list(p.headers)}` +
      (p.row ? `; nearest header row: ${p.row}` : '') +
      (p.near?.length ? `; look-alikes: ${p.near.map((n) => `"${n.found}" in ${n.cell} (meant "${n.expected}"?)`).join(', ')}` : ''),
  }),

  // ── Cell values ───────────────────────────────────────────────────────────────────────────
  REQUIRED_VALUE_MISSING: entry<{ field: string }>({
    severity: 'error',
    title: { id: 'Isian wajib kosong', en: 'Required value missing' },
    fix: { id: 'Isi sel ini.', en: 'Fill in this cell.' },
    id: (p) => `${p.field} wajib diisi`,
    en: (p) => `${p.field} is required`,
  }),
  VALUE_NOT_ALLOWED: entry<{ field: string; value: string; allowed: readonly string[] }>({
    severity: 'error',
    title: { id: 'Isian tidak sesuai pilihan', en: 'Value not allowed' },
    fix: { id: 'Pilih salah satu isian yang diizinkan (gunakan daftar pilihan di sel).', en: "Choose one of the allowed values (use the cell's dropdown)." },
    id: (p) => `${p.field} "${p.value}" tidak dikenal; pilihan: ${list(p.allowed)}`,
    en: (p) => `${p.field} "${p.value}" is not recognised; allowed: ${list(p.allowed)}`,
  }),
  CELL_TEXT_CHARACTER_DROPPED: entry<{ characters: readonly string[]; text: string }>({
    severity: 'warning',
    title: { id: 'Karakter tak tersimpan di sel', en: 'Character that cannot be saved' },
    fix: {
      id: 'Ketik ulang teks sel ini (jangan disalin dari PDF atau aplikasi lama), atau hapus karakter yang ditandai <U+…>.',
      en: 'Retype the text of this cell (do not paste it from a PDF or an old system), or delete the characters marked <U+…>.',
    },
    id: (p) => `Teks sel memuat karakter kendali yang tidak dapat disimpan dalam berkas .xlsx (${list(p.characters)}); workbook konsolidasi memuat teks tanpa karakter itu: "${p.text}"`,
    en: (p) => `The cell text holds control characters an .xlsx file cannot store (${list(p.characters)}); the consolidated workbook holds the text without them: "${p.text}"`,
  }),
  CELL_TEXT_TOO_LONG: entry<{ length: number; text: string }>({
    severity: 'warning',
    title: { id: 'Teks sel terlalu panjang', en: 'Cell text too long' },
    fix: {
      id: 'Ringkas teks menjadi paling banyak 32.767 karakter (batas satu sel Excel), atau simpan teks panjang di dokumen bukti dukung.',
      en: 'Shorten the text to at most 32,767 characters (the limit of one Excel cell), or keep long text in a linked evidence file.',
    },
    id: (p) => `Teks sel ${n(p.length)} karakter, lebih dari batas Excel 32.767; workbook konsolidasi hanya memuat 32.767 karakter pertama: "${p.text}"`,
    en: (p) => `Cell text of ${formatNumber(p.length, 'en', 0)} characters, over Excel's limit of 32,767; the consolidated workbook keeps the first 32,767: "${p.text}"`,
  }),
  CELL_EXCEL_ERROR: entry<{ field: string; error: string }>({
    severity: 'error',
    title: { id: 'Sel berisi error Excel', en: 'Cell holds an Excel error' },
    fix: { id: 'Perbaiki rumus atau ganti dengan nilai.', en: 'Fix the formula or replace it with a value.' },
    id: (p) => `${p.field} berisi error Excel ${p.error}`,
    en: (p) => `${p.field} holds the Excel error ${p.error}`,
  }),
  NUMBER_INVALID: entry<{ field: string; text: string }>({
    severity: 'error',
    title: { id: 'Bukan angka', en: 'Not a number' },
    fix: { id: 'Tulis angka dengan koma sebagai desimal, misalnya 85,5.', en: 'Write a number with a comma as decimal separator, e.g. 85,5.' },
    id: (p) => `${p.field} "${p.text}" bukan angka`,
    en: (p) => `${p.field} "${p.text}" is not a number`,
  }),
  NUMBER_AMBIGUOUS_THOUSANDS: entry<{ field: string; text: string; read: number }>({
    severity: 'warning',
    title: { id: 'Titik ribuan yang meragukan', en: 'Ambiguous thousands dots' },
    fix: { id: 'Jika maksudnya desimal, pakai koma (1,25); jika ribuan, ketik angka tanpa titik.', en: 'For a decimal use a comma (1,25); for thousands type the number without dots.' },
    id: (p) => `${p.field} "${p.text}" dibaca sebagai ${plain(p.read)} (titik = pemisah ribuan)`,
    en: (p) => `${p.field} "${p.text}" read as ${p.read} (dot = thousands separator)`,
  }),
  NUMBER_ENGLISH_DECIMAL: entry<{ field: string; text: string; read: number }>({
    severity: 'warning',
    title: { id: 'Titik desimal (notasi Inggris)', en: 'Decimal point (English notation)' },
    fix: { id: 'Pakai koma sebagai pemisah desimal, misalnya 85,5.', en: 'Use a comma as decimal separator, e.g. 85,5.' },
    id: (p) => `${p.field} "${p.text}" dibaca sebagai ${n(p.read)} (titik dianggap desimal)`,
    en: (p) => `${p.field} "${p.text}" read as ${p.read} (dot taken as decimal point)`,
  }),
  CODE_DUPLICATE: entry<{ kode: string; firstCell: string }>({
    severity: 'error',
    title: { id: 'Kode ganda', en: 'Duplicate code' },
    fix: { id: 'Setiap kode hanya boleh muncul sekali di lembar ini; hapus atau ganti salah satunya.', en: 'Each code may appear only once in this sheet; delete or change one of them.' },
    id: (p) => `Kode "${p.kode}" sudah dipakai di sel ${p.firstCell}`,
    en: (p) => `Code "${p.kode}" is already used in cell ${p.firstCell}`,
  }),

  // ── Profil ────────────────────────────────────────────────────────────────────────────────
  PROFIL_YEAR_INVALID: entry<{ text: string }>({
    severity: 'error',
    title: { id: 'Tahun tidak sah', en: 'Invalid year' },
    fix: { id: 'Isi tahun empat angka antara 2000 dan 2100.', en: 'Enter a four-digit year between 2000 and 2100.' },
    id: (p) => `Tahun "${p.text}" tidak sah (harus 2000–2100)`,
    en: (p) => `Year "${p.text}" is invalid (must be 2000–2100)`,
  }),
  PROFIL_PERIOD_INVALID: entry<{ text: string }>({
    severity: 'error',
    title: { id: 'Periode tidak sah', en: 'Invalid period' },
    fix: { id: 'Isi bulan laporan: angka 1–12, nama bulan (Mei), "2024-05", atau tanggal.', en: 'Enter the reporting month: 1–12, a month name (Mei), "2024-05" or a date.' },
    id: (p) => `Periode "${p.text}" tidak dapat dibaca sebagai bulan`,
    en: (p) => `Period "${p.text}" cannot be read as a month`,
  }),
  PROFIL_PERIOD_YEAR_MISMATCH: entry<{ periode: string; tahun: number }>({
    severity: 'error',
    title: { id: 'Periode dan Tahun tidak cocok', en: 'Period and year disagree' },
    fix: { id: 'Samakan tahun pada Periode dengan isian Tahun.', en: 'Make the year in Periode match Tahun.' },
    id: (p) => `Periode ${p.periode} tidak berada di tahun ${p.tahun}`,
    en: (p) => `Period ${p.periode} is not in year ${p.tahun}`,
  }),
  PROFIL_MODEL_UNKNOWN: entry<{ model: string; known: readonly string[] }>({
    severity: 'error',
    title: { id: 'Model LKE tidak dikenal', en: 'Unknown LKE model' },
    fix: { id: 'Isi Model LKE dengan 88/2021, 12/2015, atau nama model kota.', en: "Set Model LKE to 88/2021, 12/2015 or the city's model name." },
    id: (p) => `Model LKE "${p.model}" tidak dikenal; pilihan: ${list(p.known)}`,
    en: (p) => `LKE model "${p.model}" is unknown; known: ${list(p.known)}`,
  }),

  // ── LKE ───────────────────────────────────────────────────────────────────────────────────
  LKE_CODE_UNKNOWN: entry<{ kode: string; model: string }>({
    severity: 'error',
    title: { id: 'Kode kriteria tidak dikenal', en: 'Unknown criterion code' },
    fix: { id: 'Gunakan kode kriteria dari model (misalnya 1.2.5); jangan mengubah kolom Kode.', en: 'Use a criterion code of the model (e.g. 1.2.5); do not edit the Kode column.' },
    id: (p) => `Kode kriteria "${p.kode}" tidak ada di model ${p.model}`,
    en: (p) => `Criterion code "${p.kode}" is not in model ${p.model}`,
  }),
  LKE_ANSWER_INVALID: entry<{ kode: string; jawaban: string; tipe: string; allowed: readonly string[] }>({
    severity: 'error',
    title: { id: 'Jawaban tidak sah', en: 'Invalid answer' },
    fix: { id: 'Pilih jawaban sesuai tipe kriteria (Y/T, A–E atau AA–E).', en: "Choose an answer of the criterion's type (Y/T, A–E or AA–E)." },
    id: (p) => `Jawaban "${p.jawaban}" tidak sah untuk kriteria ${p.kode} (tipe ${p.tipe}; pilihan: ${list(p.allowed)})`,
    en: (p) => `Answer "${p.jawaban}" is not valid for criterion ${p.kode} (type ${p.tipe}; allowed: ${list(p.allowed)})`,
  }),
  /** An evaluator's answer on the consolidated workbook's LKE sheet that is not on the criterion's scale (found when it is carried). */
  EVALUATOR_ANSWER_INVALID: entry<{ kodeOpd: string; kode: string; jawaban: string; tipe: string; allowed: readonly string[] }>({
    severity: 'error',
    title: { id: 'Jawaban evaluator di luar skala', en: 'Evaluator answer off the scale' },
    fix: {
      id: 'Di workbook konsolidasi terbaru, pilih Jawaban Evaluator dari daftar pilihan sel itu (atau kosongkan); Nilai Evaluator OPD ini kosong (#N/A) sampai diperbaiki.',
      en: "In the latest consolidated workbook, pick the Jawaban Evaluator from the cell's dropdown (or clear it); the OPD's Nilai Evaluator stays empty (#N/A) until it is fixed.",
    },
    id: (p) => `Jawaban Evaluator "${p.jawaban}" untuk ${p.kodeOpd} kriteria ${p.kode} di luar skala (tipe ${p.tipe}; pilihan: ${list(p.allowed)}); Nilai Evaluator ${p.kodeOpd} tidak dapat dihitung`,
    en: (p) => `Jawaban Evaluator "${p.jawaban}" for ${p.kodeOpd} criterion ${p.kode} is off the scale (type ${p.tipe}; allowed: ${list(p.allowed)}); ${p.kodeOpd}'s Nilai Evaluator cannot be computed`,
  }),
  LKE_UNANSWERED: entry<{ kode: string }>({
    severity: 'warning',
    title: { id: 'Kriteria belum dijawab', en: 'Criterion unanswered' },
    fix: { id: 'Isi jawaban; kriteria kosong dihitung 0.', en: 'Enter an answer; an empty criterion counts as 0.' },
    id: (p) => `Kriteria ${p.kode} belum dijawab (dihitung 0)`,
    en: (p) => `Criterion ${p.kode} is unanswered (counts as 0)`,
  }),
  LKE_CRITERIA_MISSING: entry<{ codes: readonly string[] }>({
    severity: 'warning',
    title: { id: 'Kriteria tidak ada di lembar', en: 'Criteria missing from the sheet' },
    fix: { id: 'Tambahkan baris untuk kriteria ini (atau buat ulang lembar dari templat).', en: 'Add rows for these criteria (or recreate the sheet from the template).' },
    id: (p) => `${p.codes.length} kriteria model tidak ada di lembar dan dihitung belum dijawab: ${list(p.codes)}`,
    en: (p) => `${p.codes.length} criteria of the model are missing from the sheet and count as unanswered: ${list(p.codes)}`,
  }),
  LKE_NILAI_STALE: entry<{ kode: string; cached: number; expected: number }>({
    severity: 'warning',
    title: { id: 'Nilai tersimpan tidak cocok', en: 'Stored value disagrees' },
    fix: { id: 'Hitung ulang workbook (Ctrl+Alt+F9) dan simpan.', en: 'Recalculate the workbook (Ctrl+Alt+F9) and save.' },
    id: (p) => `Nilai tersimpan ${n(p.cached)} untuk ${p.kode} berbeda dari nilai jawaban ${n(p.expected)}; dipakai ${n(p.expected)}`,
    en: (p) => `Stored value ${p.cached} for ${p.kode} differs from the answer's value ${p.expected}; ${p.expected} is used`,
  }),
  LKE_KERANGKA_LOGIS: entry<{ kode: string; value: number; rule: string; reference: string; referenceValue: number }>({
    severity: 'warning',
    title: { id: 'Kerangka logis dilanggar', en: 'Logic framework violated' },
    fix: { id: 'Tinjau kedua jawaban: kriteria ini tidak boleh bernilai lebih tinggi dari acuannya.', en: 'Review both answers: this criterion may not score higher than its reference.' },
    id: (p) => `Kerangka logis: nilai ${p.kode} (${n(p.value)}) lebih tinggi dari ${p.reference} (${n(p.referenceValue)}); aturan ${p.rule}`,
    en: (p) => `Logic framework: ${p.kode} (${p.value}) scores higher than ${p.reference} (${p.referenceValue}); rule ${p.rule}`,
  }),
  LKE_MODEL_EMPTY: entry<{ model: string }>({
    severity: 'error',
    title: { id: 'Model tanpa daftar kriteria', en: 'Model without criteria' },
    fix: { id: 'Lengkapi lembar Model LKE di workbook kota untuk model ini.', en: "Provide the Model LKE sheet in the city workbook for this model." },
    id: (p) => `Model ${p.model} belum memiliki daftar kriteria; isi lembar Model LKE di workbook kota`,
    en: (p) => `Model ${p.model} has no criteria list; fill the Model LKE sheet of the city workbook`,
  }),

  // ── Kinerja ───────────────────────────────────────────────────────────────────────────────
  KINERJA_RANGE_NOT_ALLOWED: entry<{ field: string; text: string }>({
    severity: 'error',
    title: { id: 'Rentang hanya untuk target tahunan', en: 'Range only for the annual target' },
    fix: { id: 'Tulis satu angka; rentang "a–b" hanya boleh di kolom Target.', en: 'Write one number; a range "a–b" is only allowed in the Target column.' },
    id: (p) => `${p.field} "${p.text}" berupa rentang; rentang hanya boleh pada Target tahunan`,
    en: (p) => `${p.field} "${p.text}" is a range; ranges are only allowed in the annual Target`,
  }),
  KINERJA_RANGE_INVALID: entry<{ text: string }>({
    severity: 'error',
    title: { id: 'Rentang target tidak sah', en: 'Invalid target range' },
    fix: { id: 'Tulis rentang dari kecil ke besar, misalnya 80–90.', en: 'Write the range from low to high, e.g. 80–90.' },
    id: (p) => `Rentang target "${p.text}" tidak sah (batas bawah harus lebih kecil dari batas atas)`,
    en: (p) => `Target range "${p.text}" is invalid (the lower bound must be below the upper bound)`,
  }),
  KINERJA_AFTER_PERIOD: entry<{ kode: string; month: string; periode: string }>({
    severity: 'warning',
    title: { id: 'Realisasi setelah periode', en: 'Realisation after the period' },
    fix: { id: 'Kosongkan realisasi bulan setelah periode laporan, atau perbaiki Periode di Profil.', en: 'Clear realisations after the reporting month, or fix Periode in Profil.' },
    id: (p) => `Realisasi ${p.month} indikator ${p.kode} setelah periode ${p.periode} diabaikan`,
    en: (p) => `Realisation ${p.month} of indicator ${p.kode} after period ${p.periode} is ignored`,
  }),
  /** `dariBulan`: the month the capaian comes from instead ('' when there is none); `periode`: the reporting month. */
  KINERJA_REALISASI_BLANK: entry<{ kode: string; month: string; periode: string; kumulatif: boolean; dariBulan: string }>({
    severity: 'warning',
    title: { id: 'Realisasi bulan laporan kosong', en: 'Realisasi of the reporting month blank' },
    fix: {
      id: 'Isi realisasi bulan itu di lembar Kinerja (0 bila memang nol), lalu kirim lagi.',
      en: 'Fill in that month\'s realisasi on the Kinerja sheet (0 if it really is zero) and resubmit.',
    },
    id: (p) =>
      `Realisasi ${p.month} indikator ${p.kode} kosong` +
      (p.kumulatif ? ` (indikator Kumulatif: realisasi setiap bulan sampai ${p.periode} dijumlahkan)` : '') +
      (p.dariBulan ? `; capaian dihitung dari realisasi sampai ${p.dariBulan}` : p.kumulatif ? '' : '; belum ada capaian'),
    en: (p) =>
      `Realisasi ${p.month} of indicator ${p.kode} is blank` +
      (p.kumulatif ? ` (Kumulatif indicator: every month up to ${p.periode} is added up)` : '') +
      (p.dariBulan ? `; capaian is computed from the realisasi up to ${p.dariBulan}` : p.kumulatif ? '' : '; no capaian yet'),
  }),
  KINERJA_MONTH_TARGET_MISSING: entry<{ kode: string; month: string }>({
    severity: 'warning',
    title: { id: 'Target bulanan kosong', en: 'Monthly target missing' },
    fix: { id: 'Isi target bulan ini, atau kosongkan semua target bulanan agar target tahunan dipakai.', en: 'Fill in this month\'s target, or clear all monthly targets to use the annual target.' },
    id: (p) => `Indikator ${p.kode} punya realisasi ${p.month} tetapi target ${p.month} kosong; capaian tidak dihitung`,
    en: (p) => `Indicator ${p.kode} has a ${p.month} realisation but an empty ${p.month} target; no capaian`,
  }),
  KINERJA_NO_CAPAIAN: entry<{ kode: string; reason: string; reasonEn: string }>({
    severity: 'warning',
    title: { id: 'Capaian tidak dapat dihitung', en: 'Capaian cannot be computed' },
    fix: { id: 'Lengkapi target dan realisasi indikator.', en: "Complete the indicator's target and realisation." },
    id: (p) => `Capaian indikator ${p.kode} tidak dapat dihitung: ${p.reason}`,
    en: (p) => `Capaian of indicator ${p.kode} cannot be computed: ${p.reasonEn}`,
  }),
  KINERJA_POHON_UNKNOWN: entry<{ kode: string; kodePohon: string }>({
    severity: 'warning',
    title: { id: 'Kode Pohon tidak ditemukan', en: 'Tree code not found' },
    fix: { id: 'Isi Kode Pohon dengan kode simpul di lembar Pohon Kinerja.', en: 'Use the code of a node in the Pohon Kinerja sheet.' },
    id: (p) => `Kode Pohon "${p.kodePohon}" indikator ${p.kode} tidak ada di lembar Pohon Kinerja`,
    en: (p) => `Tree code "${p.kodePohon}" of indicator ${p.kode} is not in the Pohon Kinerja sheet`,
  }),

  // ── Importing foreign Kinerja sheets (shared/import/capaian-*.ts) ──────────────────────────
  /** A capaian sheet without a polarity column: every indicator read as Positif. `count`: how many. */
  IMPORT_POLARITY_ASSUMED: entry<{ count: number }>({
    severity: 'warning',
    title: { id: 'Polaritas dianggap Positif', en: 'Polarity assumed Positive' },
    fix: {
      id: 'Periksa indikator yang semakin rendah semakin baik (mis. angka kemiskinan, waktu layanan) dan tandai Negatif di kolom Polaritas (workbook SAKIP Kit hasil `sakip import`).',
      en: 'Check the indicators where lower is better (e.g. poverty rate, service time) and mark them Negatif in the Polaritas column (of the SAKIP Kit workbook `sakip import` writes).',
    },
    id: (p) => `Lembar ini tidak mencantumkan polaritas; ${p.count} indikator dianggap Positif (semakin tinggi semakin baik)`,
    en: (p) => `This sheet states no polarity; ${p.count} indicator(s) are taken as Positive (higher is better)`,
  }),
  /** A capaian sheet whose quarters do not say how they add up: `aggregation` was taken (Akhir), for `count` indicators. */
  IMPORT_AGGREGATION_ASSUMED: entry<{ aggregation: string; count: number }>({
    severity: 'warning',
    title: { id: 'Agregasi diasumsikan', en: 'Aggregation assumed' },
    fix: {
      id: 'Bila realisasi triwulan adalah tambahan per triwulan (bukan capaian s.d. triwulan), tandai Agregasi Kumulatif di kolom Agregasi.',
      en: 'If the quarterly realisations are per-quarter increments (not year-to-date), mark Agregasi Kumulatif in the Agregasi column.',
    },
    id: (p) => `Lembar ini tidak menunjukkan cara menjumlah realisasi triwulan; ${p.count} indikator dianggap ${p.aggregation} (realisasi triwulan terakhir)`,
    en: (p) => `This sheet does not show how its quarterly realisations add up; ${p.count} indicator(s) are taken as ${p.aggregation} (the last quarter's realisation)`,
  }),
  /** The sheet's own year-to-date figure (E.81 column 13) differs from the sum of its quarters. */
  IMPORT_TOTAL_MISMATCH: entry<{ kode: string; sheetValue: number; sum: number }>({
    severity: 'warning',
    title: { id: 'Jumlah triwulan berbeda dengan total lembar', en: 'Quarters do not add up to the sheet’s total' },
    fix: {
      id: 'Periksa sel ini: realisasi s.d. triwulan seharusnya jumlah realisasi triwulan I–IV (kolom 13 = 9 + 10 + 11 + 12). SAKIP Kit memakai jumlah triwulan.',
      en: 'Check this cell: the year-to-date realisation should be the sum of quarters I–IV (column 13 = 9 + 10 + 11 + 12). SAKIP Kit uses the sum of the quarters.',
    },
    id: (p) => `Indikator ${p.kode}: total lembar ${n(p.sheetValue)} berbeda dengan jumlah realisasi triwulan ${n(p.sum)}; yang dipakai jumlah triwulan`,
    en: (p) => `Indicator ${p.kode}: the sheet's total ${p.sheetValue} differs from the sum of the quarterly realisations ${p.sum}; the sum is used`,
  }),
  // ── Pohon Kinerja ─────────────────────────────────────────────────────────────────────────
  POHON_PARENT_MISSING: entry<{ kode: string; kodeInduk: string }>({
    severity: 'error',
    title: { id: 'Induk tidak ditemukan', en: 'Parent not found' },
    fix: { id: 'Isi Kode Induk dengan kode simpul di lembar ini atau di Pohon Kinerja Kota.', en: 'Use the code of a node in this sheet or in the city tree.' },
    id: (p) => `Kode Induk "${p.kodeInduk}" simpul ${p.kode} tidak ada di pohon OPD maupun pohon kota`,
    en: (p) => `Parent code "${p.kodeInduk}" of node ${p.kode} exists neither in the OPD tree nor in the city tree`,
  }),
  POHON_CYCLE: entry<{ kode: string; path: readonly string[] }>({
    severity: 'error',
    title: { id: 'Pohon berputar', en: 'Cycle in the tree' },
    fix: { id: 'Perbaiki Kode Induk agar setiap simpul naik ke pohon kota tanpa berputar.', en: 'Fix the parent codes so that every node leads up to the city tree without a loop.' },
    id: (p) => `Simpul ${p.kode} berada dalam lingkaran induk: ${shownPath(p.path, 'simpul lagi')}`,
    en: (p) => `Node ${p.kode} is in a parent cycle: ${shownPath(p.path, 'more nodes')}`,
  }),
  /** The tree is deeper than MAX_POHON_DEPTH (shared/tree/tree-depth.ts); `kode`: the first node past the limit. */
  POHON_TOO_DEEP: entry<{ kode: string; depth: number; limit: number }>({
    severity: 'warning',
    title: { id: 'Pohon terlalu dalam', en: 'Tree too deep' },
    fix: {
      id: 'Periksa Kode Induk: pohon kinerja yang wajar hanya beberapa tingkat (Tujuan, Sasaran, Outcome, Output); sambungkan setiap simpul ke induk yang benar.',
      en: 'Check the parent codes: a real performance tree has only a few levels (goal, target, outcome, output); link each node to its right parent.',
    },
    id: (p) => `Pohon Kinerja lebih dalam dari ${p.limit} tingkat: simpul ${p.kode} berada di tingkat ${p.depth}; kemungkinan Kode Induk salah`,
    en: (p) => `The performance tree is deeper than ${p.limit} levels: node ${p.kode} is at level ${p.depth}; parent codes are probably wrong`,
  }),
  POHON_ORPHAN: entry<{ kode: string }>({
    severity: 'warning',
    title: { id: 'Simpul tidak tersambung', en: 'Node not linked' },
    fix: { id: 'Isi Kode Induk dengan kode sasaran/tujuan di Pohon Kinerja Kota.', en: 'Set Kode Induk to a goal or target code of the city tree.' },
    id: (p) => `Simpul ${p.kode} tidak tersambung ke pohon kinerja kota`,
    en: (p) => `Node ${p.kode} is not linked to the city performance tree`,
  }),

  // ── City workbook and custom model ────────────────────────────────────────────────────────
  MODEL_CODE_MALFORMED: entry<{ kode: string }>({
    severity: 'error',
    title: { id: 'Kode kriteria salah bentuk', en: 'Malformed criterion code' },
    fix: { id: 'Tulis kode sebagai Komponen.Subkomponen.Nomor, misalnya 1.2.5, sesuai komponen model.', en: 'Write codes as Component.Subcomponent.Number, e.g. 1.2.5, within the model\'s components.' },
    id: (p) => `Kode "${p.kode}" bukan kode kriteria K.S.N dari komponen dan subkomponen model`,
    en: (p) => `Code "${p.kode}" is not a K.S.N criterion code of the model's components and sub-components`,
  }),
  MODEL_RULE_INVALID: entry<{ rule: string }>({
    severity: 'error',
    title: { id: 'Aturan kerangka logis tidak sah', en: 'Invalid logic rule' },
    fix: { id: 'Tulis aturan sebagai "<= 1.1.3" atau "<= RATA(1.2)".', en: 'Write rules as "<= 1.1.3" or "<= RATA(1.2)".' },
    id: (p) => `Aturan "${p.rule}" tidak dapat dibaca`,
    en: (p) => `Rule "${p.rule}" cannot be read`,
  }),
  MODEL_RULE_UNKNOWN_REFERENCE: entry<{ rule: string; reference: string }>({
    severity: 'error',
    title: { id: 'Aturan merujuk kriteria yang tidak ada', en: 'Rule references an unknown criterion' },
    fix: { id: 'Rujuk kode kriteria atau subkomponen yang ada di daftar.', en: 'Reference a criterion or sub-component that is in the list.' },
    id: (p) => `Aturan "${p.rule}" merujuk ${p.reference} yang tidak ada di daftar kriteria`,
    en: (p) => `Rule "${p.rule}" references ${p.reference}, which is not in the criteria list`,
  }),
  MODEL_SUBCOMPONENT_EMPTY: entry<{ subcomponent: string }>({
    severity: 'error',
    title: { id: 'Subkomponen tanpa kriteria', en: 'Sub-component without criteria' },
    fix: { id: 'Setiap subkomponen model perlu sedikitnya satu kriteria.', en: 'Every sub-component of the model needs at least one criterion.' },
    id: (p) => `Subkomponen ${p.subcomponent} tidak memiliki kriteria; bobotnya tidak dapat dinilai`,
    en: (p) => `Sub-component ${p.subcomponent} has no criteria; its weight cannot be scored`,
  }),
  MODEL_WEIGHT_INVALID: entry<{ what: string; weight: number; expected: number }>({
    severity: 'error',
    title: { id: 'Bobot tidak sah', en: 'Invalid weight' },
    fix: { id: 'Bobot subkomponen harus berjumlah bobot komponennya, dan bobot komponen berjumlah 100.', en: 'Sub-component weights must add up to their component weight, and component weights to 100.' },
    id: (p) => `Bobot ${p.what} ${p.weight} tidak sah (seharusnya ${p.expected})`,
    en: (p) => `Weight of ${p.what} ${p.weight} is invalid (expected ${p.expected})`,
  }),
  // ── Importing foreign workbooks (docs/import.md) ─────────────────────────────────────────
  IMPORT_LAYOUT_DETECTED: entry<{ layout: string; layoutEn: string; from: number; to: number }>({
    severity: 'warning',
    title: { id: 'Tata letak asing dikenali', en: 'Foreign layout recognised' },
    fix: {
      id: 'Tidak perlu tindakan; periksa hasil bacaan. Untuk pengisian berikutnya sebaiknya pakai templat SAKIP Kit (sakip import mengubahnya).',
      en: 'No action needed; check what was read. Next time prefer the SAKIP Kit template (sakip import converts it).',
    },
    id: (p) => `Lembar dikenali sebagai ${p.layout} (header baris ${p.from}–${p.to}) dan dibaca oleh pengimpor`,
    en: (p) => `Sheet recognised as ${p.layoutEn} (header rows ${p.from}–${p.to}) and read by the importer`,
  }),
  IMPORT_MODEL_FROM_FILE: entry<{ structure: string; model: string; modelStructure: string }>({
    severity: 'warning',
    title: { id: 'LKE dengan susunan kriteria sendiri', en: 'LKE with its own criteria structure' },
    fix: {
      id: 'Nilai dihitung dengan komponen, subkomponen, bobot dan kriteria berkas ini. Bila kota memakai model lain, samakan susunan kriteria berkas dengan Model LKE kota.',
      en: "The score uses this file's components, sub-components, weights and criteria. If the city uses another model, align the file's criteria with the city's Model LKE.",
    },
    id: (p) => `Susunan kriteria berkas (${p.structure}) berbeda dari model ${p.model} (${p.modelStructure}); kriteria tidak dipetakan, nilai dihitung dengan bobot berkas`,
    en: (p) => `The file's criteria (${p.structure}) differ from model ${p.model} (${p.modelStructure}); criteria not mapped, scored on the file's weights`,
  }),
  IMPORT_CODE_MAPPED: entry<{ count: number; model: string; confirmed: number }>({
    severity: 'warning',
    title: { id: 'Kode kriteria dipetakan menurut posisi', en: 'Criterion codes mapped by position' },
    fix: { id: 'Periksa kriteria yang teksnya tidak cocok (temuan tersendiri).', en: 'Check the criteria whose text does not match (separate findings).' },
    id: (p) => `${p.count} kriteria dipetakan ke kode model ${p.model} menurut posisinya; ${p.confirmed} dikonfirmasi oleh kemiripan teks`,
    en: (p) => `${p.count} criteria mapped to the codes of model ${p.model} by position; ${p.confirmed} confirmed by text similarity`,
  }),
  IMPORT_CRITERION_TEXT_DIFFERS: entry<{ kode: string; text: string; modelText: string }>({
    severity: 'warning',
    title: { id: 'Teks kriteria tidak cocok dengan model', en: 'Criterion text does not match the model' },
    fix: { id: 'Pastikan urutan kriteria di berkas sama dengan model; kriteria ini dipetakan menurut posisi saja.', en: "Make sure the file's criteria are in the model's order; this one is mapped by position only." },
    id: (p) => `Kriteria ${p.kode} di berkas ("${p.text}") tidak mirip dengan kriteria model ("${p.modelText}")`,
    en: (p) => `Criterion ${p.kode} in the file ("${p.text}") does not resemble the model's ("${p.modelText}")`,
  }),
  IMPORT_VALUE_NOT_UNDERSTOOD: entry<{ what: string; text: string }>({
    severity: 'warning',
    title: { id: 'Nilai atau skala tidak dipahami', en: 'Value or scale not understood' },
    fix: { id: 'Periksa sel ini; pengimpor mengabaikannya.', en: 'Check this cell; the importer left it out.' },
    id: (p) => `${p.what} "${p.text}" tidak dipahami dan diabaikan`,
    en: (p) => `${p.what} "${p.text}" is not understood and is left out`,
  }),
  IMPORT_SUBTOTAL_DIFFERS: entry<{ subcomponent: string; name: string; file: number; computed: number }>({
    severity: 'warning',
    title: { id: 'Nilai subkomponen berkas berbeda dari jawabannya', en: "The file's sub-component score differs from its answers" },
    fix: {
      id: 'Rumus subtotal berkas kurang atau usang: periksa rumus Nilai baris subkomponen ini. Nilai mandiri mengikuti angka berkas.',
      en: "The file's subtotal formula is missing or stale: check the Nilai formula of this sub-component row. The self-assessment follows the file's figure.",
    },
    id: (p) => `Subkomponen ${p.subcomponent} ${p.name}: berkas menghitung ${n(p.file)}, jawabannya memberi ${n(p.computed)}`,
    en: (p) => `Sub-component ${p.subcomponent} ${p.name}: the file computes ${p.file}, its answers give ${p.computed}`,
  }),
  /**
   * `source`: `daftar-opd` (city workbook, Berkas/Alias), `judul` (a `Perangkat Daerah : …` title
   * row), `judul-ekspor` (the heading of a wp-eval-sakip export), `opsi` (command-line flags).
   * `namaOpd`: the name the title gives; `listed`: whether Daftar OPD has it (with a city workbook).
   */
  IMPORT_IDENTITY_FROM: entry<{ source: 'daftar-opd' | 'judul' | 'judul-ekspor' | 'opsi'; kodeOpd: string; tahun: number; periode: string; namaOpd?: string; listed?: boolean }>({
    severity: 'warning',
    title: { id: 'Identitas OPD dari luar Profil', en: 'OPD identity from outside a Profil' },
    fix: { id: 'Periksa Kode OPD, Tahun dan Periode ini; berkas asing tidak punya lembar Profil.', en: 'Check this Kode OPD, Tahun and Periode; foreign files have no Profil sheet.' },
    id: (p) =>
      `Identitas diambil dari ${p.source === 'daftar-opd' ? 'Daftar OPD workbook kota' : p.source === 'judul' ? 'baris judul lembar' : p.source === 'judul-ekspor' ? 'judul ekspor wp-eval-sakip' : 'opsi perintah'}${
        p.namaOpd ? ` ("${p.namaOpd}"${p.listed === undefined ? '' : p.listed ? ', cocok dengan Daftar OPD' : ', tidak ada di Daftar OPD'})` : ''
      }: Kode OPD ${p.kodeOpd || '-'}, Tahun ${p.tahun || '-'}, Periode ${p.periode || '-'}`,
    en: (p) =>
      `Identity taken from ${p.source === 'daftar-opd' ? "the city workbook's Daftar OPD" : p.source === 'judul' ? "the sheet's title rows" : p.source === 'judul-ekspor' ? "the wp-eval-sakip export's heading" : 'the command options'}${
        p.namaOpd ? ` ("${p.namaOpd}"${p.listed === undefined ? '' : p.listed ? ', found in Daftar OPD' : ', not in Daftar OPD'})` : ''
      }: Kode OPD ${p.kodeOpd || '-'}, Tahun ${p.tahun || '-'}, Periode ${p.periode || '-'}`,
  }),
  IMPORT_IDENTITY_MISSING: entry<{ missing: readonly string[] }>({
    severity: 'warning',
    title: { id: 'Identitas OPD tidak ditemukan', en: 'OPD identity not found' },
    fix: {
      id: 'Isi kolom Berkas di Daftar OPD workbook kota dengan nama berkas ini, tulis "Perangkat Daerah : …" dan "TAHUN …" di judul lembar, atau beri --kode --tahun --periode.',
      en: 'Put this file name in the Berkas column of the city Daftar OPD, write "Perangkat Daerah : …" and "TAHUN …" in the sheet title, or pass --kode --tahun --periode.',
    },
    id: (p) => `Berkas asing tanpa Profil: ${list(p.missing)} tidak ditemukan`,
    en: (p) => `Foreign file without a Profil: ${list(p.missing)} not found`,
  }),
  IMPORT_COEFFICIENT_DIFFERS: entry<{ answer: string; coefficient: number; scale: string; scaleValue?: number }>({
    severity: 'warning',
    title: { id: 'Koefisien jawaban berbeda dari skala', en: 'Answer coefficient differs from the scale' },
    fix: {
      id: 'Nilai dihitung dengan koefisien berkas. Bila koefisien itu salah ketik, perbaiki kolom koefisien berkas.',
      en: "The score uses the file's coefficient. If it is a typo, correct the file's coefficient column.",
    },
    id: (p) => `Koefisien jawaban ${p.answer} di berkas ${n(p.coefficient)}; ${p.scaleValue === undefined ? `jawaban ini tidak ada di skala ${p.scale}` : `skala ${p.scale} memberi ${n(p.scaleValue)}`}. Nilai dihitung dengan koefisien berkas`,
    en: (p) => `The file's coefficient of answer ${p.answer} is ${p.coefficient}; ${p.scaleValue === undefined ? `the ${p.scale} scale has no such answer` : `the ${p.scale} scale gives ${p.scaleValue}`}. Scored with the file's coefficient`,
  }),
  IMPORT_NOT_CONVERTIBLE: entry<{ structure: string; model: string; modelStructure: string }>({
    severity: 'error',
    title: { id: 'LKE berkas tidak dapat diubah ke templat', en: "The file's LKE cannot be converted to the template" },
    fix: {
      id: 'sakip import menulis LKE pada model kota. Samakan susunan kriteria berkas dengan Model LKE kota (atau pakai workbook kota yang Model LKE-nya bersusunan sama); berkas tetap dapat dibaca langsung oleh validate dan consolidate.',
      en: "sakip import writes the LKE on the city's model. Align the file's criteria with the city's Model LKE (or use a city workbook whose Model LKE has this structure); validate and consolidate still read the file directly.",
    },
    id: (p) => `Susunan kriteria berkas (${p.structure}) berbeda dari model ${p.model} (${p.modelStructure}); workbook OPD tidak ditulis`,
    en: (p) => `The file's criteria (${p.structure}) differ from model ${p.model} (${p.modelStructure}); no OPD workbook written`,
  }),
  IMPORT_ANSWER_RESCALED: entry<{ kode: string; jawaban: string; fileValue: number; answer: string; value: number }>({
    severity: 'warning',
    title: { id: 'Jawaban berkas tidak ada padanannya di skala model', en: "The file's answer has no equal on the model's scale" },
    fix: {
      id: 'Periksa jawaban kriteria ini di workbook hasil impor; jawaban asli berkas tercatat di kolom Catatan.',
      en: "Check this criterion's answer in the imported workbook; the file's own answer is kept in the Catatan column.",
    },
    id: (p) => `Kriteria ${p.kode}: jawaban berkas "${p.jawaban}" bernilai ${n(p.fileValue)}; ditulis "${p.answer}" (${n(p.value)}), pilihan terdekat pada skala model`,
    en: (p) => `Criterion ${p.kode}: the file's answer "${p.jawaban}" is worth ${p.fileValue}; written as "${p.answer}" (${p.value}), the nearest option on the model's scale`,
  }),
  IMPORT_COLUMNS_TO_NOTES: entry<{ columns: readonly string[] }>({
    severity: 'warning',
    title: { id: 'Kolom berkas disimpan di Catatan', en: 'File columns kept in Catatan' },
    fix: { id: 'Tidak perlu tindakan; isi kolom ini tercatat per kriteria di kolom Catatan lembar LKE.', en: "No action needed; these columns' values are kept per criterion in the LKE sheet's Catatan column." },
    id: (p) => `Kolom tanpa padanan di templat, disimpan di Catatan: ${list(p.columns)}`,
    en: (p) => `Columns without a template field, kept in Catatan: ${list(p.columns)}`,
  }),
} as const;

export type FindingCatalogue = typeof catalogue;
