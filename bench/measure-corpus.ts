/**
 * Measures one corpus: `sakip consolidate` end to end, the single-thread floor and the 2-thread
 * floor, interleaved rep by rep (so a disturbance on the machine hits all three alike); medians.
 */
import { join } from 'node:path';
import type { Corpus } from './corpus/corpus';
import { floorSingle, type FloorPool, type FloorRun } from './floor/floor';
import { runConsolidate, type ConsolidateRun } from './measure/consolidate-run';
import type { CorpusInfo, FloorFigures, SizeResult } from './result';
import { median } from './stats';

export const corpusInfo = (c: Corpus): CorpusInfo => ({
  name: c.name,
  workbooks: c.count,
  dataRows: c.dataRows,
  bytes: c.bytes,
  generationSeconds: c.generationSeconds,
  written: c.written,
  linked: c.linked,
});

function floorFigures(runs: readonly FloorRun[]): FloorFigures {
  const first = runs[0]!;
  return { seconds: median(runs.map((r) => r.seconds)), runs: runs.map((r) => r.seconds), rowsWithValues: first.rows, cells: first.cells };
}

export interface MeasureLimits {
  readonly reps: number;
  readonly budgetSeconds: number;
  readonly timeoutSeconds: number;
}

export async function measureCorpus(corpus: Corpus, limits: MeasureLimits, pool: FloorPool, outRoot: string, log: (line: string) => void): Promise<SizeResult> {
  const reps = limits.reps;
  const files = [corpus.cityFile, ...corpus.files.map((f) => join(corpus.inputDir, f.file))];
  const consolidated: ConsolidateRun[] = [];
  const single: FloorRun[] = [];
  const double: FloorRun[] = [];
  for (let rep = 0; rep < reps; rep++) {
    const run = await runConsolidate({ cityFile: corpus.cityFile, inputDir: corpus.inputDir, outDir: join(outRoot, corpus.name), timeoutSeconds: limits.timeoutSeconds, period: corpus.period });
    consolidated.push(run);
    single.push(floorSingle(files));
    double.push(await pool.run(files));
    if (single.at(-1)!.cells !== double.at(-1)!.cells || single.at(-1)!.checksum !== double.at(-1)!.checksum) {
      throw new Error(`floor mismatch on ${corpus.name}: 1 thread read ${single.at(-1)!.cells} cells, ${pool.threads} threads ${double.at(-1)!.cells}`);
    }
    const what = run.failure ? `consolidate FAILED after ${run.seconds.toFixed(1)} s (${run.failure})` : `consolidate ${run.seconds.toFixed(2)} s, ${run.peakRssMb.toFixed(0)} MB`;
    log(
      `  ${corpus.name} rep ${rep + 1}/${reps}: ${what}; floor ${single.at(-1)!.seconds.toFixed(2)} s (1 thread), ${double.at(-1)!.seconds.toFixed(2)} s (${pool.threads} threads)`,
    );
    const spent = consolidated.reduce((sum, r) => sum + r.seconds, 0);
    if (rep + 1 < reps && (spent > limits.budgetSeconds || run.failure)) {
      log(`  ${corpus.name}: no further repetition (${run.failure ? 'the run did not complete' : `${spent.toFixed(0)} s spent, budget ${limits.budgetSeconds} s`})`);
      break;
    }
  }
  const completed = consolidated.filter((r) => !r.failure);
  const failure = consolidated.find((r) => r.failure)?.failure;
  const seconds = median(completed.map((r) => r.seconds));
  const summary = completed[0]?.summary;
  const floor1 = floorFigures(single);
  const floor2 = floorFigures(double);
  const read = summary?.files.byStatus['Dibaca'] ?? NaN;
  return {
    corpus: corpusInfo(corpus),
    consolidate: {
      seconds,
      runs: completed.map((r) => r.seconds),
      ...(failure ? { failure, failedRuns: consolidated.length - completed.length } : {}),
      peakRssMb: median(consolidated.map((r) => r.peakRssMb)),
      peakRssRuns: consolidated.map((r) => r.peakRssMb),
      rssSource: consolidated[0]!.rssSource,
      workbooksPerSecond: corpus.count / seconds,
      rowsPerSecond: corpus.dataRows / seconds,
      filesRead: read,
      filesNotRead: summary ? summary.files.total - read : NaN,
      findings: summary?.findings ?? null,
    },
    floor1,
    floor2,
    ratioFloor1: seconds / floor1.seconds,
    ratioFloor2: seconds / floor2.seconds,
  };
}
