/**
 * The `sakip` command's own user-facing texts, Indonesian and English (finding messages live in
 * the core's catalogue). Every command takes its texts from here: `cliText(lang).<key>`.
 */
import type { Lang } from '../shared';

const EXIT_CODES_ID = `Kode keluar:
  0  selesai, tanpa temuan Error
  1  selesai, ada temuan Error pada berkas masukan
  2  salah pemakaian (perintah/opsi tidak dikenal, argumen kurang) atau konfigurasi tidak terbaca`;

const EXIT_CODES_EN = `Exit codes:
  0  done, no Error findings
  1  done, Error findings in the input files
  2  wrong usage (unknown command/flag, missing argument) or unreadable configuration`;

export const CLI_TEXT = {
  id: {
    exitCodes: EXIT_CODES_ID,
    mainHelp: `sakip — alat SAKIP Kit untuk templat, validasi, dan konsolidasi workbook evaluasi SAKIP

Pemakaian: sakip <perintah> [opsi]

Perintah:
  template   buat workbook kosong (OPD atau kota) siap diisi
  validate   periksa workbook OPD dan tampilkan temuan
  consolidate  gabungkan workbook OPD sebulan menjadi workbook evaluasi kota
  report     tulis Laporan Hasil Evaluasi (LHE) .docx per OPD dan rekap kota (alias: laporan)
  import     ubah workbook LKE/capaian yang sudah dipakai staf menjadi workbook OPD SAKIP Kit (alias: impor)

Opsi umum:
  --help, -h   bantuan perintah
  --version    versi sakip
  --lang en    keluaran dalam bahasa Inggris (bawaan: Indonesia)

${EXIT_CODES_ID}

Bantuan tiap perintah: sakip <perintah> --help`,
    unknownCommand: (name: string) => `Perintah tidak dikenal: ${name}`,
    commandUnavailable: (name: string) => `Perintah ${name} belum tersedia di versi ini`,
    seeHelp: (command: string) => `Lihat: sakip ${command} --help`,
    usageError: (message: string) => `Salah pemakaian: ${message}`,
    badOption: (detail: string) => `opsi tidak sah (${detail})`,
    missingOption: (flag: string) => `opsi ${flag} wajib diisi`,
    invalidValue: (flag: string, value: string, expected: string) => `nilai ${flag} "${value}" tidak sah; seharusnya ${expected}`,
    noFiles: 'sebutkan sedikitnya satu berkas .xlsx',
    fileExists: (path: string) => `berkas ${path} sudah ada; pakai --force untuk menimpanya`,
    written: (path: string) => `Ditulis: ${path}`,
    failed: (message: string) => `Gagal: ${message}`,
    headers: { file: 'Berkas', sheet: 'Lembar', cell: 'Sel', severity: 'Tingkat', code: 'Kode', message: 'Pesan', fix: 'Cara memperbaiki' },
    noFindings: 'Tidak ada temuan.',
    fileSummary: (errors: number, warnings: number) => `${errors} error, ${warnings} peringatan`,
    totalSummary: (files: number, errors: number, warnings: number) => `${files} berkas diperiksa: ${errors} error, ${warnings} peringatan.`,
    cityHeading: (file: string) => `Konfigurasi kota ${file}`,
    cityUnusable: 'Konfigurasi kota tidak dapat dipakai; perbaiki error di atas.',
    importAlreadyOwn: (file: string) => `${file} sudah workbook SAKIP Kit (punya lembar Profil); tidak ada yang perlu diimpor`,
    importNotRecognised: (file: string) => `${file}: tidak ada lembar dengan tata letak yang dikenali; tidak ada yang ditulis`,
    importIdentityMissing: (missing: string) => `identitas OPD tidak ditemukan (${missing}); beri --kode, --tahun, --periode, atau --city dengan kolom Berkas di Daftar OPD`,
    importNotWritten: 'Workbook OPD tidak ditulis; lihat temuan di atas.',
    backupKept: (path: string) => `Cadangan berkas lama: ${path}`,
  },
  en: {
    exitCodes: EXIT_CODES_EN,
    mainHelp: `sakip — SAKIP Kit tool for templates, validation and consolidation of SAKIP evaluation workbooks

Usage: sakip <command> [options]

Commands:
  template     write a blank workbook (OPD or city) ready to fill in
  validate     check OPD workbooks and list the findings
  consolidate  merge a month's OPD workbooks into the city evaluation workbook
  report       write the evaluation report (LHE) .docx per OPD and the city summary (alias: laporan)
  import       convert a workbook staff already use (LKE, capaian, …) into a SAKIP Kit OPD workbook (alias: impor)

Common options:
  --help, -h   help of a command
  --version    the version of sakip
  --lang en    English output (default: Indonesian)

${EXIT_CODES_EN}

Help of a command: sakip <command> --help`,
    unknownCommand: (name: string) => `Unknown command: ${name}`,
    commandUnavailable: (name: string) => `The ${name} command is not available in this version`,
    seeHelp: (command: string) => `See: sakip ${command} --help`,
    usageError: (message: string) => `Wrong usage: ${message}`,
    badOption: (detail: string) => `invalid option (${detail})`,
    missingOption: (flag: string) => `option ${flag} is required`,
    invalidValue: (flag: string, value: string, expected: string) => `${flag} value "${value}" is invalid; expected ${expected}`,
    noFiles: 'name at least one .xlsx file',
    fileExists: (path: string) => `${path} already exists; use --force to overwrite it`,
    written: (path: string) => `Written: ${path}`,
    failed: (message: string) => `Failed: ${message}`,
    headers: { file: 'File', sheet: 'Sheet', cell: 'Cell', severity: 'Severity', code: 'Code', message: 'Message', fix: 'How to fix' },
    noFindings: 'No findings.',
    fileSummary: (errors: number, warnings: number) => `${errors} errors, ${warnings} warnings`,
    totalSummary: (files: number, errors: number, warnings: number) => `${files} files checked: ${errors} errors, ${warnings} warnings.`,
    cityHeading: (file: string) => `City configuration ${file}`,
    cityUnusable: 'The city configuration cannot be used; fix the errors above.',
    importAlreadyOwn: (file: string) => `${file} is already a SAKIP Kit workbook (it has a Profil sheet); nothing to import`,
    importNotRecognised: (file: string) => `${file}: no sheet has a layout the importer knows; nothing written`,
    importIdentityMissing: (missing: string) => `OPD identity not found (${missing}); pass --kode, --tahun, --periode, or --city with a Berkas column in Daftar OPD`,
    importNotWritten: 'No OPD workbook written; see the findings above.',
    backupKept: (path: string) => `Backup of the old file: ${path}`,
  },
} satisfies Record<Lang, unknown>;

export type CliText = (typeof CLI_TEXT)['id'];

export function cliText(lang: Lang): CliText {
  return CLI_TEXT[lang];
}

/** The output language asked for by `--lang en` / `--lang=en` (Indonesian otherwise). */
export function langOf(args: readonly string[]): Lang {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = arg === '--lang' ? args[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return value.trim().toLowerCase() === 'en' ? 'en' : 'id';
  }
  return 'id';
}
