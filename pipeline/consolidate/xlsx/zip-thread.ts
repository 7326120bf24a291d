/**
 * A `ZipSink` whose deflating and file writes run in a worker thread (zip-worker.ts), so that on
 * two cores the output is deflated while the main thread lays out the next rows (issue 15: the
 * write phase of a 1,000-workbook consolidation was ~10 s on one core, ~5 s of it deflate). The
 * main thread's API stays synchronous: a chunk is posted (copied), and the main thread blocks
 * (`Atomics.wait`) only while more than MAX_IN_FLIGHT bytes are posted and not yet deflated, so
 * memory stays bounded whatever the output's size. `end()` returns once the file is complete.
 */
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { startReaderScriptWorker } from '../../read/worker-script';
import { ABORTED, type PartSink, type ZipSink } from './zip-sink';
import { ZIP_STATE, type ToZipWorker, type ZipWorkerInit } from './zip-worker';

/** Bytes posted to the worker and not yet deflated before the main thread waits for it. */
const MAX_IN_FLIGHT = 8 * 1024 * 1024;
/** Longest wait for the worker at the end (a stuck worker is an error, not a hang). */
const END_TIMEOUT_MS = 10 * 60 * 1000;
/** Longest time the worker may take no posted byte while the main thread waits on it. */
const STALL_TIMEOUT_MS = 2 * 60 * 1000;

export class ThreadZipSink implements ZipSink {
  private readonly worker: Worker;
  private readonly state = new Int32Array(new SharedArrayBuffer(12));
  private readonly result = new MessageChannel();
  private parts = 0;
  private failure: Error | undefined;

  constructor(fd: number) {
    const init: ZipWorkerInit = { sakipZipWorker: true, fd, state: this.state.buffer as SharedArrayBuffer, result: this.result.port2 };
    this.worker = startReaderScriptWorker(init, { transferList: [this.result.port2] });
    this.worker.unref();
  }

  openPart(name: string): PartSink {
    const part = this.parts++;
    this.post({ open: name });
    return {
      push: (data, final = false) => {
        this.waitBelow(MAX_IN_FLIGHT);
        Atomics.add(this.state, 0, data.length);
        this.post({ part, data, final });
      },
    };
  }

  end(): void {
    this.post({ end: true });
    const deadline = Date.now() + END_TIMEOUT_MS;
    while (Atomics.load(this.state, 1) === ZIP_STATE.running) {
      if (Date.now() > deadline) {
        this.abort();
        throw new Error('the output writer thread did not finish');
      }
      Atomics.wait(this.state, 1, ZIP_STATE.running, 1000);
    }
    this.check();
    void this.worker.terminate();
  }

  abort(): void {
    if (Atomics.compareExchange(this.state, 1, ZIP_STATE.running, ZIP_STATE.aborted) === ZIP_STATE.running) {
      // Wait until the worker has seen the abort: from then on it writes nothing to the file.
      this.worker.postMessage({ ping: true } satisfies ToZipWorker);
      const deadline = Date.now() + 30_000;
      while (Atomics.load(this.state, 2) === 0 && Date.now() < deadline) Atomics.wait(this.state, 2, 0, 1000);
    }
    void this.worker.terminate();
  }

  private post(message: ToZipWorker): void {
    this.check();
    this.worker.postMessage(message);
  }

  /** Blocks while more than `limit` bytes wait in the worker; throws if the worker failed or stopped taking bytes. */
  private waitBelow(limit: number): void {
    let stalledSince = Date.now();
    let last = Atomics.load(this.state, 0);
    for (;;) {
      this.check();
      const inFlight = Atomics.load(this.state, 0);
      if (inFlight <= limit) return;
      if (inFlight !== last) [last, stalledSince] = [inFlight, Date.now()];
      else if (Date.now() - stalledSince > STALL_TIMEOUT_MS) {
        this.abort();
        throw new Error('the output writer thread stopped taking data');
      }
      Atomics.wait(this.state, 0, inFlight, 1000);
    }
  }

  private check(): void {
    if (this.failure) throw this.failure;
    const now = Atomics.load(this.state, 1);
    if (now === ZIP_STATE.aborted) throw new Error(ABORTED);
    if (now !== ZIP_STATE.failed) return;
    const message = receiveMessageOnPort(this.result.port1)?.message as string | undefined;
    void this.worker.terminate();
    this.failure = new Error(message ?? 'the output writer thread failed');
    throw this.failure;
  }
}
