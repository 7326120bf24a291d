/**
 * `npm run bench`: the consolidation throughput against the raw parse floor and how it scales,
 * the task pane's check and SAKIP.GRADE's rate (issue 7). Not part of `npm test`. Writes
 * bench-output/report.md and bench-output/report.json; corpora are cached in bench-output/corpus/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseBenchArgs, USAGE, type BenchOptions } from './args';
import { ensureCorpus, type Corpus } from './corpus/corpus';
import { FloorPool } from './floor/floor';
import { codeFingerprint, machineInfo } from './machine';
import { measureCorpus } from './measure-corpus';
import { measureGradeRate } from './measure/grade-rate';
import { CHROMIUM, measurePaneCheck } from './measure/pane-check';
import { startupSeconds } from './measure/consolidate-run';
import { profileConsolidate } from './measure/profile-run';
import { stageTable, stageTimes } from './profile-stages';
import { markdownReport } from './report/markdown';
import { growthTable, otherTable, scannerTable, targetTable, textTable, throughputTable, corpusTable } from './report/tables';
import { measureScannerScaling } from './measure/scanner-scaling';
import { checkTargets } from './report/targets';
import type { BenchResult, GrowthStep, SizeResult } from './result';
import { fixed } from './stats';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'bench-output');
const CORPUS_ROOT = join(OUT, 'corpus');
const RUN_ROOT = join(OUT, 'run');
/** The pane's workbook: ~2,000 data rows (7 Profil + 96 LKE + 1,690 Kinerja + 200 Pohon + Rekomendasi). */
const PANE_SIZE = { indicators: 1_690, pohonNodes: 200 };

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function corpus(name: string, count: number, options: BenchOptions, siblings: readonly string[], size?: { indicators: number; pohonNodes: number }): Promise<Corpus> {
  let lastShown = 0;
  const c = await ensureCorpus({
    root: CORPUS_ROOT,
    name,
    count,
    seed: options.seed,
    ...(size ? { size } : {}),
    siblings,
    onProgress: (done, total) => {
      if (total >= 100 && (done - lastShown >= total / 10 || done === total)) {
        lastShown = done;
        log(`  corpus ${name}: ${done}/${total}`);
      }
    },
  });
  log(
    c.generationSeconds === 0
      ? `corpus ${name}: ${c.count} workbook(s), cached`
      : `corpus ${name}: ${c.count} workbook(s) generated in ${c.generationSeconds.toFixed(1)} s (${c.written} written, ${c.linked} linked)`,
  );
  return c;
}

/** dist/ is the pane under test; a fresh clone has none, so it is built once (npm run build). */
function ensureDist(): string | undefined {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing`;
  if (existsSync(join(ROOT, 'dist', 'taskpane.html'))) return undefined;
  log('dist/ is missing: building the add-in (npm run build) for the pane check…');
  const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return built.status === 0 && existsSync(join(ROOT, 'dist', 'taskpane.html')) ? undefined : 'npm run build failed';
}

/** lib/ is what is measured (plain node, as installed): rebuilt from the current sources at every run. */
function buildCli(): string | undefined {
  log('building lib/ (npm run build:cli): the bench measures the built CLI…');
  const built = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return built.status === 0 && existsSync(join(ROOT, 'lib', 'sakip.js')) ? undefined : 'npm run build:cli failed';
}

function growthOf(sizes: readonly SizeResult[]): GrowthStep[] {
  return sizes.slice(1).map((to, i) => {
    const from = sizes[i]!;
    return {
      from: from.corpus.workbooks,
      to: to.corpus.workbooks,
      countRatio: to.corpus.workbooks / from.corpus.workbooks,
      timeRatio: to.consolidate.seconds / from.consolidate.seconds,
      rssRatio: to.consolidate.peakRssMb / from.consolidate.peakRssMb,
    };
  });
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseBenchArgs>;
  try {
    parsed = parseBenchArgs(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const options = parsed;
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  log(`SAKIP Kit benchmark — ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb.toFixed(1)} GB, Node ${machine.node}`);
  log(`sizes ${options.sizes.join(', ')}; ${options.reps} rep(s)${options.quick ? ' (quick)' : ''}`);
  await mkdir(CORPUS_ROOT, { recursive: true });

  // Corpora first (cached), so generation never overlaps a measurement.
  const names = options.sizes.map(String);
  const corpora: Corpus[] = [];
  for (const size of options.sizes) corpora.push(await corpus(String(size), size, options, names.filter((n) => n !== String(size))));
  const largeCorpus = options.large ? await corpus(`large-${options.largeIndicators}`, 1, options, [], { indicators: options.largeIndicators, pohonNodes: 300 }) : undefined;
  const paneCorpus = options.pane ? await corpus('pane-2000', 1, options, [], PANE_SIZE) : undefined;

  const buildFailure = buildCli();
  if (buildFailure) {
    console.error(buildFailure);
    return 2;
  }
  const startup = await startupSeconds(RUN_ROOT);
  const pool = await FloorPool.start(2);
  const limits = { reps: options.reps, budgetSeconds: options.budgetSeconds, timeoutSeconds: options.timeoutSeconds };
  const sizes: SizeResult[] = [];
  let large: BenchResult['large'] = null;
  try {
    for (const c of corpora) {
      log(`measuring ${c.count} workbook(s)…`);
      sizes.push(await measureCorpus(c, limits, pool, RUN_ROOT, log));
    }
    if (largeCorpus) {
      log(`measuring the large workbook (${options.largeIndicators} indicators)…`);
      large = { ...(await measureCorpus(largeCorpus, limits, pool, RUN_ROOT, log)), indicators: options.largeIndicators };
    }
  } finally {
    await pool.close();
  }

  let pane: BenchResult['pane'] = null;
  if (paneCorpus) {
    const missing = ensureDist();
    if (missing) pane = { skipped: missing };
    else {
      log('measuring the task pane check in headless Chromium…');
      const reps = Math.max(options.reps, options.quick ? 1 : 5);
      pane = { ...(await measurePaneCheck(join(paneCorpus.inputDir, paneCorpus.files[0]!.file), reps)), dataRows: paneCorpus.dataRows };
    }
  }
  log('measuring SAKIP.GRADE…');
  const grade = measureGradeRate(options.reps, options.gradeSeconds);
  log('measuring the scanners against hostile text (100,000 and 1,000,000 characters)…');
  const scanners = measureScannerScaling(options.reps);

  let stages: BenchResult['stages'] = null;
  const largest = corpora.at(-1);
  if (options.profile && largest) {
    log(`profiling one consolidate of ${largest.count} workbook(s) (time by stage)…`);
    const run = await profileConsolidate(largest.dir, join(OUT, 'profile'));
    stages = typeof run === 'string' ? { skipped: run } : { workbooks: largest.count, seconds: run.seconds, table: stageTable(stageTimes(run.profiles, ROOT)) };
  }

  const growth = growthOf(sizes);
  const targets = checkTargets({ sizes, growth, large, paneMs: pane && 'medianMs' in pane ? pane.medianMs : undefined });
  const result: BenchResult = {
    startedAt,
    finishedAt: new Date().toISOString(),
    options,
    machine,
    loadAverageAtEnd: loadavg()[0] ?? 0,
    codeFingerprintAtEnd: codeFingerprint(),
    startupSeconds: startup,
    sizes,
    growth,
    large,
    pane,
    grade,
    scanners,
    stages,
    targets,
  };
  await writeFile(join(OUT, 'report.json'), `${JSON.stringify(result, null, 2)}\n`);
  await writeFile(join(OUT, 'report.md'), markdownReport(result));

  const out = [
    '',
    textTable(throughputTable(result)),
    '',
    textTable(growthTable(result)),
    '',
    textTable(otherTable(result)),
    '',
    textTable(scannerTable(result)),
    '',
    ...(stages && 'table' in stages ? [`CPU time by stage, one profiled consolidate of ${stages.workbooks} workbooks (${fixed(stages.seconds, 1)} s wall under --cpu-prof):`, textTable(stages.table), ''] : []),
    textTable(corpusTable(result)),
    '',
    textTable(targetTable(result)),
    '',
    `met: ${targets.filter((t) => t.met === true).length}, not met: ${targets.filter((t) => t.met === false).length}, not measured: ${targets.filter((t) => t.met === null).length}`,
    `machine: ${machine.cpuModel}, ${machine.cores} cores, ${fixed(machine.memoryGb, 1)} GB, Node ${machine.node}; load ${fixed(machine.loadAverageAtStart)} → ${fixed(result.loadAverageAtEnd)}`,
    ...(result.codeFingerprintAtEnd !== machine.codeFingerprint ? ['WARNING: the code under pipeline/, shared/ or bin/ changed during the run; the figures mix versions. Rerun.'] : []),
    `reports: ${join('bench-output', 'report.md')}, ${join('bench-output', 'report.json')}`,
  ];
  console.log(out.join('\n'));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
