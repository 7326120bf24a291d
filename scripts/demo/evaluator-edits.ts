/**
 * The simulated evaluator: opens a month's consolidated workbook as an evaluator would, fills
 * `Jawaban Evaluator` and `Catatan Evaluator` on the LKE sheet for the OPDs reviewed that month,
 * and saves it (it becomes next month's `--previous`). Seeded: the same sample and seed give the
 * same edits.
 *
 * The reviewed OPDs are chosen to show every part of the carry-over over three months: DISHUB
 * (rejected from April: its entries wait in Arsip Evaluator), BPBD (no file in April: archived,
 * then restored in May), DLH (no file in May: archived), KEC-BARAT (notes on unanswered
 * criteria it answers later: Perlu Ditinjau), DINKES (improving answers: Perlu Ditinjau where
 * it raised an answer the evaluator had corrected).
 *
 * The evaluator also sets up the follow-up of every recommendation on the `Rekomendasi` sheet
 * that has none yet (REKOMENDASI_FOLLOW_UP): its component, deadline and priority, which carry
 * over month to month, so that May's LHE groups the recommendations by component (and the one on
 * monthly measurement, due mid-May, is overdue where still open).
 */
import type ExcelJS from 'exceljs';
import { allowedAnswers } from '../../shared/scoring/answer-scale';
import type { AnswerType } from '../../shared/models/model';
import { createRng } from '../sample-city/prng';
import { SAMPLE_ROLES } from '../sample-city/roles';
import { loadWorkbook, requiredColumns, shownValue } from './workbook-rows';

/** Which OPDs the evaluator reviews after each month's consolidation (by period). */
export const REVIEWED_OPDS: Readonly<Record<string, readonly string[]>> = {
  '2025-03': [SAMPLE_ROLES.typingErrors, SAMPLE_ROLES.missingMiddleMonth, SAMPLE_ROLES.late, SAMPLE_ROLES.incomplete, 'DINKES', SAMPLE_ROLES.weak],
  '2025-04': ['DISDIK', 'PUPR', 'SETDA'],
};

/** Corrections per reviewed OPD (answers set one step lower, with a note). */
const CORRECTIONS_PER_OPD = 4;
/** Notes on unanswered criteria of the incomplete OPD. */
const NOTES_ON_BLANKS = 3;

const NOTES_BY_COMPONENT: Readonly<Record<string, readonly string[]>> = {
  '1': [
    'Renstra belum memuat indikator sasaran yang terukur.',
    'Cascading kinerja belum sampai ke tingkat eselon IV.',
    'Perjanjian Kinerja belum ditandatangani tepat waktu.',
  ],
  '2': [
    'Data capaian belum dilengkapi sumber data yang jelas.',
    'Pengukuran kinerja bulanan belum dilaksanakan rutin.',
    'Aplikasi e-SAKIP belum dipakai untuk pengukuran.',
  ],
  '3': ['LKjIP belum menyajikan analisis efisiensi sumber daya.', 'Laporan kinerja triwulan belum dipublikasikan.'],
  '4': ['Evaluasi internal belum mencakup seluruh unit kerja.', 'Rekomendasi evaluasi tahun lalu belum ditindaklanjuti.'],
};
const NOTE_ON_BLANK = 'Belum dijawab; mohon dilengkapi beserta bukti dukung.';

export interface EvaluatorEdit {
  readonly kodeOpd: string;
  readonly kode: string;
  /** '' when only a note was written. */
  readonly jawaban: string;
  readonly catatan: string;
}

const ANSWER_TYPES: readonly string[] = ['Y/T', 'A-E', 'AA-E'];

/** The answer one step lower on the type's scale; undefined at the bottom or for a blank/unknown answer. */
export function stepLower(answer: string, type: string): string | undefined {
  if (!ANSWER_TYPES.includes(type)) return undefined;
  const scale = allowedAnswers(type as AnswerType);
  const index = scale.indexOf(answer);
  return index >= 0 && index < scale.length - 1 ? scale[index + 1] : undefined;
}

/**
 * The follow-up the evaluator sets for each of the sample's recommendations (scripts/sample-city/
 * rekomendasi-sheet.ts, by No): the component it is about (short name, the sheet's dropdown), the
 * deadline (yyyy-mm-dd) and the priority.
 */
export const REKOMENDASI_FOLLOW_UP: Readonly<Record<number, { readonly komponen: string; readonly batasWaktu: string; readonly prioritas: string }>> = {
  1: { komponen: 'Perencanaan', batasWaktu: '2025-06-30', prioritas: 'Tinggi' },
  2: { komponen: 'Perencanaan', batasWaktu: '2025-09-30', prioritas: 'Sedang' },
  3: { komponen: 'Pengukuran', batasWaktu: '2025-05-15', prioritas: 'Tinggi' },
  4: { komponen: 'Pelaporan', batasWaktu: '2025-12-31', prioritas: 'Rendah' },
};

/** Fills Komponen, Batas Waktu and Prioritas on every Rekomendasi row that has no Komponen yet. */
function fillRekomendasi(workbook: ExcelJS.Workbook, path: string): void {
  const sheet = workbook.getWorksheet('Rekomendasi');
  if (!sheet) throw new Error(`${path}: lembar Rekomendasi tidak ada`);
  const column = requiredColumns(sheet, path);
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const followUp = REKOMENDASI_FOLLOW_UP[Number(shownValue(row.getCell(column('No'))))];
    if (!followUp || String(shownValue(row.getCell(column('Komponen')))) !== '') continue;
    row.getCell(column('Komponen')).value = followUp.komponen;
    row.getCell(column('Batas Waktu')).value = new Date(`${followUp.batasWaktu}T00:00:00Z`);
    row.getCell(column('Prioritas')).value = followUp.prioritas;
  }
}

/** Fills the evaluator columns of `path`'s LKE sheet for the OPDs reviewed in `period` and the follow-up of its recommendations, and saves. */
export async function simulateEvaluator(path: string, period: string, seed: number): Promise<EvaluatorEdit[]> {
  const reviewed = REVIEWED_OPDS[period] ?? [];
  const workbook = await loadWorkbook(path);
  const sheet = workbook.getWorksheet('LKE');
  if (!sheet) throw new Error(`${path}: lembar LKE tidak ada`);
  const column = requiredColumns(sheet, path);
  const [kodeOpdCol, kodeCol, tipeCol, jawabanOpdCol, jawabanCol, catatanCol] = ['Kode OPD', 'Kode', 'Tipe', 'Jawaban OPD', 'Jawaban Evaluator', 'Catatan Evaluator'].map(column) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];

  const rowsByOpd = new Map<string, ExcelJS.Row[]>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const kodeOpd = String(shownValue(row.getCell(kodeOpdCol)));
    if (!kodeOpd) continue;
    rowsByOpd.set(kodeOpd, [...(rowsByOpd.get(kodeOpd) ?? []), row]);
  }

  const rng = createRng(seed).fork(`evaluator-${period}`);
  const edits: EvaluatorEdit[] = [];
  const write = (row: ExcelJS.Row, kodeOpd: string, jawaban: string, catatan: string): void => {
    if (jawaban) row.getCell(jawabanCol).value = jawaban;
    row.getCell(catatanCol).value = catatan;
    edits.push({ kodeOpd, kode: String(shownValue(row.getCell(kodeCol))), jawaban, catatan });
  };

  for (const kodeOpd of reviewed) {
    const rows = rowsByOpd.get(kodeOpd);
    if (!rows) continue; // not scored this month: nothing to review
    const opdRng = rng.fork(kodeOpd);
    const jawabanOpd = (row: ExcelJS.Row): string => String(shownValue(row.getCell(jawabanOpdCol)));
    if (kodeOpd === SAMPLE_ROLES.incomplete) {
      for (const row of opdRng.shuffle(rows.filter((row) => jawabanOpd(row) === '')).slice(0, NOTES_ON_BLANKS)) write(row, kodeOpd, '', NOTE_ON_BLANK);
    }
    const correctable = rows.filter((row) => stepLower(jawabanOpd(row), String(shownValue(row.getCell(tipeCol)))) !== undefined);
    for (const row of opdRng.shuffle(correctable).slice(0, CORRECTIONS_PER_OPD)) {
      const kode = String(shownValue(row.getCell(kodeCol)));
      const notes = NOTES_BY_COMPONENT[kode.split('.')[0]!] ?? NOTES_BY_COMPONENT['1']!;
      write(row, kodeOpd, stepLower(jawabanOpd(row), String(shownValue(row.getCell(tipeCol))))!, opdRng.pick(notes));
    }
  }
  fillRekomendasi(workbook, path);
  // Excel and LibreOffice recompute Nilai Akhir, Poin and the Ringkasan totals when the file is opened.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  await workbook.xlsx.writeFile(path);
  return edits;
}
