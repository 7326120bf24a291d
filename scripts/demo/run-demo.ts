/**
 * The demo: the sample city (generated when missing), then the three monthly consolidations in a
 * row through the real `sakip consolidate` command (`node bin/sakip.js`, as a user runs it), with
 * the simulated evaluator editing each month's workbook before it is the next month's
 * `--previous`. Returns what happened, read back from the written workbooks.
 */
import type { ConsolidationSummary } from '../../pipeline/consolidate/summary';
import { execFile } from 'node:child_process';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { CITY_FILE, DEFAULT_SEED, generateSampleCity, periodOf } from '../sample-city/generate';
import { MONTHS } from '../sample-city/city-data';
import { simulateEvaluator, type EvaluatorEdit } from './evaluator-edits';
import { loadWorkbook, sheetRecords, type SheetRecord } from './workbook-rows';

const run = promisify(execFile);

export const ROOT = join(__dirname, '..', '..');
export const SAKIP_BIN = join(ROOT, 'bin', 'sakip.js');
export const DEMO_PERIODS: readonly string[] = MONTHS.map(periodOf);
export const outputName = (period: string): string => `konsolidasi-${period}.xlsx`;
export const SUMMARY_FILE = 'ringkasan-demo.json';

/** The JSON summary `sakip consolidate --json` prints. */
export type CliSummary = ConsolidationSummary & { readonly ok: boolean };

/** One OPD's row of Ringkasan, as shown (cached formula results). */
export interface OpdLine {
  readonly kodeOpd: string;
  readonly namaOpd: string;
  readonly status: string;
  readonly nilaiOpd: number | null;
  readonly predikatOpd: string;
  readonly nilaiEvaluator: number | null;
  readonly predikatEvaluator: string;
  readonly peringkat: number | null;
  readonly perubahan: number | null;
  readonly temuanError: number;
  readonly temuanPeringatan: number;
}

export interface DemoMonth {
  readonly period: string;
  /** Relative to the demo folder. */
  readonly output: string;
  /** The CLI's exit code: 1 (Error findings) is expected with the sample. */
  readonly exitCode: number;
  readonly summary: CliSummary;
  readonly opds: readonly OpdLine[];
  /** LKE rows with Perlu Ditinjau = Ya. */
  readonly perluDitinjau: readonly string[];
  /** Finding code → count, from the Temuan sheet. */
  readonly findingCodes: Readonly<Record<string, number>>;
  /** What the simulated evaluator wrote into this month's workbook after the run. */
  readonly evaluatorEdits: readonly EvaluatorEdit[];
}

export interface DemoResult {
  readonly kota: string;
  readonly sampleDir: string;
  readonly sampleGenerated: boolean;
  readonly months: readonly DemoMonth[];
}

export interface DemoOptions {
  /** The demo folder (`demo-output/`). */
  readonly outDir: string;
  readonly seed?: number;
  /** Called as each step finishes (the CLI prints progress). */
  readonly onMonth?: (month: DemoMonth) => void;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const textOf = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function opdLine(r: SheetRecord): OpdLine {
  return {
    kodeOpd: textOf(r['Kode OPD']),
    namaOpd: textOf(r['Nama OPD']),
    status: textOf(r.Status),
    nilaiOpd: numberOrNull(r['Nilai OPD']),
    predikatOpd: textOf(r['Predikat OPD']),
    nilaiEvaluator: numberOrNull(r['Nilai Evaluator']),
    predikatEvaluator: textOf(r['Predikat Evaluator']),
    peringkat: numberOrNull(r.Peringkat),
    perubahan: numberOrNull(r.Perubahan),
    temuanError: numberOrNull(r['Temuan Error']) ?? 0,
    temuanPeringatan: numberOrNull(r['Temuan Peringatan']) ?? 0,
  };
}

/** `node bin/sakip.js consolidate … --json`: exit code and the parsed summary (throws on exit 2 or a crash). */
async function consolidate(args: readonly string[]): Promise<{ exitCode: number; summary: CliSummary }> {
  const argv = [SAKIP_BIN, 'consolidate', ...args, '--json'];
  let stdout: string;
  let exitCode = 0;
  try {
    stdout = (await run(process.execPath, argv, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    if (failed.code !== 1 || !failed.stdout) {
      throw new Error(`sakip consolidate gagal (kode keluar ${String(failed.code)}):\n${failed.stderr ?? ''}${failed.stdout ?? ''}`);
    }
    exitCode = 1; // Error findings: expected, the sample has them on purpose
    stdout = failed.stdout;
  }
  return { exitCode, summary: JSON.parse(stdout) as CliSummary };
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const seed = options.seed ?? DEFAULT_SEED;
  const outDir = options.outDir;
  const sampleDir = join(outDir, 'sample');
  await mkdir(outDir, { recursive: true });

  const complete = (await exists(join(sampleDir, CITY_FILE))) && (await Promise.all(DEMO_PERIODS.map((p) => exists(join(sampleDir, p))))).every(Boolean);
  if (!complete) {
    await rm(sampleDir, { recursive: true, force: true });
    await generateSampleCity(sampleDir, { seed });
  }
  // A rerun starts over: last run's outputs (and the evaluator edits in them) are replaced.
  for (const period of DEMO_PERIODS) await rm(join(outDir, outputName(period)), { force: true });

  const months: DemoMonth[] = [];
  let previous: string | undefined;
  let kota = '';
  for (const period of DEMO_PERIODS) {
    const out = join(outDir, outputName(period));
    const { exitCode, summary } = await consolidate([
      '--city',
      join(sampleDir, CITY_FILE),
      '--input',
      join(sampleDir, period),
      '--out',
      out,
      '--period',
      period,
      ...(previous ? ['--previous', previous] : []),
    ]);
    kota = summary.kota;
    const workbook = await loadWorkbook(out);
    const lke = sheetRecords(workbook, 'LKE');
    const findingCodes: Record<string, number> = {};
    for (const t of sheetRecords(workbook, 'Temuan')) findingCodes[textOf(t.Kode)] = (findingCodes[textOf(t.Kode)] ?? 0) + 1;
    const evaluatorEdits = period === DEMO_PERIODS[DEMO_PERIODS.length - 1] ? [] : await simulateEvaluator(out, period, seed);
    const month: DemoMonth = {
      period,
      output: relative(outDir, out),
      exitCode,
      summary: { ...summary, output: relative(outDir, summary.output) },
      opds: sheetRecords(workbook, 'Ringkasan').map(opdLine),
      perluDitinjau: lke.filter((r) => textOf(r['Perlu Ditinjau']).startsWith('Ya')).map((r) => `${textOf(r['Kode OPD'])} ${textOf(r.Kode)}`),
      findingCodes,
      evaluatorEdits,
    };
    months.push(month);
    options.onMonth?.(month);
    previous = out;
  }
  const result: DemoResult = { kota, sampleDir: relative(outDir, sampleDir), sampleGenerated: !complete, months };
  await writeFile(join(outDir, SUMMARY_FILE), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
