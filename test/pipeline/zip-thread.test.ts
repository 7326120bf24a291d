/**
 * The output deflated in a worker thread (zip-thread.ts, issue 15): the same bytes as deflating in
 * the main thread, whatever the chunks' sizes (through the shared ring, wrapping at its end, or
 * posted whole); a failure in the worker reaches the main thread as an error; after an abort
 * nothing more is written; a sheet row wider than the writer's buffer goes through whole.
 */
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { StreamingWorkbook } from '../../pipeline/consolidate/xlsx';
import { LocalZipSink, type ZipSink } from '../../pipeline/consolidate/xlsx/zip-sink';
import { RING_BYTES, ThreadZipSink } from '../../pipeline/consolidate/xlsx/zip-thread';

const FIXED = new Date(Date.UTC(2025, 0, 1));

/** A workbook of `rows` rows of varied text and numbers (~130 bytes of XML a row), one row 300,000 characters wide. */
function writeBook(path: string, rows: number, sink: (fd: number) => ZipSink | undefined): void {
  const fd = openSync(path, 'w');
  try {
    const book = new StreamingWorkbook(fd, sink(fd));
    const sheet = book.addSheet('Data', { columns: [{ width: 20 }, { width: 10 }, { width: 10 }] });
    for (let r = 1; r <= rows; r++) {
      sheet.getCell(r, 1).value = `Indikator ${r} — capaian ${(r * 7919) % 1000}`;
      sheet.getCell(r, 2).value = (r * 104729) % 100003;
      if (r === 2) for (let c = 3; c <= 12; c++) sheet.getCell(r, c).value = 'ä'.repeat(30_000);
    }
    sheet.finish();
    book.addSheet('Kedua', { columns: [] }).finish();
    book.end({ creator: 'SAKIP Kit', lastModifiedBy: 'SAKIP Kit', title: 'Uji', subject: '', created: FIXED, modified: FIXED });
  } finally {
    closeSync(fd);
  }
}

describe('xlsx writer: deflating in a worker thread (zip-thread.ts)', function () {
  this.timeout(120_000);
  let folder: string;
  before(() => (folder = mkdtempSync(join(tmpdir(), 'sakip-zip-thread-'))));
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the same bytes as deflating in this thread, through more than 8 MB of XML', () => {
    const local = join(folder, 'lokal.xlsx');
    const thread = join(folder, 'thread.xlsx');
    writeBook(local, 150_000, () => undefined);
    writeBook(thread, 150_000, (fd) => new ThreadZipSink(fd));
    const parts = unzipSync(new Uint8Array(readFileSync(thread)));
    assert.ok(parts['xl/worksheets/sheet1.xml']!.length > 16 * 1024 * 1024, String(parts['xl/worksheets/sheet1.xml']!.length));
    assert.match(strFromU8(parts['xl/worksheets/sheet1.xml']!), /<c r="C2" t="inlineStr"><is><t>ä{30000}<\/t><\/is><\/c>/);
    assert.deepEqual(readFileSync(thread), readFileSync(local));
  });

  it('chunks of every size through the ring, wrapping at its end, and a part pushed whole past half the ring: the same bytes', () => {
    // Chunk sizes that leave the ring's end unused (wrap) and one past RING_BYTES / 2 (posted as a copy).
    const sizes = [1, 3_000_000, 2_500_000, 2_900_000, 0, 5_000_000, 700_000, 4_194_304];
    const write = (path: string, sink: (fd: number) => ZipSink): void => {
      const fd = openSync(path, 'w');
      try {
        const zip = sink(fd);
        const part = zip.openPart('xl/data.bin');
        sizes.forEach((size, i) => part.push(new Uint8Array(size).map((_, k) => (k * 31 + i * 7) % 251), i === sizes.length - 1));
        zip.openPart('xl/kedua.xml').push(new Uint8Array(0), true);
        zip.end();
      } finally {
        closeSync(fd);
      }
    };
    const local = join(folder, 'cincin-lokal.zip');
    const thread = join(folder, 'cincin-thread.zip');
    write(local, (fd) => new LocalZipSink(fd));
    write(thread, (fd) => new ThreadZipSink(fd));
    assert.ok(sizes.reduce((a, b) => a + b) > 2 * RING_BYTES);
    assert.deepEqual(readFileSync(thread), readFileSync(local));
    assert.equal(unzipSync(new Uint8Array(readFileSync(thread)))['xl/data.bin']!.length, sizes.reduce((a, b) => a + b));
  });

  it('a write that fails in the worker is an error in the main thread, with its reason', () => {
    // A descriptor opened read-only: the worker's first write fails (EBADF).
    const path = join(folder, 'hanya-baca.xlsx');
    closeSync(openSync(path, 'w'));
    const fd = openSync(path, 'r');
    try {
      assert.throws(() => {
        const book = new StreamingWorkbook(fd, new ThreadZipSink(fd));
        book.addPart('a.xml', '<a/>');
        book.end({ creator: '', lastModifiedBy: '', title: '', subject: '', created: FIXED, modified: FIXED });
      }, /EBADF/);
    } finally {
      closeSync(fd);
    }
  });

  it('after an abort the worker writes nothing more, and the sink refuses to go on', () => {
    const path = join(folder, 'batal.xlsx');
    const fd = openSync(path, 'w');
    try {
      const sink = new ThreadZipSink(fd);
      const part = sink.openPart('xl/worksheets/sheet1.xml');
      part.push(new Uint8Array(1024).fill(65));
      sink.abort();
      const size = statSync(path).size;
      assert.throws(() => part.push(new Uint8Array(1024 * 1024).fill(66), true), /aborted/);
      assert.throws(() => sink.end(), /aborted/);
      assert.equal(statSync(path).size, size);
    } finally {
      closeSync(fd);
    }
  });

  it('LocalZipSink after an abort writes nothing more either, and refuses to go on', () => {
    const path = join(folder, 'batal-lokal.xlsx');
    const fd = openSync(path, 'w');
    try {
      const sink = new LocalZipSink(fd);
      sink.openPart('a.xml').push(new Uint8Array(10).fill(65), true);
      const size = statSync(path).size;
      sink.abort();
      assert.throws(() => sink.openPart('b.xml'), /aborted/);
      assert.throws(() => sink.end(), /aborted/);
      assert.equal(statSync(path).size, size);
    } finally {
      closeSync(fd);
    }
  });
});
