/** The run's summary: OPDs scored and by status, files by status, findings by severity, carry-over, output path. */
import type { OpdStatus, Finding, Lang } from '../../shared';
import { countBySeverity, findingJson, findingsTable, textTable, type FindingJson } from '../print-findings';
import type { SourceStatus } from './consolidated-headers';
import type { Consolidation } from './consolidation-data';
import { consolidateText } from './texts';

const OPD_STATUSES: readonly OpdStatus[] = ['Lengkap', 'Tidak Lengkap', 'Ditolak', 'Belum Mengirim'];
const SOURCE_STATUSES: readonly SourceStatus[] = ['Dibaca', 'Ditolak', 'Tidak Terbaca', 'Diabaikan'];

export interface ConsolidationSummary {
  readonly kota: string;
  readonly periode: string;
  readonly periodDerived: boolean;
  readonly opds: { readonly listed: number; readonly scored: number; readonly byStatus: Record<OpdStatus, number>; readonly list: Record<OpdStatus, OpdLine[]> };
  /** LKE rows marked Perlu Ditinjau. */
  readonly perluDitinjau: number;
  /** Evaluator answers off the scale (EVALUATOR_ANSWER_INVALID), each with its place. */
  readonly evaluatorAnswers: readonly FindingJson[];
  readonly files: { readonly total: number; readonly byStatus: Record<SourceStatus, number> };
  readonly findings: { readonly errors: number; readonly warnings: number };
  readonly evaluator: { readonly carried: number; readonly restored: number; readonly archived: number; readonly kept: number };
  /** Where the file that was at --out was copied before it was replaced (null: there was none). */
  readonly backup: string | null;
  readonly previous: string | null;
  readonly output: string;
}

/** One OPD of a status list: for Ditolak / Tidak Lengkap / Belum Mengirim, why (Ringkasan's Keterangan) and the finding. */
export interface OpdLine {
  readonly kodeOpd: string;
  readonly namaOpd: string;
  readonly keterangan: string;
  readonly finding: FindingJson | null;
}

const countOf = <K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<K, number>;

export function summarize(c: Consolidation, output: string, periodDerived: boolean, backup?: string): ConsolidationSummary {
  const { errors, warnings } = countBySeverity(c.findings);
  return {
    kota: c.city.namaKota,
    periode: c.periode,
    periodDerived,
    opds: {
      listed: c.opds.length,
      scored: c.opds.filter((o) => o.scored).length,
      byStatus: countOf(OPD_STATUSES, c.opds.map((o) => o.submission.status)),
      list: Object.fromEntries(
        OPD_STATUSES.map((status) => [
          status,
          c.opds
            .filter((o) => o.submission.status === status)
            .map((o) => ({ kodeOpd: o.submission.opd.kodeOpd, namaOpd: o.submission.opd.namaOpd, keterangan: o.keterangan, finding: o.blocking ? findingJson(o.blocking) : null })),
        ]),
      ) as Record<OpdStatus, OpdLine[]>,
    },
    perluDitinjau: c.perluDitinjau,
    evaluatorAnswers: c.findings.filter((f) => f.code === 'EVALUATOR_ANSWER_INVALID').map(findingJson),
    files: { total: c.sources.length, byStatus: countOf(SOURCE_STATUSES, c.sources.map((s) => s.status)) },
    findings: { errors, warnings },
    evaluator: { carried: c.carried, restored: c.restored, archived: c.archive.length, kept: c.kept },
    backup: backup ?? null,
    previous: c.previousFile ?? null,
    output,
  };
}

export function summaryText(s: ConsolidationSummary, lang: Lang): string {
  const t = consolidateText(lang);
  const rows: [string, string][] = [
    [t.rows.period, s.periodDerived ? `${s.periode} (${t.periodDerived})` : s.periode],
    [t.rows.listed, String(s.opds.listed)],
    [t.rows.scored, String(s.opds.scored)],
    ...OPD_STATUSES.map((status): [string, string] => [`  ${status}`, String(s.opds.byStatus[status])]),
    [t.rows.files, String(s.files.total)],
    ...SOURCE_STATUSES.map((status): [string, string] => [`  ${status}`, String(s.files.byStatus[status])]),
    [t.rows.errors, String(s.findings.errors)],
    [t.rows.warnings, String(s.findings.warnings)],
    [t.rows.perluDitinjau, String(s.perluDitinjau)],
  ];
  if (s.previous !== null) {
    rows.push([t.rows.carried, String(s.evaluator.carried)], [t.rows.restored, String(s.evaluator.restored)]);
  }
  if (s.backup !== null) rows.push([t.rows.kept, String(s.evaluator.kept)]);
  rows.push([t.rows.archived, String(s.evaluator.archived)], [t.rows.output, s.output]);
  if (s.backup !== null) rows.push([t.rows.backup, s.backup]);
  const sections = [`${t.summaryTitle(s.kota, s.periode)}\n\n${textTable([t.column.item, t.column.value], rows)}`];
  for (const status of ['Ditolak', 'Tidak Lengkap', 'Belum Mengirim'] as const) {
    const list = s.opds.list[status];
    if (list.length === 0) continue;
    const line = (o: OpdLine): string => `  ${o.kodeOpd} ${o.namaOpd}${status === 'Belum Mengirim' || !o.keterangan ? '' : ` — ${lang === 'en' && o.finding ? placed(o.finding) : o.keterangan}`}`;
    sections.push(`${t.statusList(status, list.length)}\n${list.map(line).join('\n')}`);
  }
  if (s.evaluatorAnswers.length > 0) sections.push(`${t.evaluatorAnswers}\n${evaluatorTable(s.evaluatorAnswers, lang)}`);
  return sections.join('\n\n');
}

const placed = (f: FindingJson): string => `${f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}: ` : ''}${f.messageEn}`;

function evaluatorTable(findings: readonly FindingJson[], lang: Lang): string {
  return findingsTable(
    findings.map((f) => ({ code: 'EVALUATOR_ANSWER_INVALID', severity: 'error', file: f.file, ...(f.sheet ? { sheet: f.sheet } : {}), ...(f.cell ? { cell: f.cell } : {}), params: f.params }) as Finding),
    lang,
  );
}
