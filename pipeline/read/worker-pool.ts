/**
 * Reads files in worker threads, each file in isolation with a time limit and a memory limit,
 * using every core. A worker reads one file at a time (gate → SAX reader → for assessing jobs the
 * core's assessment; read-worker.ts); when a file runs over its time limit, exhausts the worker's
 * memory (`resourceLimits.maxOldGenerationSizeMb`) or crashes the worker, that worker is
 * terminated and replaced, the file gets its finding (FILE_TOO_SLOW, FILE_TOO_LARGE_IN_MEMORY,
 * FILE_UNREADABLE) and the run goes on with the other files. Outcomes come back in input order.
 *
 * Each worker has its next file waiting while it reads one (IN_FLIGHT_PER_WORKER), so it never
 * waits on the main thread between files: handing files over one at a time left each worker ~10 %
 * idle on the 1,000-workbook benchmark (issue 15). The worker reads them one after the other; the
 * time limit counts from the moment a file is the worker's current one (the previous one's outcome
 * has come back, or it was handed to a ready worker with nothing else: a worker's start-up is not
 * charged to the first file it reads). When a worker is stopped, its current file gets the finding
 * and the files waiting behind it go back to the front of the queue, for the next worker.
 *
 * Start-up: worker-script.ts (the built lib/read-worker.js, or the sources bundled at start).
 */
import { fileDigest } from './file-digest';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { type Finding, makeFinding, type CityConfig } from '../../shared';
import type { ReadLimits } from './gate-limits';
import { startReaderScriptWorker } from './worker-script';
import { CITY_MODEL, runReadJob, type FromWorker, type ReadJob, type ReadOutcome, type ToWorker, type WorkerInit } from './read-worker';

export interface ReadPoolOptions {
  /** Worker threads; default `os.availableParallelism()`, never more than there are files. 0: read in this thread (no isolation). */
  readonly size?: number;
  /** Longest time one file may take, in ms (default 30 s). */
  readonly timeLimitMs?: number;
  /**
   * Heap limit of each worker (V8 old generation), in MB (default 2048). Below 2 GB V8 sizes its
   * heap for a small device and collects garbage far more often: a 512 MB limit reads ~1.5× slower.
   * The gate's caps (gate-limits.ts) keep a file it accepts far below this; the limit stops what
   * still goes wrong. Keep it well above the gate's largest part (maxEntryBytes, decoded whole):
   * an allocation far past the limit aborts the process instead of stopping the worker.
   */
  readonly memoryLimitMb?: number;
  /** Overrides of the gate's limits. */
  readonly limits?: Partial<ReadLimits>;
  /** The city configuration assessing jobs are assessed with. */
  readonly city?: CityConfig;
  /** Tests only: base file name → what the worker does instead of reading it. */
  readonly testHooks?: WorkerInit['testHooks'];
  /**
   * How workers load the reader: `bundle` (default: the built lib/read-worker.js when it is there,
   * else bundled at start; falls back to `tsx` without esbuild) or `tsx`.
   */
  readonly boot?: 'bundle' | 'tsx';
}

export const DEFAULT_TIME_LIMIT_MS = 30_000;
/** Files handed to a worker at once: the one it reads and the next. */
const IN_FLIGHT_PER_WORKER = 2;
export const DEFAULT_MEMORY_LIMIT_MB = 2048;
/**
 * Young generation of each worker, in MB. A worker reads one file at a time and keeps nothing
 * between files: a small young generation costs no measurable read time (1,000 workbooks: ~12 s either way)
 * and keeps ~40 MB less resident across the two workers than V8's default.
 */
export const WORKER_YOUNG_GENERATION_MB = 8;
/** Longest wait for a terminated worker to stop, in ms. */
const CLOSE_WAIT_MS = 5_000;

/** `promise`, or undefined after `ms`: a ref'd timer keeps the process alive while it waits. */
function settledWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Workers that die before they are ready, in a row, before the pool gives up (a broken install, not a file). */
const MAX_BOOT_FAILURES = 3;

interface Task {
  readonly index: number;
  readonly job: ReadJob;
  readonly done: (outcome: ReadOutcome) => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  /** The files handed to the worker, in order: the first is the one it reads now. */
  readonly tasks: Task[];
  /** The time limit of the current file. */
  timer?: NodeJS.Timeout;
  stopped?: 'time' | 'memory' | 'crash';
  exited: boolean;
}


function stoppedFinding(file: string, stopped: 'time' | 'memory' | 'crash', timeLimitMs: number, memoryLimitMb: number, exitCode: number | undefined): Finding {
  switch (stopped) {
    case 'time':
      return makeFinding('FILE_TOO_SLOW', { file }, { seconds: Math.round(timeLimitMs / 100) / 10 });
    case 'memory':
      return makeFinding('FILE_TOO_LARGE_IN_MEMORY', { file }, { megabytes: memoryLimitMb });
    case 'crash':
      return makeFinding(
        'FILE_UNREADABLE',
        { file },
        { reason: `pembaca berkas berhenti tak terduga (kode ${exitCode ?? '?'})`, reasonEn: `the file's reader stopped unexpectedly (code ${exitCode ?? '?'})` },
      );
  }
}

export class ReadPool {
  private readonly size: number;
  private readonly timeLimitMs: number;
  private readonly memoryLimitMb: number;
  private readonly init: WorkerInit;
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private bootFailures = 0;
  private failure: Error | undefined;
  private readonly failed = new Set<(error: Error) => void>();
  private closed = false;

  constructor(private readonly options: ReadPoolOptions = {}) {
    this.size = options.size ?? availableParallelism();
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.memoryLimitMb = options.memoryLimitMb ?? DEFAULT_MEMORY_LIMIT_MB;
    this.init = {
      ...(options.limits ? { limits: options.limits } : {}),
      ...(options.city ? { city: options.city } : {}),
      ...(options.testHooks ? { testHooks: options.testHooks } : {}),
    };
  }

  /**
   * Runs every job; the outcomes in the jobs' order. `onOutcome` is called as each file finishes
   * (in completion order), for progress. Rejects only when workers cannot start at all.
   */
  async run(jobs: readonly ReadJob[], onOutcome?: (outcome: ReadOutcome, index: number) => void): Promise<ReadOutcome[]> {
    if (this.closed) throw new Error('ReadPool is closed');
    const outcomes: ReadOutcome[] = new Array(jobs.length);
    if (this.size <= 0) {
      for (const [index, job] of jobs.entries()) {
        outcomes[index] = await runReadJob(job, this.init);
        onOutcome?.(outcomes[index]!, index);
      }
      return outcomes;
    }
    if (this.failure) throw this.failure;
    let left = jobs.length;
    if (left === 0) return outcomes;
    return new Promise<ReadOutcome[]>((resolve, reject) => {
      const fail = (error: Error): void => {
        this.failed.delete(fail);
        reject(error);
      };
      this.failed.add(fail);
      for (const [index, job] of jobs.entries()) {
        this.queue.push({
          index,
          job,
          done: (outcome) => {
            outcomes[index] = outcome;
            onOutcome?.(outcome, index);
            if (--left === 0) {
              this.failed.delete(fail);
              resolve(outcomes);
            }
          },
        });
      }
      this.fill();
      this.dispatch();
    });
  }

  /**
   * Terminates every worker, waiting at most CLOSE_WAIT_MS for each to stop. The wait is bounded
   * by a timer of its own: a `terminate()` whose exit never came once left this await with nothing
   * to keep the process alive, and the command ended with exit code 0 in the middle of its run
   * (node's own terminate() already refs the worker, so ref'ing it did not help).
   */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((slot) => settledWithin(slot.worker.terminate().catch(() => 0), CLOSE_WAIT_MS)));
    this.slots.clear();
  }

  /** Starts workers up to the pool size, never more than there is work for. */
  private fill(): void {
    const busy = [...this.slots].filter((s) => s.tasks.length > 0).length;
    const idle = this.slots.size - busy;
    let wanted = Math.min(this.size, busy + this.queue.length) - this.slots.size;
    if (idle >= this.queue.length) wanted = 0;
    for (let i = 0; i < wanted; i++) this.start();
  }

  private start(): void {
    const worker = startReaderScriptWorker(
      { ...this.init, sakipReadWorker: true },
      { resourceLimits: { maxOldGenerationSizeMb: this.memoryLimitMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } },
      this.options.boot,
    );
    const slot: Slot = { worker, ready: false, tasks: [], exited: false };
    this.slots.add(slot);
    worker.on('message', (message: FromWorker) => this.onMessage(slot, message));
    worker.on('error', (error: Error & { code?: string }) => {
      if (!slot.stopped) slot.stopped = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
    });
    worker.on('exit', (code) => this.onExit(slot, code));
  }

  private onMessage(slot: Slot, message: FromWorker): void {
    if ('ready' in message) {
      slot.ready = true;
      this.bootFailures = 0;
      this.dispatch();
      return;
    }
    const task = slot.tasks[0];
    if (!task || slot.stopped || message.id !== task.index) return;
    clearTimeout(slot.timer);
    slot.tasks.shift();
    // The worker has already started on the next file it holds: its time limit runs from now.
    if (slot.tasks.length > 0) this.startTimer(slot);
    const outcome = message.outcome;
    const assessment = outcome.assessment as { model: unknown } | undefined;
    if (assessment && assessment.model === CITY_MODEL && this.options.city) assessment.model = this.options.city.model;
    // Another file for the worker before this outcome is taken in (interned, progress written).
    this.dispatch();
    task.done(outcome);
  }

  private onExit(slot: Slot, code: number): void {
    slot.exited = true;
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    const [task, ...waiting] = slot.tasks;
    slot.tasks.length = 0;
    // Files the worker had not started yet are read by the next worker, first.
    this.queue.unshift(...waiting);
    if (task) {
      const stopped = slot.stopped ?? 'crash';
      const finding = stoppedFinding(task.job.file, stopped, this.timeLimitMs, this.memoryLimitMb, code);
      void fileDigest(task.job.path).then(({ size, sha256 }) => task.done({ file: task.job.file, size, sha256, findings: [finding], readable: false, stopped }));
    } else if (!slot.ready && !this.closed) {
      this.bootFailures++;
      if (this.bootFailures >= MAX_BOOT_FAILURES) {
        this.failure = new Error(`read workers cannot start (exit code ${code})`);
        this.queue.length = 0;
        for (const fail of [...this.failed]) fail(this.failure);
        return;
      }
    }
    if (!this.closed) {
      this.fill();
      this.dispatch();
    }
  }

  /**
   * Hands out queued files, one a worker at a time in turn, until each ready worker holds
   * IN_FLIGHT_PER_WORKER of them (every worker gets a file before any gets a second, and a worker
   * still starting keeps one for itself).
   */
  private dispatch(): void {
    const starting = [...this.slots].filter((slot) => !slot.ready && !slot.exited).length;
    for (let depth = 1; depth <= IN_FLIGHT_PER_WORKER; depth++) {
      for (const slot of this.slots) {
        if (!slot.ready || slot.tasks.length >= depth || slot.exited || slot.stopped) continue;
        if (depth > 1 && this.queue.length <= starting) break;
        const task = this.queue.shift();
        if (!task) break;
        slot.tasks.push(task);
        slot.worker.ref();
        if (slot.tasks.length === 1) this.startTimer(slot);
        slot.worker.postMessage({ id: task.index, job: task.job } satisfies ToWorker);
      }
    }
    // Idle workers with nothing left to do are let go, so a finished run does not keep the process alive.
    if (this.queue.length === 0) {
      for (const slot of this.slots) if (slot.ready && slot.tasks.length === 0) slot.worker.unref();
    }
  }

  /** The time limit of the worker's current file. */
  private startTimer(slot: Slot): void {
    slot.timer = setTimeout(() => {
      slot.stopped = 'time';
      void slot.worker.terminate();
    }, this.timeLimitMs);
  }
}

/** Reads (and, per job, assesses) the files with a pool that is closed afterwards. */
export async function readFilesIsolated(jobs: readonly ReadJob[], options: ReadPoolOptions = {}, onOutcome?: (outcome: ReadOutcome, index: number) => void): Promise<ReadOutcome[]> {
  const pool = new ReadPool({ ...options, size: Math.min(options.size ?? availableParallelism(), jobs.length) });
  try {
    return await pool.run(jobs, onOutcome);
  } finally {
    await pool.close();
  }
}
