/**
 * A `ZipSink` whose deflating and file writes run in a worker thread (zip-worker.ts), so that on
 * two cores the output is deflated while the main thread lays out the next rows (issue 15: the
 * write phase of a 1,000-workbook consolidation was ~10 s on one core, ~5 s of it deflate). The
 * main thread's API stays synchronous: a chunk is copied into a ring of shared memory and only its
 * place is posted, and the main thread blocks (`Atomics.wait`) only while the ring has no room for
 * it, so memory stays bounded whatever the output's size. `end()` returns once the file is complete.
 *
 * The ring keeps the worker's memory flat: posting each chunk's bytes gave the worker a new buffer
 * per chunk, which its garbage collector freed only after ~64 MB of them (V8's external-memory
 * trigger), and the 1,000-workbook run peaked during the Kinerja sheet (docs/performance.md).
 */
import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import { startReaderScriptWorker } from '../../read/worker-script';
import { ABORTED, type PartSink, type ZipSink } from './zip-sink';
import { ZIP_STATE, type ToZipWorker, type ZipWorkerInit } from './zip-worker';

/** The shared ring's size: at most this many bytes are copied to the worker and not yet deflated. */
export const RING_BYTES = 8 * 1024 * 1024;
/** Longest wait for the worker at the end (a stuck worker is an error, not a hang). */
const END_TIMEOUT_MS = 10 * 60 * 1000;
/** Longest time the worker may take no posted byte while the main thread waits on it. */
const STALL_TIMEOUT_MS = 2 * 60 * 1000;

export class ThreadZipSink implements ZipSink {
  private readonly worker: Worker;
  private readonly state = new Int32Array(new SharedArrayBuffer(12));
  private readonly ring = new Uint8Array(new SharedArrayBuffer(RING_BYTES));
  /** Where the next chunk goes in the ring. */
  private next = 0;
  private readonly result = new MessageChannel();
  private parts = 0;
  private failure: Error | undefined;

  constructor(fd: number) {
    const init: ZipWorkerInit = { sakipZipWorker: true, fd, state: this.state.buffer as SharedArrayBuffer, ring: this.ring.buffer as SharedArrayBuffer, result: this.result.port2 };
    this.worker = startReaderScriptWorker(init, { transferList: [this.result.port2] });
    this.worker.unref();
  }

  openPart(name: string): PartSink {
    const part = this.parts++;
    this.post({ open: name });
    return {
      push: (data, final = false) => {
        if (data.length > RING_BYTES / 2) {
          // A part added whole (far larger than a sheet's chunks): posted as a copy once the ring is empty.
          this.waitBelow(0);
          Atomics.add(this.state, 0, data.length);
          this.post({ part, data, final, release: data.length });
          return;
        }
        this.post(this.place(part, data, final));
      },
    };
  }

  /**
   * Copies `data` into the ring, after the chunks still in flight (the worker takes them in the
   * order they were placed), at the ring's start when it does not fit before its end; the bytes
   * skipped at the end are released with it.
   */
  private place(part: number, data: Uint8Array, final: boolean): ToZipWorker {
    const skip = this.next + data.length > RING_BYTES ? RING_BYTES - this.next : 0;
    const release = skip + data.length;
    this.waitBelow(RING_BYTES - release);
    const start = skip > 0 ? 0 : this.next;
    this.ring.set(data, start);
    this.next = start + data.length;
    Atomics.add(this.state, 0, release);
    return { part, start, length: data.length, final, release };
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
