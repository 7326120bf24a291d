/**
 * One OPD's evaluation report (Laporan Hasil Evaluasi) as a Word document: cover, method,
 * results per component and sub-component, notes and recommendations by component, what to do
 * next, and the signature block. Every number comes from opd-results.ts; numbers read `70,96`.
 */
import { AlignmentType, Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { formatNumber, formatScore, PREDIKAT_TABLE, round2 } from '../../shared';
import { bullet, gap, heading, labelLine, paragraph, table, type Block } from './docx-blocks';
import type { OpdResult, ReportRekomendasi } from './opd-results';
import type { ConsolidatedWorkbook } from './read-consolidation';
import { longDate, monthYear, type ReportText } from './report-texts';

export interface ReportContext {
  readonly workbook: ConsolidatedWorkbook;
  readonly text: ReportText;
  /** `yyyy-mm-dd`. */
  readonly date: string;
  /** How many OPDs were scored (for "rank r of n"). */
  readonly scoredCount: number;
}

export const score = (value: number): string => formatScore(round2(value));
export const signed = (value: number): string => `${value > 0 ? '+' : ''}${score(value)}`;
const weight = (value: number): string => formatNumber(value);
const percent = (value: number, of: number): string => (of > 0 ? `${formatNumber((value / of) * 100, 'id', 2)} %` : '');

/** `700.1.2.1/LHE/03/DINKES/2025`. */
export function reportNumber(workbook: ConsolidatedWorkbook, opd: OpdResult): string {
  const prefix = workbook.lhe.nomorLhe || 'LHE';
  return `${prefix}/${String(opd.no).padStart(2, '0')}/${opd.line.kodeOpd}/${workbook.tahun}`;
}

function cover(ctx: ReportContext, opd: OpdResult): Block[] {
  const { workbook, text } = ctx;
  const team = [workbook.lhe.penandaTangan, workbook.lhe.jabatan].filter(Boolean).join(', ') || text.unsigned;
  return [
    paragraph(text.city(workbook.namaKota), { bold: true, center: true, size: 28 }),
    gap(),
    gap(),
    paragraph(text.title, { bold: true, center: true, size: 36 }),
    paragraph(text.subtitle(workbook.tahun), { bold: true, center: true, size: 28 }),
    paragraph(text.on, { bold: true, center: true, size: 28 }),
    paragraph(opd.line.namaOpd.toUpperCase(), { bold: true, center: true, size: 32 }),
    gap(),
    labelLine(text.nomor, reportNumber(workbook, opd)),
    labelLine(text.tanggal, longDate(ctx.date, text)),
    labelLine(text.periode, monthYear(workbook.periode, text)),
    labelLine(text.tim, team),
  ];
}

/** The method section: components and weights, answer scale, predikat table, bound mode. (Shared with the city summary.) */
export function methodBlocks(ctx: ReportContext): Block[] {
  const { workbook, text } = ctx;
  const model = workbook.model;
  const mode = workbook.boundMode;
  const rows: string[][] = [];
  for (const component of model.components) {
    rows.push([`${component.number}. ${component.name}`, '', weight(component.weight)]);
    for (const sub of component.subComponents) rows.push(['', `${component.number}.${sub.slot} ${sub.name}`, weight(sub.weight)]);
  }
  const op = mode === 'inklusif' ? '≥' : '>';
  const bands = PREDIKAT_TABLE.map((band, i) => {
    const upper = i === 0 ? '100' : `${mode === 'inklusif' ? '<' : '≤'} ${PREDIKAT_TABLE[i - 1]!.threshold}`;
    const range = band.threshold === 0 ? `0 – ${upper}` : `${op} ${band.threshold} – ${upper}`;
    return [band.predikat, range, text.labelOf(band.predikat, band.label), text.interpretations[band.predikat]];
  });
  return [
    heading(text.methodTitle),
    paragraph(text.methodIntro(model.id, model.criteria.length)),
    heading(text.components, 3),
    table([text.component, text.subComponent, text.weight], rows, { widths: [45, 40, 15], numeric: [2] }),
    heading(text.scaleTitle, 3),
    table([text.type, text.value], text.scaleRows.map((r) => [...r]), { widths: [20, 80] }),
    heading(text.predikatTitle, 3),
    table([text.predikatTitle, text.range, text.label, text.interpretation], bands, { widths: [12, 20, 18, 50] }),
    paragraph(text.boundMode(mode), { italic: true }),
  ];
}

function results(ctx: ReportContext, opd: OpdResult): Block[] {
  const { text } = ctx;
  const name = opd.line.namaOpd;
  const blocks: Block[] = [heading(text.resultsTitle), paragraph(text.resultsIntro(name))];
  for (const component of opd.score.components) {
    blocks.push(heading(`${component.number}. ${component.name}`, 2));
    blocks.push(paragraph(text.componentSentence(component.name, name, score(component.score), weight(component.weight))));
    blocks.push(
      table(
        [text.subComponent, text.weight, text.value, text.percent],
        component.subComponents.map((sub) => [`${sub.key} ${sub.name}`, weight(sub.weight), score(sub.score), percent(sub.score, sub.weight)]),
        { widths: [52, 14, 14, 20], numeric: [1, 2, 3] },
      ),
    );
    for (const sub of component.subComponents) blocks.push(bullet(text.subSentence(sub.name, score(sub.score), weight(sub.weight))));
  }
  blocks.push(heading(text.totalRow, 2));
  const rows = opd.score.components.map((c) => [`${c.number}. ${c.name}`, weight(c.weight), score(c.score), percent(c.score, c.weight)]);
  rows.push([text.totalRow, '100', opd.total === undefined ? '#N/A' : score(opd.total), opd.total === undefined ? '' : percent(opd.total, 100)]);
  blocks.push(table([text.component, text.weight, text.value, text.percent], rows, { widths: [52, 14, 14, 20], numeric: [1, 2, 3], boldRows: [rows.length - 1] }));
  if (opd.total === undefined || !opd.grade) blocks.push(paragraph(text.noTotal(opd.invalidAnswers.map((a) => a.kode).join(', ')), { bold: true }));
  else {
    blocks.push(paragraph(text.totalSentence(name, score(opd.total), opd.grade.predikat, text.labelOf(opd.grade.predikat, opd.grade.label)), { bold: true }));
    if (opd.rank !== undefined) blocks.push(paragraph(text.rank(opd.rank, ctx.scoredCount)));
  }
  if (opd.perubahan !== undefined && opd.line.nilaiSebelumnya !== undefined) blocks.push(paragraph(text.change(signed(opd.perubahan), score(opd.line.nilaiSebelumnya))));
  else blocks.push(paragraph(text.noChange));
  if (opd.perubahanTahunLalu !== undefined && opd.line.nilaiTahunLalu !== undefined) {
    blocks.push(paragraph(text.changeYear(Math.sign(round2(opd.perubahanTahunLalu)), score(Math.abs(opd.perubahanTahunLalu)), score(opd.line.nilaiTahunLalu))));
  }
  return blocks;
}

const sameComponent = (komponen: string, component: { number: number; name: string; shortName: string }): boolean => {
  const k = komponen.trim().toLowerCase();
  return k === component.shortName.toLowerCase() || k === component.name.toLowerCase() || k === String(component.number);
};

function recommendationTable(ctx: ReportContext, rows: readonly ReportRekomendasi[]): Block {
  const { text } = ctx;
  return table(
    text.recHeaders,
    rows.map((r) => [r.no, r.rekomendasi, r.tindakLanjut, r.overdue ? `${r.status} (${text.overdue})` : r.status, /^\d{4}-\d{2}-\d{2}$/.test(r.batasWaktu) ? longDate(r.batasWaktu, text) : r.batasWaktu, r.prioritas]),
    { widths: [6, 32, 26, 12, 13, 11] },
  );
}

function notesAndRecommendations(ctx: ReportContext, opd: OpdResult): Block[] {
  const { text, workbook } = ctx;
  const blocks: Block[] = [heading(text.notesTitle), paragraph(text.notesIntro(opd.line.namaOpd))];
  const placed = new Set<ReportRekomendasi>();
  for (const component of workbook.model.components) {
    const notes = opd.notes.filter((n) => n.component === component.number);
    const recs = opd.rekomendasi.filter((r) => sameComponent(r.komponen, component));
    recs.forEach((r) => placed.add(r));
    blocks.push(heading(`${component.number}. ${component.name}`, 2));
    blocks.push(heading(text.notes, 3));
    if (notes.length === 0) blocks.push(paragraph(text.noNotes, { italic: true }));
    for (const note of notes) blocks.push(bullet(`${note.kode} ${note.uraian} — ${note.catatan}`));
    blocks.push(heading(text.recommendations, 3));
    blocks.push(recs.length === 0 ? paragraph(text.noRecommendations, { italic: true }) : recommendationTable(ctx, recs));
  }
  const others = opd.rekomendasi.filter((r) => !placed.has(r));
  if (others.length > 0) {
    blocks.push(heading(text.otherComponent, 2));
    blocks.push(recommendationTable(ctx, others));
  }
  return blocks;
}

/** "What to do next": the planner's steps to the next predikat and the open findings with their fix. */
function nextSteps(ctx: ReportContext, opd: OpdResult): Block[] {
  const { text } = ctx;
  const next = opd.next;
  const blocks: Block[] = [heading(text.nextTitle)];
  if (!next.target) blocks.push(paragraph(next.predikat ? text.topGrade : text.noTotal(opd.invalidAnswers.map((a) => a.kode).join(', '))));
  else if (!next.reachable) blocks.push(paragraph(text.unreachable(next.target)));
  else {
    blocks.push(paragraph(text.nextIntro(next.steps.length, next.target, score(next.pointsNeeded))));
    blocks.push(
      table(
        text.stepHeaders,
        next.steps.map((s) => [s.code, s.text, `${s.from ?? text.blank} → ${s.to}`, `+${score(s.gain)}`]),
        { widths: [12, 56, 16, 16], numeric: [3] },
      ),
    );
  }
  blocks.push(heading(text.openFindings, 2));
  if (next.findings.length === 0) blocks.push(paragraph(text.noFindings, { italic: true }));
  else blocks.push(table(text.findingHeaders, next.findings.map((f) => [`${f.title} (${f.code})`, String(f.count), f.fix]), { widths: [35, 10, 55], numeric: [1] }));
  return blocks;
}

/** Closing sentence and signature: place and date, position, name, NIP. (Shared with the city summary.) */
export function signatureBlocks(ctx: ReportContext, closing: string): Block[] {
  const { workbook, text } = ctx;
  const place = workbook.lhe.tempat || workbook.namaKota;
  const right = (t: string, bold = false): Paragraph => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 60 }, children: [new TextRun({ text: t, bold })] });
  return [
    paragraph(closing),
    gap(),
    right(`${place}, ${longDate(ctx.date, text)}`),
    right(workbook.lhe.jabatan || text.tim, true),
    gap(),
    gap(),
    gap(),
    right(workbook.lhe.penandaTangan || '………………………………', true),
    right(`${text.nip}. ${workbook.lhe.nip || '………………………………'}`),
  ];
}

export function pageFooter(label: string): Footer {
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${label} — `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] });
}

export function documentOf(title: string, footer: string, pages: readonly Block[][]): Document {
  return new Document({
    creator: 'SAKIP Kit',
    title,
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: pages.map((children) => ({ properties: {}, footers: { default: pageFooter(footer) }, children })),
  });
}

export function lheDocument(ctx: ReportContext, opd: OpdResult): Document {
  const title = `${ctx.text.title} — ${opd.line.namaOpd} — ${ctx.workbook.periode}`;
  return documentOf(title, `${opd.line.namaOpd} · ${reportNumber(ctx.workbook, opd)}`, [
    cover(ctx, opd),
    [...methodBlocks(ctx), ...results(ctx, opd)],
    [...notesAndRecommendations(ctx, opd), ...nextSteps(ctx, opd), ...signatureBlocks(ctx, ctx.text.closing(opd.line.namaOpd))],
  ]);
}
