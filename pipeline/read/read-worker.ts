/**
 * The worker side of the read pool (worker-pool.ts): each job is one file, read through the gate
 * and the SAX reader and, for an assessing job, assessed with the core right here, so that only
 * the assessment (not the table) crosses back to the main thread. Loaded by worker-boot.js; the
 * job logic (`runReadJob`) is plain and also runs in-process.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { assessOpdWorkbook, type OpdAssessment, type Finding, makeFinding, type CityConfig, readAnyWorkbook, type OpdWorkbookRead, workbookKind, type WorkbookTable, type Period } from '../../shared';
import { compactAssessment } from './compact-assessment';
import type { ReadLimits } from './gate-limits';
import { readWorkbookFile } from './read-workbook-file';
import { serveZip, type ZipWorkerInit } from '../consolidate/xlsx/zip-worker';
import { PREVIOUS_SHEETS, readPreviousConsolidation, type PreviousRead } from '../consolidate/read-previous-consolidation';

export type { Period };

export interface AssessSpec {
  /** The consolidation period the workbook is assessed against (undefined: none, or see `periodFromVote`). */
  readonly period?: Period;
  /**
   * Without `period`: assess against the period the workbook's own Profil states (in the city's
   * year), the likeliest outcome of the period derivation; the caller re-assesses the workbooks
   * whose `period` turns out different from the derived one.
   */
  readonly periodFromVote?: boolean;
}

export interface ReadJob {
  readonly path: string;
  /** The name findings use. */
  readonly file: string;
  /** Assess the workbook in the worker and return the assessment instead of the table. */
  readonly assess?: AssessSpec;
  /**
   * Read the file as a consolidation the carry-over reads (`--previous`, an existing `--out`): only
   * the sheets it needs are parsed, and what it needs of them is returned instead of the table.
   */
  readonly previous?: true;
}

export interface ReadOutcome {
  readonly file: string;
  readonly size: number;
  readonly sha256: string;
  /** Findings of reading the file (and of an assessment that failed). */
  readonly findings: Finding[];
  /** The file was read into a table (whether or not it was then assessed). */
  readonly readable: boolean;
  /** The table, for jobs that do not assess. */
  readonly table?: WorkbookTable;
  /** For `previous` jobs: the carry-over's reading of the consolidation. */
  readonly previous?: PreviousRead;
  /** For assessing jobs: compacted (compact-assessment.ts), only what comes after the assessment reads. */
  readonly assessment?: OpdAssessment;
  /** The Profil month in the city's year this workbook votes for in the period derivation (see period.ts). */
  readonly vote?: number;
  /** The period the assessment was made against. */
  readonly period?: Period;
  /** The file is not an OPD workbook but a city or consolidated one (shared/parse/workbook-kind.ts): skipped, not assessed. */
  readonly otherKind?: 'city' | 'consolidation';
  /** Set by the pool when the file was stopped: over the time or memory limit, or its reader crashed. */
  readonly stopped?: 'time' | 'memory' | 'crash';
}

export interface WorkerInit {
  readonly limits?: Partial<ReadLimits>;
  readonly city?: CityConfig;
  /** Tests only: base file name → what the worker does instead of reading it. */
  readonly testHooks?: Readonly<Record<string, 'hang' | 'exhaust-memory' | 'crash'>>;
}

/** The month a workbook votes for: its Profil's, when Profil states the city's year (derivePeriod's rule). */
export function periodVote(year: number, profil: { tahun?: number; periode: { year?: number; month: number } } | undefined): number | undefined {
  if (!profil || profil.tahun !== year || (profil.periode.year !== undefined && profil.periode.year !== year)) return undefined;
  return profil.periode.month;
}

function assess(table: WorkbookTable, file: string, spec: AssessSpec, city: CityConfig | undefined): Omit<ReadOutcome, 'size' | 'sha256' | 'readable'> {
  const findings: Finding[] = [];
  let read: OpdWorkbookRead | undefined;
  let readError: unknown;
  try {
    read = readAnyWorkbook(table, city ? { city } : {});
  } catch (error) {
    readError = error;
  }
  // A foreign workbook's period comes from the run, not from a Profil: it does not vote.
  const vote = read && city && !read.imported ? periodVote(city.tahun, read.workbook.profil) : undefined;
  const period = spec.period ?? (spec.periodFromVote && city && vote !== undefined ? { year: city.tahun, month: vote } : undefined);
  let assessment: OpdAssessment | undefined;
  try {
    if (!read) throw readError;
    if (read.imported && period) read = readAnyWorkbook(table, { ...(city ? { city } : {}), period });
    assessment = assessOpdWorkbook(table, { ...(city ? { city } : {}), ...(period ? { period } : {}) }, read);
  } catch (error) {
    // As the consolidation does in-process: the core failing on hostile content is this file's finding.
    findings.push(makeFinding('FILE_UNREADABLE', { file }, { reason: `isi workbook tidak dapat diproses (${String(error).slice(0, 200)})` }));
  }
  return { file, findings, ...(assessment ? { assessment: compactAssessment(assessment) } : {}), ...(vote !== undefined ? { vote } : {}), ...(period ? { period } : {}) };
}

/** One job, in whatever thread runs it. Never throws. */
export async function runReadJob(job: ReadJob, init: WorkerInit): Promise<ReadOutcome> {
  const read = await readWorkbookFile(job.path, { file: job.file, ...(init.limits ? { limits: init.limits } : {}), ...(job.previous ? { sheets: PREVIOUS_SHEETS } : {}) });
  const base = { file: read.file, size: read.size, sha256: read.sha256 };
  if (!read.table) return { ...base, findings: read.findings, readable: false };
  if (job.previous) return { ...base, findings: read.findings, readable: true, previous: readPreviousConsolidation(read.table) };
  if (!job.assess) return { ...base, findings: read.findings, readable: true, table: read.table };
  const kind = workbookKind(read.table);
  if (kind !== 'opd') return { ...base, findings: [], readable: true, otherKind: kind };
  const assessed = assess(read.table, read.file, job.assess, init.city);
  return { ...base, ...assessed, findings: [...read.findings, ...assessed.findings], readable: true };
}

/** Messages between the pool and a worker. */
export type ToWorker = { readonly id: number; readonly job: ReadJob };
export type FromWorker = { readonly ready: true } | { readonly id: number; readonly outcome: ReadOutcome };

/** The assessment's model is the city's in nearly every case: sent as a marker, not cloned per file. */
export const CITY_MODEL = '\u0000city-model';

function runHook(hook: 'hang' | 'exhaust-memory' | 'crash'): void {
  if (hook === 'hang') for (;;);
  if (hook === 'crash') process.exit(70);
  const hoard: unknown[] = [];
  for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
}

function serve(): void {
  const port = parentPort!;
  const init = (workerData ?? {}) as WorkerInit;
  // The pool hands over the next file while this one is read (worker-pool.ts): files are read one
  // after the other, never two at once.
  let previous: Promise<void> = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    previous = previous.then(async () => {
      const hook = init.testHooks?.[message.job.file];
      if (hook) runHook(hook);
      const outcome = await runReadJob(message.job, init);
      let sent = outcome;
      if (outcome.assessment && init.city && outcome.assessment.model === init.city.model) {
        sent = { ...outcome, assessment: { ...outcome.assessment, model: CITY_MODEL as unknown as OpdAssessment['model'] } };
      }
      port.postMessage({ id: message.id, outcome: sent } satisfies FromWorker);
    });
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}

const role = workerData as { sakipReadWorker?: boolean; sakipZipWorker?: boolean } | undefined;
if (parentPort && role?.sakipReadWorker) serve();
// The same script serves the output's zip writer (zip-thread.ts): one bundle to build and ship.
if (parentPort && role?.sakipZipWorker) serveZip(parentPort, workerData as ZipWorkerInit);
