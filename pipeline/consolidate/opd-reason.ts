/**
 * Why a listed OPD is where it is (issue 11, what the bureau is told): the finding that rejected
 * its workbook (Ditolak), that left it incomplete (Tidak Lengkap), that it did not submit, or the
 * evaluator answers that keep its evaluator total from being computed. Ringkasan's `Keterangan`,
 * the console summary and `--json` all say the same.
 */
import { type OpdAssessment, type OpdSubmission, type Finding, findingMessage } from '../../shared';

/** The finding that decided the OPD's status; undefined for a complete submission. */
export function blockingFinding(submission: OpdSubmission, submissionFindings: readonly Finding[]): Finding | undefined {
  const kode = submission.opd.kodeOpd.trim().toLowerCase();
  const own = (f: Finding): boolean => 'kodeOpd' in f.params && String(f.params.kodeOpd).trim().toLowerCase() === kode;
  switch (submission.status) {
    case 'Belum Mengirim':
      return submissionFindings.find((f) => f.code === 'OPD_NOT_SUBMITTED' && own(f));
    case 'Ditolak':
      return submission.assessment ? rejecting(submission.assessment) : submissionFindings.find((f) => f.code === 'OPD_DUPLICATE' && own(f));
    case 'Tidak Lengkap':
      return submission.assessment?.findings.find((f) => f.code === 'LKE_UNANSWERED' || f.code === 'LKE_CRITERIA_MISSING');
    default:
      return undefined;
  }
}

/** The first Error of the workbook's Profil or LKE sheet, or a file-level one: what rejects a workbook (assess-opd.ts). */
function rejecting(assessment: OpdAssessment): Finding | undefined {
  const sheets = new Set([assessment.workbook.profilSheet, assessment.workbook.lkeSheet]);
  return assessment.findings.find((f) => f.severity === 'error' && (f.sheet === undefined || sheets.has(f.sheet)));
}

/** `Lembar LKE sel E7: Jawaban "Z" tidak sah …` — the finding as one line, its place first. */
export function findingLine(finding: Finding): string {
  const place = finding.sheet === undefined ? '' : `Lembar ${finding.sheet}${finding.cell ? ` sel ${finding.cell}` : ''}: `;
  return `${place}${findingMessage(finding, 'id')}`;
}

/** The Keterangan of one OPD's Ringkasan row. */
export function keteranganOf(submission: OpdSubmission, blocking: Finding | undefined, invalidEvaluator: readonly Finding[]): string {
  const parts: string[] = [];
  if (blocking) {
    const unanswered = submission.status === 'Tidak Lengkap' ? (submission.assessment?.score.unanswered ?? 0) : 0;
    parts.push(unanswered > 1 ? `${unanswered} kriteria belum dijawab; pertama: ${findingLine(blocking)}` : findingLine(blocking));
  }
  if (invalidEvaluator.length > 0) {
    const answers = invalidEvaluator.map((f) => (f.code === 'EVALUATOR_ANSWER_INVALID' ? `${f.params.kode} "${f.params.jawaban}"` : '')).join(', ');
    parts.push(`Jawaban Evaluator di luar skala: ${answers} — Nilai Evaluator tidak dapat dihitung`);
  }
  return parts.join('; ');
}
