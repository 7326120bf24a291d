/**
 * One consolidation run with its I/O: check the paths, read the city workbook, the previous
 * consolidation and every input file, consolidate, and write the workbook atomically.
 * Wrong usage throws UsageError (exit 2); an unusable configuration returns `config`.
 */
import { mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { type Finding, type Lang, type CityConfig, formatPeriode, type Periode, readCityWorkbook, makeFinding, NOT_AN_OPD_WORKBOOK, checkCityOpdList } from '../../shared';
import { UsageError } from '../exit-code';
import { internStrings } from '../read/compact-assessment';
import { readWorkbooksIsolated } from '../read/read-isolated';
import type { AssessSpec, ReadOutcome } from '../read/read-worker';
import { ReadPool, type ReadPoolOptions } from '../read/worker-pool';
import { writeWorkbookFile } from './build-workbook';
import { consolidate } from './consolidation';
import { listInputFolder, type InputEntry } from './input-folder';
import type { Consolidation, SourceFile } from './consolidation-data';
import { periodFromVotes, type Period } from './period';
import type { PreviousConsolidation } from './read-previous-consolidation';
import { readPreviousFile } from './read-previous-file';
import { SILENT_PROGRESS, type ProgressReporter } from './progress';
import { readSource } from './read-sources';
import { consolidateText } from './texts';
import { backUp, inspectExistingOutput } from './existing-output';
import { outRefusal, previousRefusal } from './output-checks';
import { previousUnreadable, writeOutput } from './write-output';
import { removeStaleTemporaries } from '../write-atomic';

export interface ConsolidateRequest {
  readonly city: string;
  readonly input: string;
  readonly out: string;
  readonly previous?: string;
  /** The month to consolidate; without a year, in the city's Tahun. */
  readonly period?: Periode;
  /** Replace an existing --out that is not this city's consolidation of this period (after a backup). */
  readonly force?: boolean;
  readonly lang?: Lang;
  readonly progress?: ProgressReporter;
  /** The run time for the file's properties (tests pin it). */
  readonly now?: Date;
  /** How the input files are read: worker threads, per-file time and memory limits (worker-pool.ts). */
  readonly read?: ReadPoolOptions;
}

export type ConsolidateOutcome =
  | { readonly kind: 'config'; readonly file: string; readonly findings: readonly Finding[]; readonly message?: string }
  | {
      readonly kind: 'done';
      readonly consolidation: Consolidation;
      readonly outPath: string;
      readonly periodDerived: boolean;
      /** Where the file that was at --out was copied before it was replaced. */
      readonly backup?: string;
      /** No listed OPD submitted a readable workbook: the command exits 1 with this message. */
      readonly warning?: string;
    }
  /** Nothing to consolidate (no .xlsx in the folder): nothing is written; the command exits 1. */
  | { readonly kind: 'nothing'; readonly message: string };

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
  const toSource = (entry: InputEntry, outcome: ReadOutcome): SourceFile => outcome.otherKind ? {
    file: entry.file,
    path: entry.path,
    kodeOpd: '',
    size: outcome.size,
    sha256: outcome.sha256,
    status: 'Diabaikan',
    findings: [makeFinding('FILE_IGNORED', { file: entry.file }, { reason: NOT_AN_OPD_WORKBOOK[outcome.otherKind].id })],
  } : ({
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
      internStrings([outcome.assessment, outcome.findings], texts);
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
    skipIdenticalCopies(sources);
    return { sources, period: derived };
  } finally {
    progress.stop();
    await pool.close();
  }
}

/**
 * Two byte-identical workbooks (`dinkes.xlsx`, `dinkes (1).xlsx`) count once: the one with the
 * shortest name (the original, before a mail or chat client numbered the copy); the others are skipped.
 */
function skipIdenticalCopies(sources: SourceFile[]): void {
  const keeper = new Map<string, SourceFile>();
  const better = (a: SourceFile, b: SourceFile): boolean => a.file.length < b.file.length || (a.file.length === b.file.length && a.file < b.file);
  for (const source of sources) {
    if (!source.assessment || !source.sha256) continue;
    const current = keeper.get(source.sha256);
    if (!current || better(source, current)) keeper.set(source.sha256, source);
  }
  for (const source of sources) {
    if (!source.assessment || !source.sha256) continue;
    const original = keeper.get(source.sha256)!;
    if (original === source) continue;
    delete source.assessment;
    source.status = 'Diabaikan';
    source.findings.length = 0;
    source.findings.push(makeFinding('FILE_IGNORED', { file: source.file }, { reason: `salinan identik dari ${original.file} (isi sama persis); dihitung sekali` }));
  }
}

export async function runConsolidation(request: ConsolidateRequest): Promise<ConsolidateOutcome> {
  const lang = request.lang ?? 'id';
  const text = consolidateText(lang);
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

  // The city configuration: without it there is nothing to consolidate against. The city and
  // previous files are read like every input: in a worker, through the gate, with the per-file limits.
  const { city: _city, ...readOptions } = request.read ?? {};
  // --previous is the kit's own consolidation: read with limits sized to what the writer produces, its carry-over sheets only (read-previous-file.ts).
  const [[cityRead], previousRead] = await Promise.all([
    readWorkbooksIsolated([cityPath], readOptions),
    previousPath ? readPreviousFile(previousPath, readOptions) : undefined,
  ]);
  if (!cityRead) throw new Error('the city workbook was not read');
  if (!cityRead.table) return { kind: 'config', file: cityRead.file, findings: cityRead.findings };
  const cityParsed = readCityWorkbook(cityRead.table);
  if (!cityParsed.config) return { kind: 'config', file: cityRead.file, findings: cityParsed.findings };
  const city: CityConfig = cityParsed.config;
  const listProblems = checkCityOpdList(city);
  if (listProblems.length > 0) return { kind: 'config', file: cityRead.file, findings: listProblems };

  let previous: PreviousConsolidation | undefined;
  if (previousPath) {
    const read = previousRead!;
    if (!read.previous) return { kind: 'config', file: read.file, findings: read.findings, message: text.previousUnusable(read.file, previousUnreadable(lang)) };
    if (!read.previous.ok) return { kind: 'config', file: read.file, findings: [], message: text.previousUnusable(read.file, read.previous.reason) };
    previous = read.previous.previous;
  }

  let period: Period | undefined = request.period && { year: request.period.year ?? city.tahun, month: request.period.month };
  if (period && period.year !== city.tahun) throw new UsageError(text.periodYear(formatPeriode(period), city.tahun));
  // What --previous and an existing --out must be: refused before the inputs are read when the period is known.
  const existing = await inspectExistingOutput(outPath, readOptions);
  const checkFiles = (periode: string | undefined): void => {
    const refusal =
      (previous ? previousRefusal(previous, city.namaKota, periode, request.previous!, lang) : undefined) ??
      (request.force ? undefined : outRefusal(existing, city.namaKota, periode, request.out, lang));
    if (refusal) throw new UsageError(refusal);
  };
  checkFiles(period ? formatPeriode(period) : undefined);

  const special = new Map<string, string>([[realCity, 'workbook konfigurasi kota (--city)']]);
  if (realPrevious) special.set(realPrevious, 'workbook konsolidasi sebelumnya (--previous)');
  const aliasFolder = await mkdtemp(join(tmpdir(), 'sakip-nama-'));
  let read: Awaited<ReturnType<typeof readInputs>>;
  let entries: InputEntry[];
  try {
    entries = await listInputFolder(realInput, special, { aliasFolder });
    read = await readInputs(entries, city, period, request.read ?? {}, progress);
  } finally {
    await rm(aliasFolder, { recursive: true, force: true });
  }
  const sources = read.sources;
  if (!entries.some((e) => e.kind.kind === 'xlsx')) return { kind: 'nothing', message: text.noWorkbooks(request.input, entries.length) };
  const periodDerived = period === undefined;
  period ??= read.period;
  if (!period) throw new UsageError(text.noPeriod);
  checkFiles(formatPeriode(period));
  const samePeriod = existing.kind === 'consolidation' && !outRefusal(existing, city.namaKota, formatPeriode(period), request.out, lang) ? existing.consolidation : undefined;

  const consolidation = consolidate({ city, cityFindings: cityParsed.findings, period, sources, ...(previous ? { previous } : {}), ...(samePeriod ? { samePeriod } : {}) });
  const noneSubmitted = consolidation.opds.every((o) => o.submission.status === 'Belum Mengirim');
  const paths = new Map<string, string>(sources.map((s) => [s.file, s.path]));
  if (!paths.has(city.file)) paths.set(city.file, cityPath);
  const now = request.now ?? new Date();
  await removeStaleTemporaries(outPath);
  const backup = existing.kind === 'none' ? undefined : await backUp(outPath, now);
  // Evaluator findings point into the previous consolidation, or into the replaced one (now its backup).
  if (previous && previousPath && !paths.has(previous.file)) paths.set(previous.file, previousPath);
  if (samePeriod && backup && !paths.has(samePeriod.file)) paths.set(samePeriod.file, backup);
  await writeOutput(() => writeWorkbookFile(consolidation, { outPath, paths, now }), outPath, lang);
  return {
    kind: 'done',
    consolidation,
    outPath,
    periodDerived,
    ...(backup ? { backup } : {}),
    ...(noneSubmitted ? { warning: text.noneSubmitted(request.input, sources.filter((s) => s.status !== 'Diabaikan').length) } : {}),
  };
}
