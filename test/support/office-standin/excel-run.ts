/**
 * `Excel.run` and the request context of the stand-in. Every `context.sync()` is counted, and
 * the recorder keeps each run's sync count so tests can assert "a few batched syncs".
 */
import type { Batch, Operation } from './client-object';
import { invalidObjectPath } from './office-error';
import type { WorkbookModel } from './workbook-model';
import { Workbook } from './worksheet-proxy';

export interface SyncRecorder {
  /** Every sync of every run, in order: the number of queued operations it carried. */
  readonly syncs: number[];
  /** Syncs per `Excel.run`, in run order (the final implicit sync counts when it carried work). */
  readonly runs: number[];
}

export class RequestContext implements Batch {
  readonly workbook: Workbook;
  #queue: { operation: Operation; what: string }[] = [];
  #closed = false;
  #syncs = 0;

  constructor(
    readonly model: WorkbookModel,
    private readonly recorder: SyncRecorder,
  ) {
    this.workbook = new Workbook(this);
  }

  enqueue(operation: Operation, what: string): void {
    if (this.#closed) throw invalidObjectPath(`${what} (its Excel.run has finished)`);
    this.#queue.push({ operation, what });
  }

  get pending(): number {
    return this.#queue.length;
  }

  get syncCount(): number {
    return this.#syncs;
  }

  /** Applies the queued operations in order; the first failure rejects and drops the rest, as in Excel. */
  async sync(): Promise<void> {
    if (this.#closed) throw invalidObjectPath('context.sync() (its Excel.run has finished)');
    const queue = this.#queue;
    this.#queue = [];
    this.#syncs += 1;
    this.recorder.syncs.push(queue.length);
    await Promise.resolve();
    for (const { operation } of queue) operation();
  }

  close(): void {
    this.#closed = true;
  }
}

export interface ExcelStandin {
  run<T>(...args: unknown[]): Promise<T>;
  readonly recorder: SyncRecorder;
  readonly model: WorkbookModel;
}

export function createExcel(model: WorkbookModel): ExcelStandin {
  const recorder: SyncRecorder = { syncs: [], runs: [] };
  const run = async <T>(...args: unknown[]): Promise<T> => {
    const batch = args[args.length - 1];
    if (typeof batch !== 'function') throw new TypeError('Excel.run needs a batch function');
    const context = new RequestContext(model, recorder);
    try {
      const result = (await (batch as (context: RequestContext) => Promise<T>)(context)) as T;
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
      recorder.runs.push(context.syncCount);
    }
  };
  return { run, recorder, model };
}
