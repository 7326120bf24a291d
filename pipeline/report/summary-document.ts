/**
 * The city summary as a Word document: every listed OPD with its status, evaluator total,
 * predikat and rank; the predikat distribution; the OPDs not scored (not submitted, rejected)
 * with the reason; the method; a signature.
 */
import type { Document } from 'docx';
import { PREDIKAT_TABLE } from '../../shared';
import { heading, paragraph, table, type Block } from './docx-blocks';
import { documentOf, methodBlocks, score, signatureBlocks, type ReportContext } from './lhe-document';
import type { OpdResult } from './opd-results';
import { opdKeyOf } from './read-consolidation';
import { longDate } from './report-texts';

/** At most this many error messages explain a rejection. */
const REASONS_SHOWN = 3;

export function rejectionReason(ctx: ReportContext, kodeOpd: string, status: string): string {
  if (status === 'Belum Mengirim') return ctx.text.notSubmitted;
  const errors = ctx.workbook.temuan.filter((t) => opdKeyOf(t.kodeOpd) === opdKeyOf(kodeOpd) && t.severity === 'error').map((t) => t.message);
  if (errors.length === 0) return ctx.text.rejectedNoReason;
  const more = errors.length > REASONS_SHOWN ? ` (+${errors.length - REASONS_SHOWN})` : '';
  return `${errors.slice(0, REASONS_SHOWN).join('; ')}${more}`;
}

export function summaryDocument(ctx: ReportContext, results: readonly OpdResult[]): Document {
  const { text, workbook } = ctx;
  const byKode = new Map(results.map((r) => [opdKeyOf(r.line.kodeOpd), r]));
  const ranked = [...results].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.no - b.no);
  const unscored = workbook.ringkasan.filter((line) => !byKode.has(opdKeyOf(line.kodeOpd)));
  const rows = [
    ...ranked.map((r) => [r.rank === undefined ? '' : String(r.rank), r.line.kodeOpd, r.line.namaOpd, r.line.status, r.total === undefined ? '#N/A' : score(r.total), r.grade?.predikat ?? '']),
    ...unscored.map((line) => ['', line.kodeOpd, line.namaOpd, line.status, '', '']),
  ];
  const distribution = PREDIKAT_TABLE.map((band) => [band.predikat, text.labelOf(band.predikat, band.label), String(results.filter((r) => r.grade?.predikat === band.predikat).length)]);
  const blocks: Block[] = [
    paragraph(text.city(workbook.namaKota), { bold: true, center: true, size: 26 }),
    paragraph(text.summaryTitle(workbook.namaKota, workbook.periode), { bold: true, center: true, size: 28 }),
    paragraph(`${text.tanggal}: ${longDate(ctx.date, text)}`, { center: true }),
    paragraph(text.summaryIntro(workbook.ringkasan.length, results.length)),
    table(text.summaryHeaders, rows, { widths: [10, 14, 40, 14, 11, 11], numeric: [0, 4] }),
    heading(text.distribution, 2),
    table(text.distributionHeaders, distribution, { widths: [20, 50, 30], numeric: [2] }),
    heading(text.notScored, 2),
    unscored.length === 0
      ? paragraph(text.allScored, { italic: true })
      : table(text.notScoredHeaders, unscored.map((line) => [line.kodeOpd, line.namaOpd, line.status, rejectionReason(ctx, line.kodeOpd, line.status)]), { widths: [14, 30, 16, 40] }),
  ];
  return documentOf(text.summaryTitle(workbook.namaKota, workbook.periode), text.summaryTitle(workbook.namaKota, workbook.periode), [
    blocks,
    [...methodBlocks(ctx), ...signatureBlocks(ctx, '')],
  ]);
}
