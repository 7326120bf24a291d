/**
 * One `sakip report` run: read the consolidated workbook through the gate, compute every OPD's
 * results with the core, render every document in memory, then write them into `--out`, each
 * atomically. If anything fails, the files of this run already written are removed: `--out` is
 * left as it was.
 */
import { mkdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Packer } from 'docx';
import type { Finding, Lang } from '../../shared';
import { UsageError } from '../exit-code';
import { readWorkbookFile } from '../read/read-workbook-file';
import { SILENT_PROGRESS, type ProgressReporter } from '../consolidate/progress';
import { writeFileAtomic } from '../write-atomic';
import { lheDocument, type ReportContext } from './lhe-document';
import { opdResults, type OpdResult } from './opd-results';
import { opdKeyOf, readConsolidation } from './read-consolidation';
import { reportText } from './report-texts';
import { summaryDocument } from './summary-document';

export interface ReportRequest {
  readonly from: string;
  readonly out: string;
  /** Only these OPDs (Kode OPD, any case); all scored ones when empty. */
  readonly opds?: readonly string[];
  /** `yyyy-mm-dd`; today (UTC) when absent. */
  readonly date?: string;
  readonly lang?: Lang;
  readonly progress?: ProgressReporter;
}

export interface WrittenReport {
  readonly kind: 'opd' | 'summary';
  readonly kodeOpd?: string;
  readonly path: string;
  readonly total?: number;
  readonly predikat?: string;
}

export type ReportOutcome = { readonly kind: 'unreadable'; readonly file: string; readonly findings: readonly Finding[] } | { readonly kind: 'done'; readonly written: readonly WrittenReport[] };

/** A file-name-safe form of a Kode OPD (`1.02.01` stays, `A/B` → `A_B`). */
export const safeName = (text: string): string => text.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');

export const lheFileName = (kodeOpd: string, periode: string): string => `LHE-${safeName(kodeOpd)}-${periode}.docx`;
export const summaryFileName = (periode: string): string => `Rekap-LHE-${periode}.docx`;

export async function writeReports(request: ReportRequest): Promise<ReportOutcome> {
  const lang = request.lang ?? 'id';
  const text = reportText(lang);
  const progress = request.progress ?? SILENT_PROGRESS;
  const from = resolve(request.from);
  if (!(await stat(from).catch(() => undefined))?.isFile()) throw new UsageError(text.notAFile(request.from));
  const date = request.date ?? new Date().toISOString().slice(0, 10);

  const read = await readWorkbookFile(from);
  if (!read.table) return { kind: 'unreadable', file: read.file, findings: read.findings };
  const workbook = readConsolidation(read.table);
  const results = opdResults(workbook, lang);
  const wanted = (request.opds ?? []).map(opdKeyOf);
  for (const kode of request.opds ?? []) if (!results.some((r) => opdKeyOf(r.line.kodeOpd) === opdKeyOf(kode))) throw new UsageError(text.unknownOpd(kode));
  const chosen = wanted.length === 0 ? results : results.filter((r) => wanted.includes(opdKeyOf(r.line.kodeOpd)));
  const ctx: ReportContext = { workbook, text, date, scoredCount: results.filter((r) => r.total !== undefined).length };

  // Everything is rendered before the first byte is written.
  const files: { path: string; bytes: Uint8Array; report: WrittenReport }[] = [];
  const out = resolve(request.out);
  progress.start(chosen.length + 1);
  try {
    for (const opd of chosen) {
      const path = join(out, lheFileName(opd.line.kodeOpd, workbook.periode));
      files.push({ path, bytes: await Packer.toBuffer(lheDocument(ctx, opd)), report: opdReport(opd, path) });
      progress.step(opd.line.kodeOpd);
    }
    const summaryPath = join(out, summaryFileName(workbook.periode));
    files.push({ path: summaryPath, bytes: await Packer.toBuffer(summaryDocument(ctx, results)), report: { kind: 'summary', path: summaryPath } });
    progress.step(summaryFileName(workbook.periode));
  } finally {
    progress.stop();
  }

  await mkdir(out, { recursive: true });
  const done: string[] = [];
  try {
    for (const file of files) {
      await writeFileAtomic(file.path, file.bytes);
      done.push(file.path);
    }
  } catch (error) {
    for (const path of done) await rm(path, { force: true });
    throw error;
  }
  return { kind: 'done', written: files.map((f) => f.report) };
}

function opdReport(opd: OpdResult, path: string): WrittenReport {
  return { kind: 'opd', kodeOpd: opd.line.kodeOpd, path, ...(opd.total !== undefined ? { total: opd.total } : {}), ...(opd.grade ? { predikat: opd.grade.predikat } : {}) };
}
