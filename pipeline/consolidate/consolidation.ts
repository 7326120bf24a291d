/**
 * The consolidation itself, without I/O: assess every readable workbook with the city's model
 * and the period, match them to Daftar OPD, carry the evaluator entries over, and compute every
 * number the workbook shows (with the core; the formulas' cached results included).
 */
import { assessOpdWorkbook, type OpdAssessment, matchSubmissions, type OpdSubmission, type Finding, makeFinding, type CityConfig, formatPeriode, type EvaluationModel, allowedAnswers, parseAnswer, checkRekomendasiOverdue, criterionWeights, perDokumenAnswerText, type Criterion } from '../../shared';
import { carryOver, type CarriedEntry, type RowKey } from './carry-over';
import { blockingFinding, keteranganOf } from './opd-reason';
import { rekomendasiRows } from './rekomendasi-carry';
import { componentEvaluatorValues } from './component-formulas';
import { nilaiAkhir, nilaiEvaluator, perubahan, peringkat, poin, predikatEvaluator } from './evaluator-score';
import type { Cached, Consolidation, LkeRow, LkeRows, OpdRow, SourceFile } from './consolidation-data';
import { historyBefore } from './history';
import { entryKey, opdKey, previousTotals, type PreviousConsolidation } from './read-previous-consolidation';

export interface ConsolidationInput {
  readonly city: CityConfig;
  /** Warnings of reading the city workbook (it has no errors, or there is no consolidation). */
  readonly cityFindings: readonly Finding[];
  readonly period: { readonly year: number; readonly month: number };
  /** Every file of the input folder, sorted by name; readable ones carry their table, or their assessment against `period`. */
  readonly sources: SourceFile[];
  readonly previous?: PreviousConsolidation;
  /** The consolidation of this same period being replaced (a re-run): its evaluator entries win. */
  readonly samePeriod?: PreviousConsolidation;
}

/** Assesses one workbook; a failure of the core on hostile content becomes a finding for that file only. */
/** The OPD's answer as the LKE sheet shows it (and next month's run compares): a per-document criterion as `2/3 dokumen (Y;T;Y)`. */
function jawabanOpdOf(assessment: OpdAssessment, criterion: Criterion): string {
  const answer = assessment.answers.get(criterion.code) ?? '';
  return criterion.perDokumen && answer !== '' ? perDokumenAnswerText(answer) : answer;
}

function assess(source: SourceFile, input: ConsolidationInput): OpdAssessment | undefined {
  try {
    return assessOpdWorkbook(source.table!, { city: input.city, period: input.period });
  } catch (error) {
    source.findings.push(makeFinding('FILE_UNREADABLE', { file: source.file }, { reason: `isi workbook tidak dapat diproses (${String(error).slice(0, 200)})` }));
    source.status = 'Tidak Terbaca';
    return undefined;
  }
}

export function consolidate(input: ConsolidationInput): Consolidation {
  const { city, sources, period } = input;
  const model = city.model;

  for (const source of sources) {
    // A source read by the worker pool comes assessed already (with this period); a table is assessed here.
    if (!source.assessment) {
      if (!source.table) continue;
      const assessment = assess(source, input);
      if (!assessment) continue;
      source.assessment = assessment;
    }
    source.kodeOpd = source.assessment.workbook.profil?.kodeOpd ?? '';
  }
  const assessed = sources.filter((s): s is SourceFile & { assessment: OpdAssessment } => s.assessment !== undefined);
  const submissions = matchSubmissions(city, assessed.map((s) => s.assessment));

  const scored = new Set(submissions.opds.filter((o) => o.status === 'Lengkap' || o.status === 'Tidak Lengkap').map((o) => o.assessment!));
  for (const source of assessed) source.status = scored.has(source.assessment) ? 'Dibaca' : 'Ditolak';

  // LKE rows: every criterion of the model for every scored OPD, evaluator entries carried over.
  // ~80 rows per OPD: they are built OPD by OPD when needed (the totals here, the LKE sheet later), never all kept.
  const weights = criterionWeights(model);
  const scoredOpds = submissions.opds.flatMap((submission, i) => (scored.has(submission.assessment!) ? [{ opdNo: i + 1, submission }] : []));
  const rowKeys = function* (): Iterable<RowKey> {
    for (const { submission } of scoredOpds) {
      for (const criterion of model.criteria) yield { kodeOpd: submission.opd.kodeOpd, kode: criterion.code, jawabanOpd: jawabanOpdOf(submission.assessment!, criterion) };
    }
  };
  const carried = carryOver(rowKeys(), input.previous, input.samePeriod);
  const invalidEvaluator = evaluatorAnswerFindings(scoredOpds.map((o) => o.submission), model, carried.byKey);
  const lkeRowsOf = (opdNo: number, submission: OpdSubmission): LkeRow[] => {
    const assessment = submission.assessment!;
    const kodeOpd = submission.opd.kodeOpd;
    const entries = new Map<string, { catatan: string; buktiDukung: string }>();
    for (const entry of assessment.workbook.lke ?? []) if (!entries.has(entry.kode)) entries.set(entry.kode, entry);
    return model.criteria.map((criterion) => {
      const nilaiOpd = assessment.values.get(criterion.code) ?? null;
      const bobot = weights.get(criterion.code) ?? 0;
      const entry = carried.byKey.get(entryKey(kodeOpd, criterion.code));
      const akhir = nilaiAkhir(criterion, entry?.jawaban ?? '', nilaiOpd);
      return {
        opdNo,
        kodeOpd,
        criterion,
        jawabanOpd: jawabanOpdOf(assessment, criterion),
        nilaiOpd,
        catatanOpd: entries.get(criterion.code)?.catatan ?? '',
        buktiDukung: entries.get(criterion.code)?.buktiDukung ?? '',
        bobot,
        jawabanEvaluator: entry?.jawaban ?? '',
        catatanEvaluator: entry?.catatan ?? '',
        perluDitinjau: entry?.perluDitinjau ?? false,
        ...(entry?.jawabanOpdSebelumnya !== undefined ? { jawabanOpdSebelumnya: entry.jawabanOpdSebelumnya } : {}),
        nilaiAkhir: akhir,
        poin: poin(akhir, bobot),
      };
    });
  };
  const lke: LkeRows = {
    length: scoredOpds.length * model.criteria.length,
    *[Symbol.iterator]() {
      for (const { opdNo, submission } of scoredOpds) yield* lkeRowsOf(opdNo, submission);
    },
  };

  // Ringkasan: evaluator totals, predikat, rank, change; finding counts.
  const previous = input.previous ? previousTotals(input.previous, model) : new Map<string, number>();
  const komponen: (Cached[] | undefined)[] = [];
  const totals: Cached[] = submissions.opds.map((submission, i) => {
    if (!scored.has(submission.assessment!)) return '';
    const rows = lkeRowsOf(i + 1, submission);
    komponen[i] = componentEvaluatorValues(model, rows.map((r) => ({ component: r.criterion.component, poin: r.poin })));
    return nilaiEvaluator(model, rows.map((r) => ({ kode: r.criterion.code, nilaiAkhir: r.nilaiAkhir })));
  });
  const ranks = peringkat(totals);

  const rekomendasi = rekomendasiRows(scoredOpds.map((o) => o.submission), formatPeriode(period), input.previous);
  const ordered = [...orderFindings(input, submissions.findings), ...invalidEvaluator, ...checkRekomendasiOverdue(rekomendasi.tracked, period)];
  // Errors first (each group in reading order): the bureau acts on them.
  const findings = [...ordered.filter((f) => f.severity === 'error'), ...ordered.filter((f) => f.severity !== 'error')];
  const counts = countByOpd(findings, sources);
  const findingOpd = opdOfFindings(findings, sources);
  const opds: OpdRow[] = submissions.opds.map((submission, i) => {
    const isScored = scored.has(submission.assessment!);
    const count = counts.get(opdKey(submission.opd.kodeOpd)) ?? { error: 0, warning: 0 };
    const blocking = blockingFinding(submission, submissions.findings);
    const invalid = invalidEvaluator.filter((f) => f.code === 'EVALUATOR_ANSWER_INVALID' && opdKey(f.params.kodeOpd) === opdKey(submission.opd.kodeOpd));
    const common = {
      no: i + 1,
      submission,
      scored: isScored,
      temuanError: count.error,
      temuanPeringatan: count.warning,
      keterangan: keteranganOf(submission, blocking, invalid),
      ...(blocking ? { blocking } : {}),
    };
    if (!isScored) return common;
    const total = totals[i]!;
    const before = previous.get(opdKey(submission.opd.kodeOpd));
    return {
      ...common,
      nilaiEvaluator: total,
      predikatEvaluator: predikatEvaluator(total, city.boundMode),
      peringkat: ranks[i]!,
      ...(before !== undefined ? { nilaiSebelumnya: before } : {}),
      perubahan: perubahan(total, before),
      komponenEvaluator: komponen[i]!,
    };
  });

  return {
    city,
    period,
    periode: formatPeriode(period),
    sources,
    opds,
    lke,
    rekomendasi: rekomendasi.rows,
    findings,
    findingOpd,
    archive: carried.archive,
    restored: carried.restored,
    carried: carried.carried,
    kept: carried.kept,
    perluDitinjau: [...carried.byKey.values()].filter((e) => e.perluDitinjau).length,
    ...(input.previous ? { previousFile: input.previous.file, history: historyBefore(input.previous, model, city.boundMode, formatPeriode(period)) } : {}),
  };
}

/**
 * An evaluator answer carried onto an LKE row that is not on its criterion's scale: one Error
 * each, at the cell it was read from (the previous or replaced consolidation), every month it is carried.
 */
function evaluatorAnswerFindings(submissions: readonly OpdSubmission[], model: EvaluationModel, carried: ReadonlyMap<string, CarriedEntry>): Finding[] {
  const findings: Finding[] = [];
  for (const submission of submissions) {
    for (const criterion of model.criteria) {
      const entry = carried.get(entryKey(submission.opd.kodeOpd, criterion.code));
      if (!entry || parseAnswer(entry.jawaban, criterion.type).kind !== 'invalid') continue;
      const where = entry.origin ?? { file: '', sheet: 'LKE', cell: '' };
      findings.push(
        makeFinding('EVALUATOR_ANSWER_INVALID', { file: where.file, sheet: where.sheet, ...(where.cell ? { cell: where.cell } : {}) }, {
          kodeOpd: submission.opd.kodeOpd,
          kode: criterion.code,
          jawaban: entry.jawaban.trim(),
          tipe: criterion.type,
          allowed: allowedAnswers(criterion.type),
        }),
      );
    }
  }
  return findings;
}

/** The city's findings, then each input file's (in name order), then the remaining ones (OPDs that did not submit). */
function orderFindings(input: ConsolidationInput, submissionFindings: readonly Finding[]): Finding[] {
  const ordered: Finding[] = [...input.cityFindings];
  const placed = new Set<Finding>();
  const byFile = new Map<string, Finding[]>();
  for (const finding of submissionFindings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  for (const source of input.sources) {
    ordered.push(...source.findings, ...(source.assessment?.findings ?? []));
    for (const finding of byFile.get(source.file) ?? []) {
      if (!placed.has(finding)) {
        ordered.push(finding);
        placed.add(finding);
      }
    }
  }
  ordered.push(...submissionFindings.filter((f) => !placed.has(f)));
  return ordered;
}

/** The Kode OPD of each finding: its own (not submitted, evaluator answers), else its file's Profil. */
function opdOfFindings(findings: readonly Finding[], sources: readonly SourceFile[]): Map<Finding, string> {
  const opdOfFile = new Map(sources.filter((s) => s.kodeOpd).map((s) => [s.file, s.kodeOpd]));
  const map = new Map<Finding, string>();
  for (const finding of findings) {
    const own = finding.code === 'OPD_NOT_SUBMITTED' || finding.code === 'EVALUATOR_ANSWER_INVALID' || finding.code === 'OPD_NOT_LISTED' || finding.code === 'OPD_DUPLICATE' ? finding.params.kodeOpd : undefined;
    map.set(finding, own ?? opdOfFile.get(finding.file) ?? '');
  }
  return map;
}

/** Error and warning counts per listed OPD: the findings of its files, and its "not submitted" warning. */
function countByOpd(findings: readonly Finding[], sources: readonly SourceFile[]): Map<string, { error: number; warning: number }> {
  const opdOfFile = new Map(sources.filter((s) => s.kodeOpd).map((s) => [s.file, opdKey(s.kodeOpd)]));
  const counts = new Map<string, { error: number; warning: number }>();
  for (const finding of findings) {
    const key = finding.code === 'OPD_NOT_SUBMITTED' ? opdKey(finding.params.kodeOpd) : opdOfFile.get(finding.file);
    if (key === undefined) continue;
    const count = counts.get(key) ?? { error: 0, warning: 0 };
    count[finding.severity] += 1;
    counts.set(key, count);
  }
  return counts;
}
