/**
 * Sheet `LKE`: every criterion of the model under its component and sub-component headings, the
 * OPD's answers, `=SAKIP.ANSWER(...)` in `Nilai` with the cached result Excel saved, notes and
 * evidence links.
 */
import type { AnswerType, Criterion } from '../../shared/models/model';
import { MONTH_LONG_ID } from '../../shared/parse/month-name';
import { parseAnswer } from '../../shared/scoring/answer-scale';
import { answerFormula } from '../../shared/template/opd-template';
import { CITY_DOMAIN, CITY_NAME } from './city-data';
import { SAMPLE_MODEL } from './lke-answers';
import type { OpdMonth } from './opd-month';
import { firstDataRowOf, type SampleCell, type SampleRow, type SampleSheet } from './sheet-data';

const TITLES = (m: OpdMonth) => [
  'LEMBAR KERJA EVALUASI (LKE) AKUNTABILITAS KINERJA INSTANSI PEMERINTAH',
  `${m.spec.nama} — ${CITY_NAME}`,
  `Penilaian mandiri bulan ${MONTH_LONG_ID[m.month - 1]} ${m.year}`,
];
export const LKE_HEADER = ['Kode', 'Uraian', 'Jawaban', 'Nilai', 'Catatan', 'Bukti Dukung'];

/** What `SAKIP.ANSWER` shows for an answer: its value, #N/A when blank, #VALUE! when invalid. */
function answerResult(answer: string, type: AnswerType): number | { error: string } {
  const parsed = parseAnswer(answer, type);
  if (parsed.kind === 'valid') return parsed.value;
  return { error: parsed.kind === 'blank' ? '#N/A' : '#VALUE!' };
}

const DOCUMENTS: Record<string, string> = {
  '1.1.3': 'renstra',
  '1.1.4': 'renja',
  '1.1.7': 'perjanjian-kinerja',
  '2.1.2': 'definisi-operasional-iku',
  '3.1.1': 'lkjip',
  '4.1.1': 'pedoman-evaluasi-internal',
};

function evidence(m: OpdMonth, c: Criterion, answer: string): SampleCell {
  const doc = DOCUMENTS[c.code];
  if (!doc || answer === '' || answer === 'T') return null;
  return `https://sakip.${CITY_DOMAIN}/dokumen/${m.year}/${m.spec.kode.toLowerCase()}/${doc}.pdf`;
}

function note(c: Criterion, answer: string): SampleCell {
  if (answer === '') return null;
  if (c.code === '1.1.7') return 'PK Kepala OPD dan pejabat administrator telah ditandatangani';
  if (c.slot === 3 && (answer === 'C' || answer === 'D')) return 'Pemanfaatan belum konsisten di semua bidang';
  return null;
}

export function lkeSheet(m: OpdMonth): SampleSheet {
  const titles = TITLES(m);
  const rows: SampleRow[] = [];
  const rowNumber = () => firstDataRowOf(titles.length, true) + rows.length;
  for (const component of SAMPLE_MODEL.components) {
    rows.push({ style: 'heading', cells: [String(component.number), component.name] });
    for (const sub of component.subComponents) {
      rows.push({ style: 'subheading', cells: [`${component.number}.${sub.slot}`, sub.name] });
      for (const c of SAMPLE_MODEL.criteria.filter((x) => x.component === component.number && x.slot === sub.slot)) {
        const answer = m.answers.get(c.code) ?? '';
        const cached = m.cachedAnswers.get(c.code) ?? answer;
        const formula = answerFormula(`C${rowNumber()}`, c.type).formula;
        rows.push({ cells: [c.code, c.text, answer === '' ? null : answer, { formula, result: answerResult(cached, c.type) }, note(c, answer), evidence(m, c, answer)] });
      }
    }
  }
  return { name: 'LKE', titles, header: LKE_HEADER, rows, widths: [9, 72, 10, 8, 40, 48], textColumns: [1] };
}
