/** Every sentence of the reports (LHE per OPD and the city summary) and of the `report` command, in Indonesian and English. */
import type { Lang, Predikat } from '../../shared';

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const INTERPRETATION_ID: Record<Predikat, string> = {
  AA: 'Akuntabilitas kinerja sangat memuaskan; manajemen kinerja berjalan dan dimanfaatkan di seluruh unit.',
  A: 'Akuntabilitas kinerja memuaskan; manajemen kinerja berjalan baik dan hasilnya mulai dimanfaatkan.',
  BB: 'Akuntabilitas kinerja sangat baik; sistem berjalan, pemanfaatannya perlu diperluas.',
  B: 'Akuntabilitas kinerja baik; sistem sudah ada tetapi belum sepenuhnya dijalankan.',
  CC: 'Akuntabilitas kinerja cukup; sistem sebagian ada dan perlu banyak perbaikan.',
  C: 'Akuntabilitas kinerja kurang; sistem baru sebagian kecil terbentuk.',
  D: 'Akuntabilitas kinerja sangat kurang; sistem belum terbentuk.',
};
const INTERPRETATION_EN: Record<Predikat, string> = {
  AA: 'Outstanding performance accountability; performance management runs and is used across every unit.',
  A: 'Very good performance accountability; performance management runs well and its results are being used.',
  BB: 'Good performance accountability; the system runs, its use should be widened.',
  B: 'Fair performance accountability; the system exists but is not yet fully run.',
  CC: 'Adequate performance accountability; the system partly exists and needs much improvement.',
  C: 'Poor performance accountability; only a small part of the system is in place.',
  D: 'Very poor performance accountability; the system is not in place.',
};
const LABEL_EN: Record<Predikat, string> = { AA: 'Outstanding', A: 'Very good', BB: 'Good', B: 'Fair', CC: 'Adequate', C: 'Poor', D: 'Very poor' };

const id = {
  lang: 'id' as Lang,
  months: MONTHS_ID,
  title: 'LAPORAN HASIL EVALUASI',
  subtitle: (tahun: number) => `AKUNTABILITAS KINERJA INSTANSI PEMERINTAH TAHUN ${tahun}`,
  on: 'PADA',
  city: (kota: string) => `PEMERINTAH ${kota.toUpperCase()}`,
  nomor: 'Nomor',
  tanggal: 'Tanggal',
  periode: 'Periode data',
  tim: 'Tim evaluator',
  unsigned: '(belum diisi di workbook kota)',
  methodTitle: 'I. METODE EVALUASI',
  methodIntro: (model: string, count: number) =>
    `Evaluasi memakai Lembar Kerja Evaluasi (LKE) model ${model} dengan ${count} kriteria. Jawaban OPD ditinjau evaluator; bila evaluator memberi jawaban lain, jawaban evaluator yang dipakai. Nilai subkomponen = rata-rata nilai kriterianya × bobot subkomponen; nilai komponen = jumlah subkomponennya; nilai akhir = jumlah komponen (0–100).`,
  components: 'Komponen dan bobot',
  component: 'Komponen',
  subComponent: 'Subkomponen',
  weight: 'Bobot',
  value: 'Nilai',
  percent: '% dari bobot',
  scaleTitle: 'Skala jawaban',
  scaleRows: [
    ['Y/T', 'Y = 1; T = 0'],
    ['A–E', 'A = 1; B = 0,75; C = 0,5; D = 0,25; E = 0'],
    ['AA–E', 'AA = 1; A = 0,9; BB = 0,8; B = 0,7; CC = 0,6; C = 0,5; D = 0,3; E = 0'],
  ] as const,
  type: 'Tipe',
  predikatTitle: 'Predikat',
  range: 'Rentang nilai',
  label: 'Sebutan',
  interpretation: 'Arti',
  interpretations: INTERPRETATION_ID,
  labelOf: (_p: Predikat, label: string) => label,
  boundMode: (mode: string): string =>
    mode === 'inklusif'
      ? 'Batas predikat inklusif: nilai tepat pada batas masuk predikat yang lebih tinggi (mis. 70,00 = BB). Nilai dibulatkan ke 2 desimal sebelum diberi predikat.'
      : 'Batas predikat eksklusif: nilai harus melebihi batas (mis. 70,00 = B, 70,01 = BB). Nilai dibulatkan ke 2 desimal sebelum diberi predikat.',
  resultsTitle: 'II. HASIL EVALUASI',
  resultsIntro: (opd: string) => `Hasil evaluasi atas implementasi SAKIP pada ${opd} per komponen dan subkomponen:`,
  componentSentence: (name: string, opd: string, value: string, weight: string) =>
    `Hasil evaluasi atas komponen ${name} pada ${opd} sebesar ${value} dari nilai maksimal ${weight}, dengan rincian:`,
  subSentence: (name: string, value: string, weight: string) => `Subkomponen ${name} memperoleh nilai ${value} dari nilai maksimal ${weight}.`,
  totalRow: 'Jumlah',
  totalSentence: (opd: string, total: string, predikat: string, label: string) =>
    `Nilai keseluruhan ${opd} sebesar ${total} dengan predikat ${predikat} (${label}).`,
  noTotal: (codes: string) => `Nilai keseluruhan belum dapat dihitung: jawaban evaluator tidak sah pada kriteria ${codes} (di workbook tampil #N/A).`,
  rank: (rank: number, of: number) => `Peringkat ${rank} dari ${of} OPD yang dinilai.`,
  change: (delta: string, before: string) => `Perubahan sejak konsolidasi sebelumnya: ${delta} (sebelumnya ${before}).`,
  noChange: 'Belum ada konsolidasi sebelumnya untuk dibandingkan.',
  /** `direction`: the change rounded to 2 decimals (its sign); `points` its size, `before` last year's total. */
  changeYear: (direction: number, points: string, before: string) =>
    direction === 0 ? `Nilai sama dengan tahun lalu (${before}).` : `Nilai ${direction > 0 ? 'naik' : 'turun'} ${points} poin dibanding tahun lalu (${before}).`,
  notesTitle: 'III. CATATAN DAN REKOMENDASI',
  notesIntro: (opd: string) => `Berdasarkan hasil evaluasi pada ${opd}, kami sampaikan catatan dan rekomendasi berikut.`,
  notes: 'Catatan evaluator',
  noNotes: 'Tidak ada catatan evaluator.',
  recommendations: 'Rekomendasi',
  noRecommendations: 'Tidak ada rekomendasi.',
  otherComponent: 'Lainnya (komponen belum ditentukan)',
  recHeaders: ['No', 'Rekomendasi', 'Tindak lanjut', 'Status', 'Batas waktu', 'Prioritas'],
  overdue: 'lewat batas waktu',
  nextTitle: 'IV. LANGKAH BERIKUTNYA',
  nextIntro: (steps: number, target: string, points: string) =>
    `Untuk mencapai predikat ${target} diperlukan tambahan ${points} poin. Perubahan jawaban paling sedikit (${steps}) yang mencapainya:`,
  topGrade: 'OPD sudah berada pada predikat tertinggi; pertahankan dan tindak lanjuti catatan di atas.',
  unreachable: (target: string) => `Predikat ${target} tidak dapat dicapai hanya dengan menaikkan jawaban.`,
  stepHeaders: ['Kriteria', 'Uraian', 'Jawaban', 'Tambahan nilai'],
  blank: '(kosong)',
  openFindings: 'Temuan yang masih terbuka dan cara memperbaikinya',
  noFindings: 'Tidak ada temuan terbuka.',
  findingHeaders: ['Temuan', 'Jumlah', 'Cara memperbaiki'],
  closing: (opd: string) =>
    `Demikian laporan hasil evaluasi ini disampaikan. Kami berharap ${opd} menindaklanjuti catatan dan rekomendasi di atas dan memakainya sebagai dasar perbaikan kinerja pada periode berikutnya.`,
  nip: 'NIP',
  // City summary
  summaryTitle: (kota: string, periode: string) => `REKAPITULASI HASIL EVALUASI SAKIP ${kota.toUpperCase()} — PERIODE ${periode}`,
  summaryIntro: (listed: number, scored: number) => `${listed} OPD terdaftar; ${scored} dinilai. Nilai dan predikat adalah nilai evaluator.`,
  summaryHeaders: ['Peringkat', 'Kode OPD', 'Nama OPD', 'Status', 'Nilai', 'Predikat'],
  distribution: 'Sebaran predikat',
  distributionHeaders: ['Predikat', 'Sebutan', 'Jumlah OPD'],
  notScored: 'OPD yang tidak dinilai',
  notScoredHeaders: ['Kode OPD', 'Nama OPD', 'Status', 'Alasan'],
  allScored: 'Semua OPD terdaftar dinilai.',
  notSubmitted: 'Belum mengirim workbook bulan ini.',
  rejectedNoReason: 'Workbook ditolak (lihat lembar Temuan).',
  // Command
  progressLabel: 'Menulis laporan',
  help: `sakip report --from <konsolidasi.xlsx> --out <folder> [--opd <kode>…] [--date yyyy-mm-dd] [--json] [--lang en]
  (alias: sakip laporan)

Menulis Laporan Hasil Evaluasi (LHE) .docx untuk setiap OPD yang dinilai dan satu rekap kota,
dari workbook konsolidasi yang sudah diisi evaluator. Nilai dihitung ulang dari jawaban di lembar
LKE (bukan dari hasil rumus tersimpan).

  --from   workbook konsolidasi (hasil sakip consolidate, disunting evaluator)
  --out    folder tujuan (dibuat bila belum ada)
  --opd    hanya OPD ini (boleh diulang); rekap kota tetap ditulis
  --date   tanggal laporan (bawaan: hari ini)
  --json   daftar berkas yang ditulis sebagai JSON

Kode keluar: 0 laporan ditulis; 2 salah pemakaian, atau workbook bukan konsolidasi / model tidak dikenal
(tidak ada berkas yang ditulis).`,
  notAFile: (path: string) => `--from: berkas tidak ditemukan: ${path}`,
  unknownOpd: (kode: string) => `--opd ${kode}: OPD ini tidak ada di Ringkasan atau tidak dinilai`,
  badDate: (text: string) => `--date: tanggal "${text}" tidak sah (tulis yyyy-mm-dd)`,
  written: (count: number, folder: string) => `${count} berkas laporan ditulis di ${folder}`,
  unreadable: (file: string) => `${file} tidak dapat dibaca:`,
};

export type ReportText = typeof id;

const en: ReportText = {
  ...id,
  lang: 'en',
  months: MONTHS_EN,
  title: 'EVALUATION REPORT',
  subtitle: (tahun) => `GOVERNMENT PERFORMANCE ACCOUNTABILITY ${tahun}`,
  on: 'FOR',
  city: (kota) => `GOVERNMENT OF ${kota.toUpperCase()}`,
  nomor: 'Number',
  tanggal: 'Date',
  periode: 'Data period',
  tim: 'Evaluator team',
  unsigned: '(not filled in the city workbook)',
  methodTitle: 'I. EVALUATION METHOD',
  methodIntro: (model, count) =>
    `The evaluation uses the LKE worksheet of model ${model} with ${count} criteria. The evaluators reviewed the OPD's answers; where an evaluator gave another answer, the evaluator's answer counts. Sub-component score = mean of its criteria's values × its weight; component = sum of its sub-components; total = sum of components (0–100).`,
  components: 'Components and weights',
  component: 'Component',
  subComponent: 'Sub-component',
  weight: 'Weight',
  value: 'Score',
  percent: '% of weight',
  scaleTitle: 'Answer scale',
  type: 'Type',
  predikatTitle: 'Grades (predikat)',
  range: 'Score range',
  label: 'Label',
  interpretation: 'Meaning',
  interpretations: INTERPRETATION_EN,
  labelOf: (p) => LABEL_EN[p],
  boundMode: (mode) =>
    mode === 'inklusif'
      ? 'Inclusive grade bounds: a score exactly on a bound earns the higher grade (e.g. 70,00 = BB). Scores are rounded to 2 decimals before grading.'
      : 'Exclusive grade bounds: a score must exceed the bound (e.g. 70,00 = B, 70,01 = BB). Scores are rounded to 2 decimals before grading.',
  resultsTitle: 'II. EVALUATION RESULTS',
  resultsIntro: (opd) => `Results of the evaluation of ${opd} by component and sub-component:`,
  componentSentence: (name, opd, value, weight) => `The component ${name} of ${opd} scored ${value} out of a maximum of ${weight}:`,
  subSentence: (name, value, weight) => `Sub-component ${name} scored ${value} out of a maximum of ${weight}.`,
  totalRow: 'Total',
  totalSentence: (opd, total, predikat, label) => `The overall score of ${opd} is ${total}, grade ${predikat} (${label}).`,
  noTotal: (codes) => `The overall score cannot be computed: the evaluator's answer is not valid for criteria ${codes} (#N/A in the workbook).`,
  rank: (rank, of) => `Rank ${rank} of ${of} scored OPDs.`,
  change: (delta, before) => `Change since the previous consolidation: ${delta} (previously ${before}).`,
  noChange: 'No previous consolidation to compare with.',
  changeYear: (direction, points, before) =>
    direction === 0 ? `The total is the same as last year (${before}).` : `The total ${direction > 0 ? 'rose' : 'fell'} ${points} points since last year (${before}).`,
  notesTitle: 'III. NOTES AND RECOMMENDATIONS',
  notesIntro: (opd) => `From the evaluation of ${opd}, the evaluators note and recommend the following.`,
  notes: "Evaluators' notes",
  noNotes: 'No evaluator notes.',
  recommendations: 'Recommendations',
  noRecommendations: 'No recommendations.',
  otherComponent: 'Other (component not set)',
  recHeaders: ['No', 'Recommendation', 'Follow-up', 'Status', 'Deadline', 'Priority'],
  overdue: 'past deadline',
  nextTitle: 'IV. WHAT TO DO NEXT',
  nextIntro: (steps, target, points) => `Grade ${target} needs ${points} more points. The fewest answer changes (${steps}) that reach it:`,
  topGrade: 'The OPD already has the highest grade; keep it and follow up the notes above.',
  unreachable: (target) => `Grade ${target} cannot be reached by raising answers alone.`,
  stepHeaders: ['Criterion', 'Description', 'Answer', 'Points gained'],
  blank: '(blank)',
  openFindings: 'Open findings and how to fix them',
  noFindings: 'No open findings.',
  findingHeaders: ['Finding', 'Count', 'How to fix'],
  closing: (opd) => `This concludes the evaluation report. We ask ${opd} to follow up the notes and recommendations above and to use them to improve its performance in the next period.`,
  summaryTitle: (kota, periode) => `SAKIP EVALUATION SUMMARY ${kota.toUpperCase()} — PERIOD ${periode}`,
  summaryIntro: (listed, scored) => `${listed} OPDs listed; ${scored} scored. Scores and grades are the evaluators'.`,
  summaryHeaders: ['Rank', 'OPD code', 'OPD name', 'Status', 'Score', 'Grade'],
  distribution: 'Grade distribution',
  distributionHeaders: ['Grade', 'Label', 'OPDs'],
  notScored: 'OPDs not scored',
  notScoredHeaders: ['OPD code', 'OPD name', 'Status', 'Reason'],
  allScored: 'Every listed OPD was scored.',
  notSubmitted: "Has not submitted this month's workbook.",
  rejectedNoReason: 'Workbook rejected (see the Temuan sheet).',
  progressLabel: 'Writing reports',
  help: `sakip report --from <consolidation.xlsx> --out <folder> [--opd <code>…] [--date yyyy-mm-dd] [--json] [--lang en]
  (alias: sakip laporan)

Writes an evaluation report (LHE) .docx for every scored OPD and one city summary, from a
consolidated workbook the evaluators have edited. Scores are recomputed from the answers on the
LKE sheet (never taken from cached formula results).

  --from   the consolidated workbook (from sakip consolidate, edited by evaluators)
  --out    the output folder (created when missing)
  --opd    only this OPD (repeatable); the city summary is always written
  --date   the report date (default: today)
  --json   the written files as JSON

Exit codes: 0 reports written; 2 wrong usage, or not a consolidated workbook / unknown model
(no file written).`,
  notAFile: (path) => `--from: file not found: ${path}`,
  unknownOpd: (kode) => `--opd ${kode}: this OPD is not on Ringkasan or was not scored`,
  badDate: (text) => `--date: "${text}" is not a valid date (write yyyy-mm-dd)`,
  written: (count, folder) => `${count} report files written in ${folder}`,
  unreadable: (file) => `${file} cannot be read:`,
};

export function reportText(lang: Lang): ReportText {
  return lang === 'en' ? en : id;
}

/** `31 Mei 2025` / `31 May 2025`. */
export function longDate(iso: string, text: ReportText): string {
  return `${Number(iso.slice(8, 10))} ${text.months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** `Mei 2025` for `2025-05`. */
export function monthYear(periode: string, text: ReportText): string {
  return `${text.months[Number(periode.slice(5, 7)) - 1]} ${periode.slice(0, 4)}`;
}
