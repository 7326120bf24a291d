/**
 * The floor over a set of files: single-threaded in this thread, or split across the worker
 * threads of a FloorPool (files handed out 4 at a time, so a slow file does not leave a thread
 * idle). Reading the file from disk is part of the floor. Both are timed warm: the first file is
 * parsed once before the clock starts, and the pool lives for the whole benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { addCounts, floorOfBytes, ZERO_COUNT, type FloorCount } from './sax-floor';

export interface FloorRun extends FloorCount {
  readonly seconds: number;
  readonly threads: number;
}

/** The worker runs TypeScript through tsx's CommonJS hook, like bin/sakip.js. */
const WORKER_BOOT = `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'floor-worker.ts'))});`;
const BATCH = 4;

export function floorSingle(paths: readonly string[]): FloorRun {
  if (paths[0]) floorOfBytes(readFileSync(paths[0]));
  const started = performance.now();
  let total: FloorCount = ZERO_COUNT;
  for (const path of paths) total = addCounts(total, floorOfBytes(readFileSync(path)));
  return { ...total, seconds: (performance.now() - started) / 1000, threads: 1 };
}

interface FloorWorker {
  ask(paths: readonly string[]): Promise<FloorCount>;
  terminate(): Promise<number>;
}

async function startWorker(): Promise<FloorWorker> {
  const worker = new Worker(WORKER_BOOT, { eval: true });
  let pending: { resolve: (count: FloorCount) => void; reject: (error: unknown) => void } | undefined;
  worker.on('message', (count: FloorCount) => pending?.resolve(count));
  worker.on('error', (error) => pending?.reject(error));
  const ask = (batch: readonly string[]): Promise<FloorCount> =>
    new Promise((resolve, reject) => {
      pending = { resolve, reject };
      worker.postMessage(batch);
    });
  // A first empty batch: the worker has loaded tsx and the parser when it answers.
  await ask([]);
  return { ask, terminate: () => worker.terminate() };
}

/**
 * Worker threads kept for the whole benchmark, so they are as warm as the main thread is for the
 * single-thread floor (a reader's pool in a long run is warm after its first files too).
 */
export class FloorPool {
  private constructor(private readonly workers: readonly FloorWorker[]) {}

  static async start(threads: number): Promise<FloorPool> {
    return new FloorPool(await Promise.all(Array.from({ length: threads }, startWorker)));
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Every worker parses `paths[0]` once (warm-up), then the clock runs over all the files. */
  async run(paths: readonly string[]): Promise<FloorRun> {
    if (paths[0]) await Promise.all(this.workers.map((w) => w.ask([paths[0]!])));
    const started = performance.now();
    let next = 0;
    let total: FloorCount = ZERO_COUNT;
    await Promise.all(
      this.workers.map(async (worker) => {
        while (next < paths.length) {
          const batch = paths.slice(next, next + BATCH);
          next += BATCH;
          const counted = await worker.ask(batch);
          total = addCounts(total, counted);
        }
      }),
    );
    return { ...total, seconds: (performance.now() - started) / 1000, threads: this.workers.length };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
