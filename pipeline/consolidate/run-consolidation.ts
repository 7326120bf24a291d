/**
 * One consolidation run with its I/O: check the paths, read the city workbook, the previous
 * consolidation and every input file, consolidate, and write the workbook atomically.
 * Wrong usage throws UsageError (exit 2); an unusable configuration returns `config`.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Finding, Lang } from '../../shared/findings/finding';
import type { CityConfig } from '../../shared/parse/city-config';
import { formatPeriode } from '../../shared/parse/periode';
import { readCityWorkbook } from '../../shared/parse/read-city-workbook';
import { UsageError } from '../exit-code';
import { readWorkbookFile } from '../read/read-workbook-file';
import { writeFileAtomic } from '../write-atomic';
import { workbookBytes } from './build-workbook';
import { consolidate } from './consolidation';
import { listInputFolder } from './input-folder';
import type { Consolidation, SourceFile } from './model';
import { derivePeriod, type Period } from './period';
import { readPreviousConsolidation, type PreviousConsolidation } from './previous';
import { SILENT_PROGRESS, type ProgressReporter } from './progress';
import { readSource } from './read-sources';
import { consolidateText } from './texts';

export interface ConsolidateRequest {
  readonly city: string;
  readonly input: string;
  readonly out: string;
  readonly previous?: string;
  readonly period?: Period;
  readonly lang?: Lang;
  readonly progress?: ProgressReporter;
  /** The run time for the file's properties (tests pin it). */
  readonly now?: Date;
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
    const read = await readWorkbookFile(previousPath);
    if (!read.table) return { kind: 'config', file: read.file, findings: read.findings };
    const parsed = readPreviousConsolidation(read.table);
    if (!parsed.ok) return { kind: 'config', file: read.file, findings: [], message: text.previousUnusable(read.file, parsed.reason) };
    previous = parsed.previous;
  }

  const special = new Map<string, string>([[realCity, 'workbook konfigurasi kota (--city)']]);
  if (realPrevious) special.set(realPrevious, 'workbook konsolidasi sebelumnya (--previous)');
  const entries = await listInputFolder(realInput, special);
  const sources: SourceFile[] = [];
  progress.start(entries.length);
  try {
    for (const entry of entries) {
      sources.push(await readSource(entry));
      progress.step(entry.file);
    }
  } finally {
    progress.stop();
  }

  let period = request.period;
  if (period && period.year !== city.tahun) throw new UsageError(text.periodYear(formatPeriode(period), city.tahun));
  const periodDerived = period === undefined;
  period ??= derivePeriod(city.tahun, sources.flatMap((s) => (s.table ? [s.table] : [])));
  if (!period) throw new UsageError(text.noPeriod);

  const consolidation = consolidate({ city, cityFindings: cityParsed.findings, period, sources, ...(previous ? { previous } : {}) });
  const paths = new Map<string, string>(sources.map((s) => [s.file, s.path]));
  if (!paths.has(city.file)) paths.set(city.file, cityPath);
  const bytes = await workbookBytes(consolidation, { outPath, paths, now: request.now ?? new Date() });
  await writeFileAtomic(outPath, bytes);
  return { kind: 'done', consolidation, outPath, periodDerived };
}
