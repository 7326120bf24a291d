/**
 * docs/temuan.md, the finding reference, rendered from the catalogue (shared/findings/catalogue.ts):
 * every code with its severity, title, an example message (the message template rendered with
 * the illustrative params below), the fix, and the English title and message. A test
 * (test/docs/finding-reference.test.ts) fails when the page and the catalogue differ.
 *
 *   npx tsx scripts/docs/finding-reference.ts        rewrites docs/temuan.md
 *
 * (or `UPDATE_GOLDEN=1 npx mocha test/docs/finding-reference.test.ts`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from '../../shared/findings/catalogue';
import { SEVERITY_LABEL, type FindingCode, type FindingParams } from '../../shared/findings/finding';

export const REFERENCE_PATH = join(__dirname, '..', '..', 'docs', 'temuan.md');

type Examples = { readonly [C in FindingCode]?: FindingParams<C> };

/** Illustrative params per code, mostly what the sample city produces. A code without one shows its template with ‹placeholders›. */
export const EXAMPLES: Examples = {
  FILE_UNREADABLE: { reason: 'berkas zip rusak (direktori pusat tidak ditemukan)', reasonEn: 'damaged zip file (central directory not found)' },
  FILE_FORMAT_UNSUPPORTED: { format: 'Excel 97–2003 (.xls)', formatEn: 'Excel 97–2003 (.xls)' },
  FILE_IGNORED: { reason: 'bukan berkas .xlsx (catatan.docx)' },
  FILE_HTML_EXPORT: { tables: 1, rows: 112 },
  IMPORT_POLARITY_ASSUMED: { count: 84 },
  IMPORT_AGGREGATION_ASSUMED: { aggregation: 'Akhir', count: 12 },
  IMPORT_TOTAL_MISMATCH: { kode: '41', sheetValue: 0, sum: 35 },
  FILE_TOO_SLOW: { seconds: 30 },
  FILE_TOO_LARGE_IN_MEMORY: { megabytes: 512 },
  OPD_NOT_LISTED: { kodeOpd: 'DISPAR' },
  OPD_DUPLICATE: { kodeOpd: 'DINKES', otherFile: 'DINKES-2025-05-revisi.xlsx' },
  OPD_NOT_SUBMITTED: { kodeOpd: 'DLH', namaOpd: 'Dinas Lingkungan Hidup' },
  REKOMENDASI_OVERDUE: { kodeOpd: 'DINKES', no: '2', batasWaktu: '2025-04-30', status: 'Proses', periode: '2025-05' },
  MODEL_MISMATCH: { model: '12/2015', expected: '88/2021' },
  YEAR_MISMATCH: { tahun: 2024, expected: 2025 },
  PERIOD_MISMATCH: { periode: '2025-04', expected: '2025-05' },
  SHEET_MISSING: { sheetName: 'LKE' },
  SHEET_RECOMMENDED_MISSING: { sheetName: 'Pohon Kinerja' },
  SHEET_AMBIGUOUS: { sheetName: 'LKE', used: 'LKE ', others: ['LKE'], hidden: ['LKE'] },
  HEADER_MISSING: { headers: ['Kode', 'Jawaban'] },
  REQUIRED_VALUE_MISSING: { field: 'Periode' },
  VALUE_NOT_ALLOWED: { field: 'Polaritas', value: 'Naik', allowed: ['Positif', 'Negatif', '+', '-'] },
  CELL_TEXT_CHARACTER_DROPPED: { characters: ['U+0001'], text: 'Dokumen Renstra<U+0001> disahkan' },
  CELL_TEXT_TOO_LONG: { length: 40000, text: 'Bukti dukung: laporan kinerja triwulan I, II dan III beserta lampiran rincian…' },
  CELL_EXCEL_ERROR: { field: 'Realisasi Apr IK-03', error: '#REF!' },
  NUMBER_INVALID: { field: 'Target IK-02', text: '1.234.5' },
  NUMBER_AMBIGUOUS_THOUSANDS: { field: 'Realisasi Apr IK-04', text: '110.163', read: 110163 },
  NUMBER_ENGLISH_DECIMAL: { field: 'Realisasi Mei IK-01', text: '26.4', read: 26.4 },
  CODE_DUPLICATE: { kode: 'IK-01', firstCell: 'A2' },
  PROFIL_YEAR_INVALID: { text: '25' },
  PROFIL_PERIOD_INVALID: { text: 'Semester 1' },
  PROFIL_PERIOD_YEAR_MISMATCH: { periode: '2024-05', tahun: 2025 },
  PROFIL_MODEL_UNKNOWN: { model: '88/2022', known: ['88/2021', '12/2015'] },
  LKE_CODE_UNKNOWN: { kode: '1.2.11', model: '88/2021' },
  LKE_ANSWER_INVALID: { kode: '2.2.3', jawaban: 'F', tipe: 'A-E', allowed: ['A', 'B', 'C', 'D', 'E'] },
  CITY_OPD_LIST_EMPTY: {},
  KINERJA_REALISASI_BLANK: { kode: 'IK1', month: 'Jun', periode: 'Jun', kumulatif: false, dariBulan: 'Apr' },
  EVALUATOR_ANSWER_INVALID: { kodeOpd: 'DINKES', kode: '1.1.1', jawaban: 'X', tipe: 'Y/T', allowed: ['Y', 'T'] },
  LKE_UNANSWERED: { kode: '3.1.1' },
  LKE_CRITERIA_MISSING: { codes: ['4.3.4', '4.3.5'] },
  LKE_NILAI_STALE: { kode: '1.2.2', cached: 0.75, expected: 1 },
  IMPORT_LAYOUT_DETECTED: { layout: 'LKE berjenjang (komponen, sub komponen, kriteria)', layoutEn: 'Hierarchical LKE (components, sub-components, criteria)', from: 2, to: 3 },
  IMPORT_MODEL_FROM_FILE: { structure: '4/10/7, 3/7/9, 6/9/7, 3/4/5/3', model: '88/2021', modelStructure: '7/10/8, 3/7/10, 6/9/7, 3/5/5' },
  IMPORT_CODE_MAPPED: { count: 80, model: '88/2021', confirmed: 79 },
  IMPORT_CRITERION_TEXT_DIFFERS: { kode: '1.2.4', text: 'Rencana aksi disusun tepat waktu', modelText: 'Tujuan dan sasaran dirumuskan sebagai kondisi hasil' },
  IMPORT_VALUE_NOT_UNDERSTOOD: { what: 'Jumlah bobot komponen', text: '0,9' },
  IMPORT_SUBTOTAL_DIFFERS: { subcomponent: '2.3', name: 'Pemanfaatan', file: 0, computed: 15 },
  IMPORT_IDENTITY_FROM: { source: 'daftar-opd', kodeOpd: 'DINKES', tahun: 2025, periode: '2025-12' },
  IMPORT_IDENTITY_MISSING: { missing: ['Kode OPD', 'Periode'] },
  IMPORT_COEFFICIENT_DIFFERS: { answer: 'B', coefficient: 0.5, scale: 'A-D', scaleValue: 0.66 },
  IMPORT_NOT_CONVERTIBLE: { structure: '4/10/7, 3/7/9, 6/9/7, 3/4/5/3', model: '88/2021', modelStructure: '7/10/8, 3/7/10, 6/9/7, 3/5/5' },
  IMPORT_ANSWER_RESCALED: { kode: '1.2.1', jawaban: 'B', fileValue: 0.66, answer: 'B', value: 0.75 },
  IMPORT_COLUMNS_TO_NOTES: { columns: ['PENILAIAN MANDIRI / KOEFISIEN KRITERIA', 'KETERANGAN'] },
  LKE_KERANGKA_LOGIS: { kode: '3.3.3', value: 0.75, rule: '3.3.3 ≤ 3.1.1', reference: '3.1.1', referenceValue: 0 },
  LKE_MODEL_EMPTY: { model: '12/2015' },
  KINERJA_RANGE_NOT_ALLOWED: { field: 'Realisasi Mar IK-02', text: '80–90' },
  KINERJA_RANGE_INVALID: { text: '90–80' },
  KINERJA_AFTER_PERIOD: { kode: 'IK-01', month: 'Jun', periode: '2025-05' },
  KINERJA_MONTH_TARGET_MISSING: { kode: 'IK-03', month: 'Mei' },
  KINERJA_NO_CAPAIAN: { kode: 'IK-05', reason: 'Target bernilai 0', reasonEn: 'The target is 0' },
  KINERJA_POHON_UNKNOWN: { kode: 'IK-02', kodePohon: 'P1.9' },
  POHON_PARENT_MISSING: { kode: 'P1.1.1', kodeInduk: 'P1.7' },
  POHON_CYCLE: { kode: 'P2', path: ['P2', 'P3', 'P2'] },
  POHON_ORPHAN: { kode: 'P4' },
  POHON_TOO_DEEP: { kode: 'P101', depth: 101, limit: 100 },
  MODEL_CODE_MALFORMED: { kode: '1.4.1' },
  MODEL_RULE_INVALID: { rule: '< 1.1.3' },
  MODEL_RULE_UNKNOWN_REFERENCE: { rule: '<= 1.1.9', reference: '1.1.9' },
  MODEL_SUBCOMPONENT_EMPTY: { subcomponent: '2.3' },
  MODEL_WEIGHT_INVALID: { what: 'komponen 2', weight: 25, expected: 30 },
};

interface Group {
  readonly title: string;
  /** What an Error of this group costs (workbook-format.md §1.10). */
  readonly intro: string;
  readonly has: (code: string) => boolean;
}

const GROUPS: readonly Group[] = [
  {
    title: 'Berkas dan konsolidasi',
    intro: 'Temuan tentang berkas sebagai keseluruhan dan kecocokannya dengan konsolidasi bulan ini. Error di sini membuat berkas tidak dinilai (status OPD **Ditolak**, atau berkas hanya tercatat di lembar Sumber bila tidak terbaca).',
    has: (c) => /^(FILE|OPD)_/.test(c) || ['MODEL_MISMATCH', 'YEAR_MISMATCH', 'PERIOD_MISMATCH'].includes(c),
  },
  {
    title: 'Lembar dan judul kolom',
    intro: 'Lembar `Profil` dan `LKE` wajib; tanpa keduanya workbook **Ditolak**. Lembar lain yang tidak ada hanya membuat isinya tidak ikut dinilai.',
    has: (c) => /^(SHEET|HEADER)_/.test(c),
  },
  {
    title: 'Isi sel',
    intro: 'Berlaku di semua lembar. Error di `Profil` atau `LKE` menolak workbook; di `Kinerja`, `Pohon Kinerja` atau `Rekomendasi` hanya baris itu yang tidak dipakai.',
    has: (c) => /^(REQUIRED|VALUE|CELL|NUMBER|CODE)_/.test(c),
  },
  { title: 'Profil', intro: 'Error di lembar `Profil` menolak workbook.', has: (c) => c.startsWith('PROFIL_') },
  { title: 'LKE', intro: 'Error di lembar `LKE` menolak workbook; peringatan tidak mengubah nilai.', has: (c) => c.startsWith('LKE_') },
  { title: 'Kinerja', intro: 'Error di lembar `Kinerja` hanya membuat indikator itu tidak mendapat capaian; OPD tetap dinilai.', has: (c) => c.startsWith('KINERJA_') },
  { title: 'Pohon Kinerja', intro: 'Error di lembar `Pohon Kinerja` hanya membuat simpul itu tidak ikut dalam pohon; OPD tetap dinilai.', has: (c) => c.startsWith('POHON_') },
  {
    title: 'Workbook kota dan model khusus',
    intro: 'Temuan pada workbook Konfigurasi Kota (`--city`). Workbook kota dengan Error tidak dapat dipakai: konsolidasi berhenti dengan kode keluar 2.',
    has: (c) => c.startsWith('MODEL_'),
  },
];
const OTHER: Group = { title: 'Lainnya', intro: 'Kode lain dari katalog.', has: () => true };

const groupOf = (code: string): Group => GROUPS.find((g) => g.has(code)) ?? OTHER;

/** Params whose every field reads as `‹field›`, for a code without an example. */
const placeholders = new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `‹${key}›` : undefined) });

function render(template: (params: never) => string, params: unknown): string {
  try {
    return template((params ?? placeholders) as never);
  } catch {
    return '—';
  }
}

/** A message as a sentence: with a final full stop. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);
const cellText = (text: string): string => text.replace(/\|/g, '\\|');
const anchor = (code: string): string => code.toLowerCase();

export function findingReferenceMarkdown(): string {
  const codes = Object.keys(catalogue) as FindingCode[];
  const grouped = [...GROUPS, OTHER].map((group) => ({ group, codes: codes.filter((code) => groupOf(code) === group) })).filter((g) => g.codes.length > 0);
  const out: string[] = [];
  out.push('# Daftar temuan / Finding reference');
  out.push('');
  out.push('<!-- Dibuat dari shared/findings/catalogue.ts oleh scripts/docs/finding-reference.ts; jangan diubah dengan tangan. -->');
  out.push('<!-- Generated from the catalogue; do not edit. Regenerate: npx tsx scripts/docs/finding-reference.ts -->');
  out.push('');
  out.push(
    'Setiap hasil pemeriksaan SAKIP Kit — di panel add-in, di `sakip validate`, dan di lembar `Temuan` workbook konsolidasi — adalah sebuah **temuan** dengan kode tetap. Halaman ini mendaftar setiap kode: tingkatnya (**Error** atau **Peringatan**), artinya dengan contoh pesan, dan cara memperbaikinya. Akibat sebuah Error bergantung pada lembarnya ([workbook-format.md §1.10](workbook-format.md#110-akibat-sebuah-error)); peringatan tidak pernah mengubah nilai. Panduan pengguna: [panduan.md](panduan.md).',
  );
  out.push('');
  out.push(
    '*Every check result is a finding with a stable code. This page lists each code with its severity (Error or Peringatan = warning), an example message, the fix, and the English title and message; it is generated from `shared/findings/catalogue.ts`.*',
  );
  out.push('');
  out.push(`Jumlah kode: ${codes.length} (${codes.filter((c) => catalogue[c].severity === 'error').length} Error, ${codes.filter((c) => catalogue[c].severity === 'warning').length} Peringatan).`);
  out.push('');
  out.push('| Kode | Tingkat | Judul | English |');
  out.push('|---|---|---|---|');
  for (const { codes: groupCodes } of grouped) {
    for (const code of groupCodes) {
      const entry = catalogue[code];
      out.push(`| [\`${code}\`](#${anchor(code)}) | ${SEVERITY_LABEL[entry.severity].id} | ${cellText(entry.title.id)} | ${cellText(entry.title.en)} |`);
    }
  }
  for (const { group, codes: groupCodes } of grouped) {
    out.push('');
    out.push(`## ${group.title}`);
    out.push('');
    out.push(group.intro);
    for (const code of groupCodes) {
      const entry = catalogue[code];
      const params: unknown = EXAMPLES[code];
      out.push('');
      out.push(`<a id="${anchor(code)}"></a>`);
      out.push('');
      out.push(`### \`${code}\` — ${entry.title.id}`);
      out.push('');
      out.push(`- **Tingkat:** ${SEVERITY_LABEL[entry.severity].id}`);
      out.push(`- **Arti (contoh pesan):** ${render(entry.id as (p: never) => string, params)}`);
      out.push(`- **Cara memperbaiki:** ${entry.fix.id}`);
      out.push(`- **English:** *${entry.title.en}*: ${sentence(render(entry.en as (p: never) => string, params))} Fix: ${entry.fix.en}`);
    }
  }
  out.push('');
  return out.join('\n');
}

if (require.main === module) {
  writeFileSync(REFERENCE_PATH, findingReferenceMarkdown());
  console.log(REFERENCE_PATH);
}
