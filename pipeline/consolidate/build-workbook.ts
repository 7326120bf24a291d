/**
 * Lays the consolidation out as an .xlsx: the sheets of workbook-format.md §3 in order, then
 * Keterangan (and, for a city's own model, Model LKE). The run time goes only into the file's properties (created/modified); every cell
 * depends on the inputs alone. The workbook is streamed (xlsx/): each sheet's rows are
 * written, deflated and sent to the file as they are laid out.
 */
import type { Consolidation } from './consolidation-data';
import { writeArsip } from './sheets/arsip';
import { writeGrafik } from './sheets/grafik';
import { writeRekapKomponen } from './sheets/rekap-komponen';
import { writeRiwayat } from './sheets/riwayat';
import { writeKeterangan } from './sheets/keterangan';
import { writeModelLke } from './sheets/model-lke';
import { writeKinerja } from './sheets/kinerja';
import { writeLke } from './sheets/lke';
import { writePohon } from './sheets/pohon';
import { writeRekomendasi } from './sheets/rekomendasi';
import { writeRingkasan } from './sheets/ringkasan';
import { writeSumber } from './sheets/sumber';
import { writeTemuan } from './sheets/temuan';
import { StreamingWorkbook } from './xlsx';
import type { ZipSink } from './xlsx/zip-sink';
import { ThreadZipSink } from './xlsx/zip-thread';
import { availableParallelism } from 'node:os';
import { writeFileAtomicWith } from '../write-atomic';

export interface BuildOptions {
  /** Where the workbook will be written (links to the sources are relative to it). */
  readonly outPath: string;
  /** File name (as findings name it) → absolute path of every file the findings can name. */
  readonly paths: ReadonlyMap<string, string>;
  /** The run time, for the file's properties only. */
  readonly now: Date;
}

/**
 * Writes the whole workbook to the open file descriptor `fd`; with `zip`, through that sink (the
 * command deflates in a worker thread, zip-thread.ts). Nothing more is written after an error.
 */
export function writeWorkbook(c: Consolidation, options: BuildOptions, fd: number, zip?: ZipSink): void {
  const workbook = new StreamingWorkbook(fd, zip);
  try {
    writeSheets(workbook, c, options);
  } catch (error) {
    workbook.abort();
    throw error;
  }
}

function writeSheets(workbook: StreamingWorkbook, c: Consolidation, options: BuildOptions): void {
  writeRingkasan(workbook, c);
  writeGrafik(workbook, c);
  writeRekapKomponen(workbook, c);
  writeRiwayat(workbook, c);
  writeLke(workbook, c);
  writeKinerja(workbook, c);
  writePohon(workbook, c);
  writeRekomendasi(workbook, c);
  writeTemuan(workbook, c, options.outPath, options.paths);
  writeSumber(workbook, c);
  writeArsip(workbook, c);
  writeKeterangan(workbook, c);
  writeModelLke(workbook, c);
  workbook.end({
    creator: 'SAKIP Kit',
    lastModifiedBy: 'SAKIP Kit',
    created: options.now,
    modified: options.now,
    title: `Konsolidasi Evaluasi SAKIP ${c.city.namaKota} ${c.periode}`,
    subject: 'Evaluasi SAKIP',
  });
}

/** Writes the workbook to `options.outPath` atomically (a temporary file, then a rename). */
export async function writeWorkbookFile(c: Consolidation, options: BuildOptions): Promise<void> {
  await writeFileAtomicWith(options.outPath, (fd) => writeWorkbook(c, options, fd, availableParallelism() > 1 ? new ThreadZipSink(fd) : undefined));
}
