/**
 * One consolidation run with its I/O: check the paths, read the city workbook, the previous
 * consolidation and every input file, consolidate, and write the workbook atomically.
 * Wrong usage throws UsageError (exit 2); an unusable configuration returns `config`.
 */
import { realpath, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Finding, Lang } from '../../shared/findings/finding';
import type { CityConfig } from '../../shared/parse/city-config';
import { formatPeriode, type Periode } from '../../shared/parse/periode';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { UsageError } from '../exit-code';
import { internStrings } from '../read/compact-assessment';
import { readWorkbookFile } from '../read/read-workbook-file';
import type { AssessSpec, ReadOutcome } from '../read/read-worker';
import { ReadPool, type ReadPoolOptions } from '../read/worker-pool';
import { writeWorkbookFile } from './build-workbook';
import { consolidate } from './consolidation';
import { listInputFolder, type InputEntry } from './input-folder';
import type { Consolidation, SourceFile } from './model';
import { periodFromVotes, type Period } from './period';
import { PREVIOUS_READ_LIMITS, readPreviousConsolidation, type PreviousConsolidation } from './previous';
import { SILENT_PROGRESS, type ProgressReporter } from './progress';
import { readSource } from './read-sources';
import { consolidateText } from './texts';

export interface ConsolidateRequest {
  readonly city: string;
  readonly input: string;
  readonly out: string;
  readonly previous?: string;
  /** The month to consolidate; without a year, in the city's Tahun. */
  readonly period?: Periode;
  readonly lang?: Lang;
  readonly progress?: ProgressReporter;
  /** The run time for the file's properties (tests pin it). */
  readonly now?: Date;
  /** How the input files are read: worker threads, per-file time and memory limits (worker-pool.ts). */
  readonly read?: ReadPoolOptions;
}

export type ConsolidateOutcome =
  | { readonly kind: 'config'; readonly file: string; readonly findings: readonly Finding[]; readonly message?: string }
  | { readonly kind: 'done'; readonly consolidation: Consolidation; readonly outPath: string; readonly periodDerived: boolean };

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
/** The real path (symlinks resolved) of a file that may not exist yet, in an existing folder. */
async function canonical(path: string): Promise<string> {
  return realpath(path).catch(async () => join(await realpath(dirname(path)), basename(path)));
}
const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * Reads and assesses every input file in the worker pool, each in isolation, in name order. Without
 * `period`, each workbook is assessed against the month its own Profil states; the period is then
 * the month most of them state (period.ts), and the few workbooks assessed against another period
 * (other months, no Profil) are read again against it. Only assessments reach this thread, never
 * tables: it holds one compacted assessment per workbook (compact-assessment.ts), its texts shared
 * with the other workbooks' (~0.1 MB for a 100-indicator OPD workbook).
 */
async function readInputs(
  entries: readonly InputEntry[],
  city: CityConfig,
  period: Period | undefined,
  options: ReadPoolOptions,
  progress: ProgressReporter,
): Promise<{ sources: SourceFile[]; period: Period | undefined }> {
  const sources: SourceFile[] = new Array(entries.length);
  const workbooks = entries.flatMap((entry, index) => (entry.kind.kind === 'xlsx' ? [{ entry, index }] : []));
  const pool = new ReadPool({ ...options, city, size: Math.min(options.size ?? availableParallelism(), workbooks.length) });
  const assess = (p: Period | undefined): AssessSpec => (p ? { period: p } : { periodFromVote: true });
  const toSource = (entry: InputEntry, outcome: ReadOutcome): SourceFile => ({
    file: entry.file,
    path: entry.path,
    kodeOpd: '',
    size: outcome.size,
    sha256: outcome.sha256,
    status: outcome.assessment ? 'Dibaca' : 'Tidak Terbaca',
    findings: outcome.findings,
    ...(outcome.assessment ? { assessment: outcome.assessment } : {}),
  });
  progress.start(entries.length);
  try {
    const others = entries.flatMap((entry, index) => (entry.kind.kind === 'xlsx' ? [] : [{ entry, index }]));
    for (const { entry, index } of others) {
      sources[index] = await readSource(entry);
      progress.step(entry.file);
    }
    const jobs = workbooks.map(({ entry }) => ({ path: entry.path, file: entry.file, assess: assess(period) }));
    // Each assessment's texts are interned as it arrives, so that only one copy of a repeated text is kept.
    const texts = new Map<string, string>();
    const keep = (outcome: ReadOutcome): void => {
      if (outcome.assessment) internStrings([outcome.assessment.workbook, outcome.assessment.findings, outcome.findings], texts);
    };
    let outcomes = await pool.run(jobs, (outcome) => {
      keep(outcome);
      progress.step(outcome.file);
    });
    const derived = period ?? periodFromVotes(city.tahun, outcomes.map((o) => o.vote));
    if (!period && derived) {
      const again = outcomes.flatMap((o, i) => (o.readable && (o.period?.year !== derived.year || o.period.month !== derived.month) ? [i] : []));
      if (again.length > 0) {
        const redone = await pool.run(
          again.map((i) => ({ ...jobs[i]!, assess: { period: derived } })),
          (outcome) => keep(outcome),
        );
        outcomes = outcomes.slice();
        again.forEach((i, k) => (outcomes[i] = redone[k]!));
      }
    }
    workbooks.forEach(({ entry, index }, i) => (sources[index] = toSource(entry, outcomes[i]!)));
    return { sources, period: derived };
  } finally {
    progress.stop();
    await pool.close();
  }
}

export async function runConsolidation(request: ConsolidateRequest): Promise<ConsolidateOutcome> {
  const text = consolidateText(request.lang ?? 'id');
  const progress = request.progress ?? SILENT_PROGRESS;
  const cityPath = resolve(request.city);
  const inputDir = resolve(request.input);
  const outPath = resolve(request.out);
  const previousPath = request.previous === undefined ? undefined : resolve(request.previous);

  if (!(await isDirectory(inputDir))) throw new UsageError(text.notAFolder(request.input));
  if (!(await isFile(cityPath))) throw new UsageError(text.notAFile('--city', request.city));
  if (previousPath && !(await isFile(previousPath))) throw new UsageError(text.notAFile('--previous', request.previous!));
  if (extname(outPath).toLowerCase() !== '.xlsx') throw new UsageError(text.outNotXlsx);
  if (!(await isDirectory(dirname(outPath)))) throw new UsageError(text.outDirMissing(dirname(request.out)));

  const realInput = await realpath(inputDir);
  const realOut = await canonical(outPath);
  const realCity = await realpath(cityPath);
  const realPrevious = previousPath ? await realpath(previousPath) : undefined;
  if (realOut === realCity || realOut === realPrevious) throw new UsageError(text.outIsInput(request.out));
  if (inside(realInput, realOut)) throw new UsageError(text.outInInputFolder);

  // The city configuration: without it there is nothing to consolidate against.
  const cityRead = await readWorkbookFile(cityPath);
  if (!cityRead.table) return { kind: 'config', file: cityRead.file, findings: cityRead.findings };
  const cityParsed = readCityWorkbook(cityRead.table);
  if (!cityParsed.config) return { kind: 'config', file: cityRead.file, findings: cityParsed.findings };
  const city: CityConfig = cityParsed.config;

  let previous: PreviousConsolidation | undefined;
  if (previousPath) {
    const read = await readWorkbookFile(previousPath, { limits: PREVIOUS_READ_LIMITS });
    if (!read.table) return { kind: 'config', file: read.file, findings: read.findings };
    const parsed = readPreviousConsolidation(read.table);
    if (!parsed.ok) return { kind: 'config', file: read.file, findings: [], message: text.previousUnusable(read.file, parsed.reason) };
    previous = parsed.previous;
  }

  let period: Period | undefined = request.period && { year: request.period.year ?? city.tahun, month: request.period.month };
  if (period && period.year !== city.tahun) throw new UsageError(text.periodYear(formatPeriode(period), city.tahun));

  const special = new Map<string, string>([[realCity, 'workbook konfigurasi kota (--city)']]);
  if (realPrevious) special.set(realPrevious, 'workbook konsolidasi sebelumnya (--previous)');
  const entries = await listInputFolder(realInput, special);
  const read = await readInputs(entries, city, period, request.read ?? {}, progress);
  const sources = read.sources;
  const periodDerived = period === undefined;
  period ??= read.period;
  if (!period) throw new UsageError(text.noPeriod);

  const consolidation = consolidate({ city, cityFindings: cityParsed.findings, period, sources, ...(previous ? { previous } : {}) });
  const paths = new Map<string, string>(sources.map((s) => [s.file, s.path]));
  if (!paths.has(city.file)) paths.set(city.file, cityPath);
  await writeWorkbookFile(consolidation, { outPath, paths, now: request.now ?? new Date() });
  return { kind: 'done', consolidation, outPath, periodDerived };
}
