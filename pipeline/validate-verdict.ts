/**
 * `sakip validate` (issue 11): what the consolidation would do with each file — accepted,
 * rejected (and by which finding), incomplete, or not an OPD workbook at all — and the city checks
 * the consolidation applies that the assessment alone does not (the OPD listed in Daftar OPD).
 */
import { type OpdAssessment, matchSubmissions, type Finding, type Lang, findingMessage, type CityConfig } from '../shared';

export type Verdict =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'incomplete'; readonly unanswered: number }
  | { readonly kind: 'rejected'; readonly finding?: Finding }
  | { readonly kind: 'unread' }
  | { readonly kind: 'city' }
  | { readonly kind: 'consolidation' };

/** OPD_NOT_LISTED when the workbook's Kode OPD is not in the city's Daftar OPD (as the consolidation finds it). */
export function listedOpdFindings(assessment: OpdAssessment, city: CityConfig): Finding[] {
  return matchSubmissions(city, [assessment]).findings.filter((f) => f.code === 'OPD_NOT_LISTED');
}

export function verdictOf(assessment: OpdAssessment | undefined, findings: readonly Finding[]): Verdict {
  if (!assessment) return { kind: 'unread' };
  const notListed = findings.find((f) => f.code === 'OPD_NOT_LISTED');
  if (notListed) return { kind: 'rejected', finding: notListed };
  if (assessment.rejected) {
    const sheets = new Set([assessment.workbook.profilSheet, assessment.workbook.lkeSheet]);
    const finding = assessment.findings.find((f) => f.severity === 'error' && (f.sheet === undefined || sheets.has(f.sheet)));
    return { kind: 'rejected', ...(finding ? { finding } : {}) };
  }
  return assessment.score.unanswered > 0 ? { kind: 'incomplete', unanswered: assessment.score.unanswered } : { kind: 'accepted' };
}

export function verdictText(verdict: Verdict, lang: Lang): string {
  const id = lang === 'id';
  switch (verdict.kind) {
    case 'accepted':
      return id ? 'akan diterima konsolidasi (Lengkap)' : 'would be accepted by the consolidation (Lengkap)';
    case 'incomplete':
      return id ? `akan diterima tetapi Tidak Lengkap: ${verdict.unanswered} kriteria belum dijawab` : `would be accepted but Tidak Lengkap: ${verdict.unanswered} criteria unanswered`;
    case 'rejected': {
      const why = verdict.finding ? `${verdict.finding.sheet ? `${verdict.finding.sheet}${verdict.finding.cell ? `!${verdict.finding.cell}` : ''}: ` : ''}${findingMessage(verdict.finding, lang)}` : '';
      return id ? `akan DITOLAK konsolidasi${why ? ` — ${why}` : ''}` : `would be REJECTED by the consolidation${why ? ` — ${why}` : ''}`;
    }
    case 'unread':
      return id ? 'tidak terbaca: akan dicatat Tidak Terbaca' : 'unreadable: it would be listed as Tidak Terbaca';
    case 'city':
      return id ? 'workbook konfigurasi kota: diperiksa sebagai workbook kota' : 'city configuration workbook: checked as a city workbook';
    case 'consolidation':
      return id ? 'workbook konsolidasi, bukan workbook OPD: tidak diperiksa (konsolidasi akan melewatinya)' : 'a consolidated workbook, not an OPD workbook: not checked (the consolidation skips it)';
  }
}
