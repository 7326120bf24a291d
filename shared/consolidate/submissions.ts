/**
 * Which workbook stands for which listed OPD, and each listed OPD's status (workbook-format.md §3):
 * Lengkap / Tidak Lengkap (scored), Ditolak (a readable workbook was rejected, or two claimed the
 * same OPD), Belum Mengirim (no readable workbook). Workbooks of unlisted OPDs get an error.
 */
import type { OpdAssessment } from '../assess/assess-opd';
import { cleanCode } from '../text/invisible-characters';
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { CityConfig, ListedOpd } from '../parse/city-config';

export type OpdStatus = 'Lengkap' | 'Tidak Lengkap' | 'Ditolak' | 'Belum Mengirim';

export interface OpdSubmission {
  readonly opd: ListedOpd;
  readonly status: OpdStatus;
  /** The workbook scored for this OPD (Lengkap / Tidak Lengkap), or the rejected one. */
  readonly assessment?: OpdAssessment;
}

export interface Submissions {
  /** One per listed OPD, in the order of `Daftar OPD`. */
  readonly opds: readonly OpdSubmission[];
  /** OPD_NOT_LISTED, OPD_DUPLICATE and OPD_NOT_SUBMITTED findings. */
  readonly findings: readonly Finding[];
}

const key = (kode: string): string => cleanCode(kode).toLowerCase();

export function matchSubmissions(city: CityConfig, assessments: readonly OpdAssessment[]): Submissions {
  const listed = new Map(city.opds.map((opd) => [key(opd.kodeOpd), opd] as const));
  const claims = new Map<string, OpdAssessment[]>();
  const findings: Finding[] = [];
  for (const assessment of assessments) {
    const profil = assessment.workbook.profil;
    if (!profil) continue;
    const where = { file: assessment.workbook.file, sheet: assessment.workbook.profilSheet, ...(profil.cells.kodeOpd ? { cell: profil.cells.kodeOpd } : {}) };
    if (!listed.has(key(profil.kodeOpd))) {
      findings.push(makeFinding('OPD_NOT_LISTED', where, { kodeOpd: profil.kodeOpd }));
      continue;
    }
    const list = claims.get(key(profil.kodeOpd)) ?? [];
    list.push(assessment);
    claims.set(key(profil.kodeOpd), list);
  }

  const opds = city.opds.map((opd): OpdSubmission => {
    const claimed = claims.get(key(opd.kodeOpd)) ?? [];
    if (claimed.length === 0) {
      findings.push(makeFinding('OPD_NOT_SUBMITTED', { file: city.file }, { kodeOpd: opd.kodeOpd, namaOpd: opd.namaOpd }));
      return { opd, status: 'Belum Mengirim' };
    }
    if (claimed.length > 1) {
      for (const assessment of claimed) {
        const others = claimed.filter((a) => a !== assessment).map((a) => a.workbook.file);
        findings.push(makeFinding('OPD_DUPLICATE', { file: assessment.workbook.file }, { kodeOpd: opd.kodeOpd, otherFile: others.join(', ') }));
      }
      return { opd, status: 'Ditolak' };
    }
    const assessment = claimed[0]!;
    if (assessment.rejected) return { opd, status: 'Ditolak', assessment };
    return { opd, status: assessment.score.unanswered > 0 ? 'Tidak Lengkap' : 'Lengkap', assessment };
  });
  return { opds, findings };
}
