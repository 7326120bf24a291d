/**
 * The worker side of zip-thread.ts: it runs a `LocalZipSink` on the output's file descriptor, so
 * the deflating and the file writes happen on the other core while the main thread lays out rows.
 * A chunk is read in place from the shared ring (zip-thread.ts) or, for a part added whole, from
 * the message. Each chunk's bytes are taken off the in-flight count (state[0]) once deflated,
 * which frees its room in the ring and lets the main thread go on; state[1] becomes DONE when the
 * central directory is written, FAILED (the message on the result port) on an error, and the
 * worker writes nothing more once ABORTED: the next message it takes then sets state[2], so the
 * main thread knows no write is under way.
 */
import type { MessagePort } from 'node:worker_threads';
import { LocalZipSink, type PartSink } from './zip-sink';

export const ZIP_STATE = { running: 0, done: 1, failed: 2, aborted: 3 } as const;

export type ToZipWorker =
  | { readonly open: string }
  /** A chunk in the ring at `start`, or `data` itself; `release` bytes leave the in-flight count once it is deflated. */
  | { readonly part: number; readonly start: number; readonly length: number; readonly final: boolean; readonly release: number }
  | { readonly part: number; readonly data: Uint8Array; readonly final: boolean; readonly release: number }
  | { readonly end: true }
  | { readonly ping: true };

export interface ZipWorkerInit {
  readonly sakipZipWorker: true;
  readonly fd: number;
  /** Int32Array over it: [0] bytes posted and not yet deflated, [1] ZIP_STATE, [2] 1 once an abort is seen. */
  readonly state: SharedArrayBuffer;
  /** The ring the main thread copies chunks into. */
  readonly ring: SharedArrayBuffer;
  /** Where a failure's message goes (read synchronously by the main thread). */
  readonly result: MessagePort;
}

export function serveZip(port: MessagePort, init: ZipWorkerInit): void {
  const state = new Int32Array(init.state);
  const ring = new Uint8Array(init.ring);
  const sink = new LocalZipSink(init.fd);
  const parts: PartSink[] = [];
  const finish = (outcome: number): void => {
    Atomics.store(state, 1, outcome);
    Atomics.notify(state, 0);
    Atomics.notify(state, 1);
  };
  port.on('message', (message: ToZipWorker) => {
    const now = Atomics.load(state, 1);
    if (now === ZIP_STATE.aborted) {
      Atomics.store(state, 2, 1);
      Atomics.notify(state, 2);
    }
    if (now !== ZIP_STATE.running) return;
    try {
      if ('open' in message) parts.push(sink.openPart(message.open));
      else if ('part' in message) {
        const data = 'data' in message ? message.data : ring.subarray(message.start, message.start + message.length);
        parts[message.part]!.push(data, message.final);
        Atomics.sub(state, 0, message.release);
        Atomics.notify(state, 0);
      } else if ('end' in message) {
        sink.end();
        finish(ZIP_STATE.done);
      }
    } catch (error) {
      init.result.postMessage(error instanceof Error ? error.message : String(error));
      finish(ZIP_STATE.failed);
    }
  });
}
