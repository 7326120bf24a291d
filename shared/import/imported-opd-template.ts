/**
 * A foreign workbook, read and assessed, as a SAKIP Kit OPD workbook (docs/import.md §6,
 * `sakip import`): the own template (workbook-format.md §1) on the city's model, filled with the
 * identity (Profil), the answers (LKE), the indicators (Kinerja), the tree (Pohon Kinerja) and the
 * recommendations (Rekomendasi). Nothing is lost: what the template has no field for (the file's
 * criterion code, evaluator stages, per-document answers, columns no field reads) goes to the
 * criterion's `Catatan`, with a finding. An answer is written as the option of the city's model
 * that has the same value; where none has, the nearest one is written, the file's answer kept in
 * the note, and a finding says so. Host-neutral: the pipeline writes the sheets with exceljs.
 */
import type { OpdAssessment } from '../assess/assess-opd';
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { formatNumber } from '../format/number-format';
import type { Criterion, EvaluationModel } from '../models/model';
import { MONTH_LONG_ID } from '../parse/month-name';
import { PROFIL_LABELS } from '../parse/opd-format';
import type { Indicator, LkeEntry, PohonNode, Rekomendasi } from '../parse/opd-workbook-model';
import { answerScale, type ScaleStep } from '../scoring/answer-scale';
import { DEFAULT_TEMPLATE_DATA_ROWS, opdTemplate, type SheetTemplate, type TemplateCell } from '../template/opd-template';
import { structureOf } from './map-criteria';

export type ImportedOpdTemplate =
  | { readonly ok: true; readonly sheets: SheetTemplate[]; readonly findings: Finding[] }
  | { readonly ok: false; readonly findings: Finding[] };

/** Extra prepared rows under the imported ones (dropdowns for what staff add next). */
const SPARE_ROWS = 50;
const SAME = 1e-9;
const notePart = (value: number): string => formatNumber(value, 'id', 4);

/** The steps a criterion's answer may take, best first. */
function stepsOf(criterion: Criterion): readonly ScaleStep[] {
  if (criterion.options && criterion.options.length > 0) return criterion.options;
  if (criterion.perDokumen) return answerScale('Y/T');
  return answerScale(criterion.type);
}

/** The answer of `target` worth `value`: `exact` when one has that value, else the nearest. */
function answerWorth(target: Criterion, value: number): { answer: string; value: number; exact: boolean } {
  if (target.type === '%' && !(target.options && target.options.length > 0)) {
    const percent = Math.round(value * 100 * 1e6) / 1e6;
    return { answer: String(percent).replace('.', ','), value: percent / 100, exact: Math.abs(percent / 100 - value) < SAME };
  }
  const steps = stepsOf(target);
  let best = steps[0]!;
  for (const step of steps) if (Math.abs(step.value - value) < Math.abs(best.value - value)) best = step;
  return { answer: best.answer, value: best.value, exact: Math.abs(best.value - value) < SAME };
}

interface LkeCells {
  readonly jawaban: string;
  readonly catatan: string;
  readonly buktiDukung: string;
}

/** One criterion's answer and note in the own template. */
function lkeCells(entry: LkeEntry, target: Criterion, value: number | undefined, assessment: OpdAssessment, findings: Finding[]): LkeCells {
  const notes: string[] = [];
  if (entry.catatan !== '') notes.push(entry.catatan);
  let jawaban = '';
  const where = { file: assessment.workbook.file, sheet: assessment.workbook.lkeSheet, cell: entry.cells.jawaban };
  if (entry.dokumen && entry.dokumen.length > 0) {
    const answered = entry.dokumen.filter((d) => d.jawaban !== '');
    const shown = entry.dokumen.map((d) => `${d.nama || 'dokumen'}: ${d.jawaban || '-'}`).join('; ');
    const yes = entry.dokumen.filter((d) => d.jawaban.trim().toUpperCase() === 'Y').length;
    notes.push(`Dokumen (${yes}/${entry.dokumen.length} Y): ${shown}`);
    if (answered.length === 0) value = undefined;
  }
  const perDokumen = entry.dokumen !== undefined && entry.dokumen.length > 0;
  const written = perDokumen ? entry.dokumen!.map((d) => d.jawaban || '-').join(';') : entry.jawaban;
  if (value !== undefined) {
    const worth = answerWorth(target, value);
    jawaban = worth.answer;
    if (!worth.exact) {
      notes.push(`Jawaban berkas: ${written} (${notePart(value)})`);
      findings.push(makeFinding('IMPORT_ANSWER_RESCALED', where, { kode: entry.kode, jawaban: written, fileValue: value, answer: worth.answer, value: worth.value }));
    } else if (!perDokumen && written.trim().toUpperCase() !== worth.answer.toUpperCase()) {
      notes.push(`Jawaban berkas: ${written}`);
    }
  } else if (!perDokumen) {
    // Blank, or an answer the file's own scale does not take: kept as written, so validate reports it.
    jawaban = entry.jawaban;
  }
  if (entry.evaluator) notes.push(`Jawaban evaluator: ${entry.evaluator.jawaban}${entry.evaluator.catatan ? ` (${entry.evaluator.catatan})` : ''}`);
  for (const other of entry.lainnya ?? []) notes.push(`${other.kolom}: ${other.nilai}`);
  return { jawaban, catatan: notes.join(' | '), buktiDukung: entry.buktiDukung };
}

function lkeSheet(sheet: SheetTemplate, assessment: OpdAssessment, target: EvaluationModel, findings: Finding[]): SheetTemplate {
  const entries = new Map((assessment.workbook.lke ?? []).map((e) => [e.kode, e]));
  const targetCriteria = new Map(target.criteria.map((c) => [c.code, c]));
  const rows = sheet.rows.map((row, r) => {
    const code = typeof row[0] === 'string' ? row[0] : '';
    const entry = r === 0 ? undefined : entries.get(code);
    const criterion = targetCriteria.get(code);
    if (!entry || !criterion) return row;
    const cells = lkeCells(entry, criterion, assessment.values.get(code), assessment, findings);
    const out: TemplateCell[] = [...row];
    out[2] = cells.jawaban === '' ? null : cells.jawaban;
    out[4] = cells.catatan === '' ? null : cells.catatan;
    out[5] = cells.buktiDukung === '' ? null : cells.buktiDukung;
    return out;
  });
  return { ...sheet, rows };
}

const plainNumber = (value: number): string => String(value).replace('.', ',');

function kinerjaRow(indicator: Indicator): TemplateCell[] {
  const target: TemplateCell = indicator.target === null ? null : indicator.target.kind === 'number' ? indicator.target.value : `${plainNumber(indicator.target.low)} - ${plainNumber(indicator.target.high)}`;
  const months = (values: readonly (number | null)[]): TemplateCell[] => Array.from({ length: 12 }, (_, i) => values[i] ?? null);
  return [
    indicator.kode,
    indicator.indikator,
    indicator.satuan || null,
    indicator.polaritas === 'negatif' ? 'Negatif' : 'Positif',
    indicator.agregasi,
    indicator.kodePohon || null,
    indicator.iku ? 'Ya' : 'Tidak',
    target,
    ...months(indicator.monthlyTargets),
    ...months(indicator.realisasi),
  ];
}

const pohonRow = (node: PohonNode): TemplateCell[] => [node.kode, node.kodeInduk || null, node.level ?? null, node.uraian, node.penanggungJawab || null];
const rekomendasiRow = (r: Rekomendasi): TemplateCell[] => [r.no, r.rekomendasi, r.tindakLanjut || null, r.status, r.buktiDukung || null];

const withRows = (sheet: SheetTemplate, rows: readonly TemplateCell[][]): SheetTemplate => ({ ...sheet, rows: [...sheet.rows, ...rows] });

const label = (key: (typeof PROFIL_LABELS)[number]['key']): string => PROFIL_LABELS.find((spec) => spec.key === key)!.names[0];

/**
 * The own template for an assessed foreign workbook. `target`: the city's model (or the default);
 * an imported LKE must have been mapped onto it (same structure), else nothing is written.
 */
export function importedOpdTemplate(assessment: OpdAssessment, target: EvaluationModel): ImportedOpdTemplate {
  const { workbook } = assessment;
  const lke = assessment.imported?.lke;
  if (lke && lke.model.baseModel === undefined) {
    return {
      ok: false,
      findings: [makeFinding('IMPORT_NOT_CONVERTIBLE', { file: workbook.file, sheet: workbook.lkeSheet }, { structure: structureOf(lke.model), model: target.id, modelStructure: structureOf(target) })],
    };
  }
  const findings: Finding[] = [];
  const dataRows = Math.max(DEFAULT_TEMPLATE_DATA_ROWS, workbook.indicators.length + SPARE_ROWS, workbook.pohon.length + SPARE_ROWS, workbook.rekomendasi.length + SPARE_ROWS);
  const [profil, lkeTemplate, kinerja, pohon, rekomendasi] = opdTemplate({ model: target, dataRows });
  const identity = workbook.profil;
  const values: Record<string, TemplateCell> = identity
    ? {
        [label('kodeOpd')]: identity.kodeOpd,
        [label('namaOpd')]: identity.namaOpd || identity.kodeOpd,
        [label('tahun')]: identity.tahun || null,
        [label('periode')]: MONTH_LONG_ID[identity.periode.month - 1] ?? null,
        [label('model')]: target.id,
      }
    : {};
  const profilFilled: SheetTemplate = {
    ...profil!,
    rows: profil!.rows.map((row) => (typeof row[0] === 'string' && row[0] in values ? [row[0], values[row[0]] ?? null] : row)),
  };
  const columns = [...new Set((workbook.lke ?? []).flatMap((e) => (e.lainnya ?? []).map((o) => o.kolom)))];
  if (columns.length > 0) findings.push(makeFinding('IMPORT_COLUMNS_TO_NOTES', { file: workbook.file, sheet: workbook.lkeSheet }, { columns }));
  return {
    ok: true,
    sheets: [
      profilFilled,
      lkeSheet(lkeTemplate!, assessment, target, findings),
      withRows(kinerja!, workbook.indicators.map(kinerjaRow)),
      withRows(pohon!, workbook.pohon.map(pohonRow)),
      withRows(rekomendasi!, workbook.rekomendasi.map(rekomendasiRow)),
    ],
    findings,
  };
}
