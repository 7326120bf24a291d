/**
 * Every text the pane itself shows, in Indonesian and English. Finding messages come from the
 * core's catalogue (`findingMessage`), never from here.
 */
import type { Lang } from '../../shared';

const id = {
  title: 'Pemeriksa SAKIP',
  subtitle: 'Periksa workbook OPD sebelum dikirim',
  check: 'Periksa',
  highlight: 'Sorot',
  clearHighlight: 'Hapus sorotan',
  prepare: 'Siapkan lembar',
  checking: 'Membaca workbook…',
  findings: 'Temuan',
  noFindings: 'Tidak ada temuan. Workbook siap dikirim.',
  errors: 'error',
  warnings: 'peringatan',
  fileLevel: 'Berkas',
  wholeSheet: 'lembar',
  rejected: 'Workbook ini akan Ditolak: perbaiki error di lembar Profil dan LKE.',
  accepted: 'Tidak ada error yang membuat workbook ditolak.',
  score: 'Nilai mandiri',
  component: 'Komponen',
  total: 'Total',
  predikat: 'Predikat',
  nextGrade: 'Menuju predikat berikutnya',
  nextGradePoints: (points: string, predikat: string) => `${points} poin lagi menuju ${predikat}`,
  topGrade: 'Sudah predikat tertinggi',
  unanswered: 'Belum dijawab',
  unansweredCount: (count: string, total: string) => `${count} dari ${total} kriteria`,
  improvements: 'Kriteria yang paling menaikkan nilai',
  blankAnswer: 'kosong',
  points: 'poin',
  noGrade: 'Tidak dapat dinilai',
  highlighted: (count: number) => `${count} sel disorot.`,
  highlightCleared: 'Sorotan dihapus; warna sel dikembalikan.',
  nothingToHighlight: 'Tidak ada sel untuk disorot.',
  sheetsAdded: (names: string) => `Lembar ditambahkan: ${names}.`,
  sheetsComplete: 'Semua lembar format OPD sudah ada.',
  failed: (message: string) => `Gagal: ${message}`,
  goTo: (sheet: string, cell: string) => `Buka ${sheet}!${cell}`,
  nextSteps: 'Langkah berikutnya',
  stepsTo: (steps: string, predikat: string) => `${steps} perubahan jawaban menuju ${predikat}:`,
  unreachable: (predikat: string) => `${predikat} tidak dapat dicapai dengan menaikkan jawaban saja.`,
  toFix: 'Temuan yang perlu diperbaiki',
};

export type Texts = typeof id;

const en: Texts = {
  title: 'SAKIP Checker',
  subtitle: 'Check the OPD workbook before sending it',
  check: 'Check',
  highlight: 'Highlight',
  clearHighlight: 'Clear highlight',
  prepare: 'Prepare sheets',
  checking: 'Reading the workbook…',
  findings: 'Findings',
  noFindings: 'No findings. The workbook is ready to send.',
  errors: 'errors',
  warnings: 'warnings',
  fileLevel: 'File',
  wholeSheet: 'sheet',
  rejected: 'This workbook would be rejected: fix the errors in the Profil and LKE sheets.',
  accepted: 'No error makes the workbook rejected.',
  score: 'Self-assessment score',
  component: 'Component',
  total: 'Total',
  predikat: 'Predikat',
  nextGrade: 'To the next predikat',
  nextGradePoints: (points, predikat) => `${points} more points to ${predikat}`,
  topGrade: 'Already the highest predikat',
  unanswered: 'Unanswered',
  unansweredCount: (count, total) => `${count} of ${total} criteria`,
  improvements: 'Criteria that raise the score most',
  blankAnswer: 'blank',
  points: 'points',
  noGrade: 'Cannot be graded',
  highlighted: (count) => `${count} cells highlighted.`,
  highlightCleared: 'Highlight cleared; cell colours restored.',
  nothingToHighlight: 'No cells to highlight.',
  sheetsAdded: (names) => `Sheets added: ${names}.`,
  sheetsComplete: 'Every sheet of the OPD format is there already.',
  failed: (message) => `Failed: ${message}`,
  goTo: (sheet, cell) => `Go to ${sheet}!${cell}`,
  nextSteps: 'What to do next',
  stepsTo: (steps, predikat) => `${steps} answer changes to ${predikat}:`,
  unreachable: (predikat) => `${predikat} cannot be reached by raising answers alone.`,
  toFix: 'Findings to fix',
};

const TEXTS: Record<Lang, Texts> = { id, en };

/** English when Office's display language is English (`en-US`, `en-GB`, …); Indonesian otherwise. */
export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

export function textsFor(lang: Lang): Texts {
  return TEXTS[lang];
}
