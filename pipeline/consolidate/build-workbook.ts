/**
 * Lays the consolidation out as an .xlsx: the sheets of workbook-format.md §3 in order, then
 * Keterangan. The run time goes only into the file's properties (created/modified); every cell
 * depends on the inputs alone.
 */
import ExcelJS from 'exceljs';
import type { Consolidation } from './model';
import { postProcessWorkbook } from './post-process';
import { writeArsip } from './sheets/arsip';
import { writeKeterangan } from './sheets/keterangan';
import { writeKinerja } from './sheets/kinerja';
import { writeLke } from './sheets/lke';
import { writePohon } from './sheets/pohon';
import { writeRekomendasi } from './sheets/rekomendasi';
import { writeRingkasan } from './sheets/ringkasan';
import { writeSumber } from './sheets/sumber';
import { writeTemuan } from './sheets/temuan';

export interface BuildOptions {
  /** Where the workbook will be written (links to the sources are relative to it). */
  readonly outPath: string;
  /** File name (as findings name it) → absolute path of every file the findings can name. */
  readonly paths: ReadonlyMap<string, string>;
  /** The run time, for the file's properties only. */
  readonly now: Date;
}

export function buildWorkbook(c: Consolidation, options: BuildOptions): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SAKIP Kit';
  workbook.lastModifiedBy = 'SAKIP Kit';
  workbook.created = options.now;
  workbook.modified = options.now;
  workbook.title = `Konsolidasi Evaluasi SAKIP ${c.city.namaKota} ${c.periode}`;
  workbook.subject = 'Evaluasi SAKIP';
  workbook.calcProperties = { fullCalcOnLoad: true };
  writeRingkasan(workbook, c);
  writeLke(workbook, c);
  writeKinerja(workbook, c);
  writePohon(workbook, c);
  writeRekomendasi(workbook, c);
  writeTemuan(workbook, c, options.outPath, options.paths);
  writeSumber(workbook, c);
  writeArsip(workbook, c);
  writeKeterangan(workbook, c);
  return workbook;
}

export async function workbookBytes(c: Consolidation, options: BuildOptions): Promise<Uint8Array> {
  const buffer = (await buildWorkbook(c, options).xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  return postProcessWorkbook(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer));
}
