/**
 * Where the package's parts go: a zip written to an open file descriptor as the parts are pushed,
 * each part deflated as it arrives. `LocalZipSink` deflates in this thread; `ThreadZipSink`
 * (zip-thread.ts) hands the bytes to a worker that runs a `LocalZipSink`, so both give the same
 * bytes. Every entry has a fixed time (the run time is in the core properties only).
 */
import { writeSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

/** One part being written: its bytes in order, the last push `final`. */
export interface PartSink {
  push(data: Uint8Array, final?: boolean): void;
}

export interface ZipSink {
  /** A new part; parts are written one after the other (a part is finished before the next is opened). */
  openPart(name: string): PartSink;
  /** Writes the central directory; everything is in the file once this returns. */
  end(): void;
  /** Stops writing at once (after an error elsewhere): nothing more reaches the file once this returns, and any further use throws. */
  abort(): void;
}

const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');
/**
 * Deflate level of every part. Level 3 instead of fflate's default 6: on the 100-workbook
 * consolidation's sheets (27 MB of XML) 284 ms instead of 711 ms for a 12 % larger file (3.4 MB
 * instead of 3.1 MB); deflating was the largest single cost of the main thread (issue 15,
 * docs/performance.md).
 */
const LEVEL = 3;
export const ABORTED = 'the output was aborted';

/**
 * A zip entry deflated by Node's zlib (native), chunk by chunk: each chunk is a run of raw deflate
 * blocks ending in a sync flush (byte-aligned, not final), the last one ends the stream, so the
 * chunks joined are one valid deflate stream (each chunk starts with an empty dictionary: on 256 KB
 * chunks the file is ~1 % larger). 2.9× faster than fflate's JavaScript deflate on the
 * 1,000-workbook Kinerja sheet (112 MB of XML: 0.69 s instead of 1.98 s at level 3). fflate's Zip
 * keeps the container: its entry computes the CRC and size of the bytes before compression.
 */
class NativeDeflateEntry extends ZipPassThrough {
  constructor(name: string) {
    super(name);
    this.compression = 8;
    // General-purpose flag bits 1–2 for a fast level, as fflate's own entry sets them.
    (this as { flag?: number }).flag = 2;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    try {
      const deflated = deflateRawSync(chunk, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
      this.ondata(null, new Uint8Array(deflated.buffer, deflated.byteOffset, deflated.byteLength), final);
    } catch (error) {
      this.ondata(Object.assign(error as Error, { code: 0 }), new Uint8Array(0), final);
    }
  }
}

export class LocalZipSink implements ZipSink {
  private readonly zip: Zip;
  private failure: unknown;
  private aborted = false;

  constructor(fd: number) {
    this.zip = new Zip((error, data) => {
      if (error) this.failure ??= error;
      else if (data.length && !this.aborted) writeAll(fd, data);
    });
  }

  openPart(name: string): PartSink {
    this.check();
    const file = new NativeDeflateEntry(name);
    file.mtime = ENTRY_TIME;
    this.zip.add(file);
    return {
      push: (data, final = false) => {
        this.check();
        file.push(data, final);
        this.check();
      },
    };
  }

  end(): void {
    this.check();
    this.zip.end();
    this.check();
  }

  abort(): void {
    this.aborted = true;
  }

  private check(): void {
    if (this.aborted) throw new Error(ABORTED);
    if (this.failure) throw this.failure instanceof Error ? this.failure : new Error(String(this.failure));
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}
