/**
 * One end-to-end `sakip consolidate` as a user runs it: `node bin/sakip.js consolidate …` in a
 * child process, timed from spawn to exit (Node start included; the built lib/sakip.js, no tsx), its peak RSS read by
 * GNU time (`/usr/bin/time -f %M`, which also covers any child process) or, without it, by a
 * preload that writes `process.resourceUsage().maxRSS` at exit (worker threads included).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const ROOT = join(__dirname, '..', '..');
/** The built CLI (lib/, plain node), never the sources through tsx: main.ts builds lib/ first. */
const SAKIP = join(ROOT, 'bench', 'measure', 'built-cli.cjs');
const PRELOAD = join(__dirname, 'max-rss-preload.cjs');

export interface ConsolidateRun {
  readonly seconds: number;
  /** Peak resident set size in MiB. */
  readonly peakRssMb: number;
  readonly rssSource: 'gnu-time' | 'node-preload';
  readonly exitCode: number;
  /** Why the run did not complete (exit code other than 0 or 1: crash, out of memory, usage). */
  readonly failure?: string;
  /** `sakip consolidate --json` output (files read, OPD statuses, findings). */
  readonly summary?: {
    readonly files: { readonly total: number; readonly byStatus: Record<string, number> };
    readonly opds: { readonly listed: number; readonly scored: number; readonly byStatus: Record<string, number> };
    readonly findings: { readonly errors: number; readonly warnings: number };
  };
}

export interface ConsolidateArgs {
  readonly cityFile: string;
  readonly inputDir: string;
  readonly outDir: string;
  readonly timeoutSeconds?: number;
  /** `--period yyyy-mm`: given, so the run never depends on deriving it from the workbooks. */
  readonly period?: string;
}

function collect(stream: NodeJS.ReadableStream | null): Promise<string> {
  return new Promise((resolve) => {
    if (!stream) return resolve('');
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (text += chunk));
    stream.on('end', () => resolve(text));
  });
}

export async function runNode(args: readonly string[], rssFile: string, timeoutSeconds = 0): Promise<{ seconds: number; peakRssMb: number; rssSource: ConsolidateRun['rssSource']; exitCode: number; stdout: string; stderr: string }> {
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const argv = useTime ? ['-f', '%M', '-o', rssFile, process.execPath, ...args] : ['--require', PRELOAD, ...args];
  await rm(rssFile, { force: true });
  const started = performance.now();
  const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, BENCH_RSS_FILE: rssFile, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let timedOut = false;
  const timer =
    timeoutSeconds > 0
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGTERM');
        }, timeoutSeconds * 1000)
      : undefined;
  const [stdout, stderr, exitCode] = await Promise.all([
    collect(child.stdout),
    collect(child.stderr),
    new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => resolve(code ?? -1));
    }),
  ]);
  const seconds = (performance.now() - started) / 1000;
  if (timer) clearTimeout(timer);
  const rssText = (await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '';
  const kib = Number(rssText);
  return { seconds, peakRssMb: Number.isFinite(kib) && rssText !== '' ? kib / 1024 : NaN, rssSource: useTime ? 'gnu-time' : 'node-preload', exitCode: timedOut ? -2 : exitCode, stdout, stderr: timedOut ? `not finished within ${timeoutSeconds} s (stopped)` : stderr };
}

export async function runConsolidate(args: ConsolidateArgs): Promise<ConsolidateRun> {
  await mkdir(args.outDir, { recursive: true });
  const out = join(args.outDir, 'konsolidasi.xlsx');
  await rm(out, { force: true });
  const run = await runNode([SAKIP, 'consolidate', '--city', args.cityFile, '--input', args.inputDir, '--out', out, ...(args.period ? ['--period', args.period] : []), '--json'], join(args.outDir, 'peak-rss.txt'), args.timeoutSeconds ?? 0);
  // Exit 0 (no error finding) and 1 (error findings in the inputs) are completed runs; 2 is not.
  if (run.exitCode !== 0 && run.exitCode !== 1) {
    const tail = run.stderr.trim().split('\n').filter((line) => !line.startsWith('Membaca') && !line.startsWith('Reading')).slice(-3).join(' / ');
    return { seconds: run.seconds, peakRssMb: run.peakRssMb, rssSource: run.rssSource, exitCode: run.exitCode, failure: `exit ${run.exitCode}: ${tail.slice(0, 300)}` };
  }
  let summary: ConsolidateRun['summary'];
  try {
    summary = JSON.parse(run.stdout) as ConsolidateRun['summary'];
  } catch {
    summary = undefined;
  }
  return { seconds: run.seconds, peakRssMb: run.peakRssMb, rssSource: run.rssSource, exitCode: run.exitCode, ...(summary ? { summary } : {}) };
}

/** Node start + loading the built CLI (`sakip --help`): the fixed cost in every end-to-end figure. */
export async function startupSeconds(outDir: string): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const run = await runNode([SAKIP, '--help'], join(outDir, 'peak-rss-help.txt'));
  return run.seconds;
}
