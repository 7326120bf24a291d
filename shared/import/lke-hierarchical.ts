/**
 * Hierarchical LKE (docs/import.md §2): a city Inspektorat's evaluation sheet with components,
 * sub-components and criteria in rows, a weight column, the OPD's answer band and optional evaluator
 * bands. Rows are typed without styles: by the column their text sits in (Komponen, Sub Komponen,
 * Kriteria, Bukti Dukung), else by their numbering (`A`, `A.1`, `A.1.1`; `1`, `1.a`, `1.a.1`).
 * A criterion answered on its document rows (`Y`/`T` per document) is scored per document.
 */
import { cellAt, cellText } from '../table/cells';
import type { TableCell } from '../table/table';
import { subKey, type AnswerType, type Component, type Criterion, type EvaluationModel } from '../models/model';
import type { LkeEntry } from '../parse/opd-workbook-model';
import { columnsUnder, findHeaderBand, headerKey, type BandColumnSpec, type SheetView } from './header-bands';
import type { ImportedLke } from './imported-lke';
import type { LayoutContext, LayoutDetection, LayoutRead, SheetLayout } from './layout';
import { mapCriteriaToModel } from './map-criteria';
import { parseNumberIn, readNumberIn } from './number-convention';
import { answerOptions, criterionWeights, isLetterType } from './lke-coefficients';

/** Band titles of the OPD's own answers, and of the evaluators' stages (earliest first). */
export const OPD_BANDS = ['Penilaian Mandiri', 'Penilaian Perangkat Daerah', 'Nilai PM', 'Usulan', 'Jawaban Auditee'];
export const EVALUATOR_BANDS = ['Penilaian Evaluator', 'Verval', 'Nilai Evaluasi', 'Penjaminan Kualitas', 'Penetapan', 'Penilaian Final'];
const ANSWER_NAMES = ['Kriteria Penilaian', 'Jawaban', 'Y/T', 'Y/T, A/B/C/D', 'Penilaian'];

type Key = 'kode' | 'no' | 'komponen' | 'sub' | 'uraian' | 'bobot' | 'bukti' | 'docCount' | 'jawaban' | 'nilai' | 'koefisien' | 'jumlahKriteria';

export const LKE_HIERARCHICAL_SPECS: readonly BandColumnSpec<Key>[] = [
  { key: 'uraian', names: ['Kriteria Komponen', 'Kriteria', 'Komponen/Sub Komponen', 'Komponen/Sub Komponen/Kriteria', 'Uraian'], required: true },
  { key: 'bobot', names: ['Bobot Maksimal', 'Bobot', 'Nilai Maksimal'], required: true },
  { key: 'jawaban', names: ANSWER_NAMES, under: OPD_BANDS, required: true },
  { key: 'nilai', names: ['Nilai'], under: OPD_BANDS },
  { key: 'koefisien', names: ['Koefisien Kriteria', 'Koefisien'], under: OPD_BANDS },
  { key: 'jumlahKriteria', names: ['Jumlah Kriteria', 'Jumlah Kriteria Komponen Penilaian', 'Jumlah Kriteria Komponen'] },
  { key: 'kode', names: ['Kode', 'Kode Kriteria'] },
  { key: 'no', names: ['No', 'No.', 'Nomor'] },
  { key: 'komponen', names: ['Komponen'] },
  { key: 'sub', names: ['Sub Komponen', 'Subkomponen'] },
  { key: 'bukti', names: ['Bukti Dukung', 'Dokumen Bukti Dukung', 'Bukti'] },
  { key: 'docCount', names: ['Jumlah Bukti Dukung'] },
];

/** `A`, `A.`, `B. Pengukuran Kinerja`, `A.1`, `A.1.1`, `1`, `1.a`, `1.a.1`, `AREN001.1` → its depth (1–3). */
export function numberingDepth(text: string): number | undefined {
  const t = text.trim();
  const code = /^[A-Z]{2,}\d+(\.\d+)?$/i.exec(t);
  if (code) return code[1] ? 3 : undefined;
  const match = /^([A-Z]|[0-9]{1,2}|[IVX]{1,4})(?:[.)]([a-z0-9]{1,2}))?(?:[.)]([a-z0-9]{1,2}))?\.?(?:\s+(.*))?$/i.exec(t);
  if (!match) return undefined;
  return match[3] ? 3 : match[2] ? 2 : 1;
}

/** `B. Pengukuran Kinerja` → `Pengukuran Kinerja`; `1. Perencanaan Kinerja` → `Perencanaan Kinerja`. */
export function withoutNumbering(text: string): string {
  return text.replace(/^\s*(?:[A-Z]|\d{1,2}|[IVX]{1,4})(?:\.[a-z0-9]{1,2}){0,2}[.)]?\s+/i, '').trim();
}

const SUBTOTAL = /^(jumlah|total|sub ?total|nilai sub ?komponen|nilai komponen|nilai akuntabilitas|nilai akhir)/i;

/** `Y/T`, `A/B/C/D`, `A/B/C/D/E`, `-`: a placeholder for "not answered yet". */
export function isPlaceholder(text: string): boolean {
  const t = text.replace(/\s+/g, '').toUpperCase();
  return t === '-' || /^[A-Z]{1,2}(\/[A-Z]{1,2})+$/.test(t) || t === 'BELUMDIISI' || t === 'MEMADAI/BELUMMEMADAI';
}

/** The scale an answer is written on, when it tells (A → A-D here: the four-step scale of hierarchical LKEs). */
function scaleOf(text: string): AnswerType | undefined {
  const t = text.replace(/\s+/g, '').toUpperCase();
  if (t === 'Y' || t === 'T' || t === 'Y/T' || t === 'YA' || t === 'TIDAK') return 'Y/T';
  if (/^[A-D]$/.test(t) || t === 'A/B/C/D') return 'A-D';
  if (t === 'E' || t === 'A/B/C/D/E') return 'A-E';
  if (t === 'MEMADAI' || t === 'BELUMMEMADAI' || t === 'MEMADAI/BELUMMEMADAI') return 'M/BM';
  if (/^\d+([.,]\d+)?%?$/.test(t)) return '%';
  return undefined;
}

const shortNameOf = (name: string): string => name.split(/\s+/)[0] ?? name;

interface DraftCriterion {
  fileCode: string;
  text: string;
  textCell: string;
  answer: string;
  /** The criterion row's answer cell as written (placeholders included). */
  written: string;
  answerCell: string;
  type?: AnswerType;
  documents: { nama: string; jawaban: string; bobot: number; cell: string }[];
  evaluator?: { jawaban: string; catatan: string };
  /** Values in the band's columns no field reads (header → value). */
  lainnya: { kolom: string; nilai: string }[];
  /** The answer's value as the file writes it beside the answer (`KOEFISIEN KRITERIA`), and its OPD `Nilai`. */
  coefficient?: number;
  nilai?: number;
  /** The criterion's own weight (Bobot on its row) and its count of the sub-component's criteria (`Jumlah Kriteria`). */
  weight: number | null;
  count: number | null;
}
interface DraftSub {
  name: string;
  weight: number | null;
  fileScore: number | null;
  criteria: DraftCriterion[];
}
interface DraftComponent {
  name: string;
  weight: number | null;
  subs: DraftSub[];
}

export function detectLkeHierarchical(view: SheetView): LayoutDetection | null {
  const match = findHeaderBand(view, LKE_HIERARCHICAL_SPECS);
  return match ? { score: match.found, match } : null;
}

export function readLkeHierarchical(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead {
  const { sheet } = view;
  const { band, columns } = detection.match;
  const col = (key: Key): number | undefined => columns[key];
  const at = (r: number, key: Key): TableCell | undefined => {
    const c = col(key);
    return c === undefined ? undefined : cellAt(sheet, r, c);
  };
  const text = (r: number, key: Key): string => {
    const cell = at(r, key);
    return cell && cell.value.type !== 'error' ? cellText(cell.value).replace(/\s+/g, ' ').trim() : '';
  };
  const answerOf = (cell: TableCell | undefined): string => {
    if (!cell || cell.value.type === 'error') return '';
    const t = cellText(cell.value).trim();
    return isPlaceholder(t) ? '' : t;
  };
  // Evaluator stages: each band title with an answer column (and a note column when it has one).
  const stages = EVALUATOR_BANDS.flatMap((title) => {
    const under = columnsUnder(band, [title]);
    const answer = under.find((c) => ANSWER_NAMES.some((n) => headerKey(n) === c.keys[c.keys.length - 1]));
    return answer ? [{ title, answer: answer.column }] : [];
  });
  // The band's other columns: nothing a criterion row holds there is lost (sakip import notes it).
  const read = new Set<number>([...Object.values(columns).filter((c): c is number => c !== undefined), ...stages.map((s) => s.answer)]);
  const unread = band.columns.filter((c) => !read.has(c.column) && c.name !== '');
  const othersOf = (r: number): { kolom: string; nilai: string }[] =>
    unread.flatMap((c) => {
      const cell = cellAt(sheet, r, c.column);
      // Numbers as Indonesian staff write them (0,66).
      const value = cell.value.type === 'error' ? '' : cell.value.type === 'number' ? String(cell.value.value).replace('.', ',') : cellText(cell.value).trim();
      return value === '' ? [] : [{ kolom: c.name, nilai: value }];
    });

  const components: DraftComponent[] = [];
  const current = (): DraftComponent => {
    if (components.length === 0) components.push({ name: '', weight: null, subs: [] });
    return components[components.length - 1]!;
  };
  const currentSub = (): DraftSub => {
    const component = current();
    if (component.subs.length === 0) component.subs.push({ name: '', weight: null, fileScore: null, criteria: [] });
    return component.subs[component.subs.length - 1]!;
  };
  let criterion: DraftCriterion | undefined;
  const weightOf = (r: number): number | null => {
    const cell = at(r, 'bobot');
    return cell ? readNumberIn(cell, 'Bobot', context.convention, context.report) ?? null : null;
  };
  /** A number cell, or a text number in the source's convention; anything else (`Belum Diisi`) is no number. */
  const numberOf = (r: number, key: Key): number | undefined => {
    const cell = at(r, key);
    if (!cell) return undefined;
    if (cell.value.type === 'number') return cell.value.value;
    return cell.value.type === 'text' ? parseNumberIn(cell.value.value, context.convention) : undefined;
  };
  const numberAt = <F extends string>(r: number, key: Key, field: F): Partial<Record<F, number>> => {
    const value = numberOf(r, key);
    return value === undefined ? {} : ({ [field]: value } as Record<F, number>);
  };
  const nilaiOf = (r: number): number | null => {
    const cell = at(r, 'nilai');
    return cell && cell.value.type === 'number' ? cell.value.value : null;
  };

  for (let r = band.dataStart; r < sheet.rows.length; r += 1) {
    const row = sheet.rows[r];
    if (!row || row.length === 0) continue;
    const uraian = text(r, 'uraian');
    const komponen = text(r, 'komponen');
    const sub = text(r, 'sub');
    const numbering = text(r, 'no') || text(r, 'kode');
    if (SUBTOTAL.test(uraian) || SUBTOTAL.test(komponen) || SUBTOTAL.test(numbering)) continue;
    const depth = numbering ? numberingDepth(numbering) : uraian ? numberingDepth(uraian.split(/\s+/)[0] ?? '') : undefined;
    const singleColumn = col('komponen') === undefined && col('sub') === undefined;

    const isSub = sub !== '' || (uraian !== '' && singleColumn && depth === 2);
    const isComponent = !isSub && ((komponen !== '' && uraian === '') || (uraian !== '' && singleColumn && depth === 1) || (uraian === '' && komponen === '' && depth === 1 && withoutNumbering(numbering) !== ''));
    if (isSub) {
      const name = sub || withoutNumbering(uraian);
      if (komponen !== '' && komponen !== current().name) components.push({ name: komponen, weight: null, subs: [] });
      current().subs.push({ name, weight: weightOf(r), fileScore: nilaiOf(r), criteria: [] });
      criterion = undefined;
      continue;
    }
    if (isComponent) {
      const name = komponen || withoutNumbering(uraian || numbering);
      components.push({ name, weight: weightOf(r), subs: [] });
      criterion = undefined;
      continue;
    }
    const answerCell = at(r, 'jawaban');
    if (uraian !== '') {
      const written = answerCell && answerCell.value.type !== 'error' ? cellText(answerCell.value).trim() : '';
      const evaluator = stagesOf(r);
      criterion = {
        fileCode: text(r, 'kode') || text(r, 'no'),
        text: withoutNumbering(uraian) || uraian,
        textCell: at(r, 'uraian')!.address,
        answer: answerOf(answerCell),
        written,
        answerCell: answerCell?.address ?? '',
        ...(scaleOf(written) ? { type: scaleOf(written)! } : {}),
        documents: [],
        ...(evaluator ? { evaluator } : {}),
        lainnya: othersOf(r),
        ...numberAt(r, 'koefisien', 'coefficient'),
        ...numberAt(r, 'nilai', 'nilai'),
        weight: numberOf(r, 'bobot') ?? null,
        count: numberOf(r, 'jumlahKriteria') ?? null,
      };
      currentSub().criteria.push(criterion);
      continue;
    }
    // A document row of the current criterion: its name, its answer and its count.
    const bukti = text(r, 'bukti');
    if (criterion && (bukti !== '' || answerOf(answerCell) !== '')) {
      const written = answerCell && answerCell.value.type !== 'error' ? cellText(answerCell.value).trim() : '';
      const countCell = at(r, 'docCount');
      const count = countCell ? (countCell.value.type === 'number' ? countCell.value.value : 0) : 1;
      if (written !== '' || criterion.documents.length > 0) {
        criterion.documents.push({ nama: bukti, jawaban: answerOf(answerCell), bobot: count, cell: answerCell?.address ?? '' });
        if (!criterion.type && scaleOf(written)) criterion.type = scaleOf(written);
      }
    }
  }

  function stagesOf(r: number): { jawaban: string; catatan: string } | undefined {
    const filled = stages.flatMap((s) => {
      const answer = answerOf(cellAt(sheet, r, s.answer));
      return answer === '' ? [] : [{ title: s.title, answer }];
    });
    const last = filled[filled.length - 1];
    if (!last) return undefined;
    const earlier = filled.slice(0, -1).map((f) => `${f.title}: ${f.answer}`);
    return { jawaban: last.answer, catatan: earlier.join('; ') };
  }

  return { part: 'lke', lke: buildImportedLke(components, sheet.name, context) };
}

/** Weights as fractions of 1 (Σ components ≈ 1) become points (× 100). */
function weightFactor(total: number): number {
  return Math.abs(total - 1) < 0.02 ? 100 : 1;
}

const roundWeight = (w: number): number => Math.round(w * 1e9) / 1e9;

function buildImportedLke(drafts: DraftComponent[], sheetName: string, context: LayoutContext): ImportedLke {
  const used = drafts.filter((c) => c.subs.some((s) => s.criteria.length > 0));
  // A component without its own weight weighs the sum of its sub-components.
  const componentWeights = used.map((c) => c.weight ?? c.subs.reduce((sum, s) => sum + (s.weight ?? 0), 0));
  const totalWeight = componentWeights.reduce((a, b) => a + b, 0);
  const factor = weightFactor(totalWeight);
  if (used.length > 0 && Math.abs(totalWeight * factor - 100) > 0.5) {
    context.report.add('IMPORT_VALUE_NOT_UNDERSTOOD', undefined, { what: 'Jumlah bobot komponen', text: String(Math.round(totalWeight * 1e6) / 1e6) });
  }
  const components: Component[] = [];
  const criteria: Criterion[] = [];
  const entries: LkeEntry[] = [];
  const fileScores = new Map<string, number>();
  const fileCodes = new Map<string, string>();
  let hasFileScores = false;
  const typeCounts = new Map<AnswerType, number>();
  for (const c of used) for (const s of c.subs) for (const k of s.criteria) if (k.type && k.documents.length === 0) typeCounts.set(k.type, (typeCounts.get(k.type) ?? 0) + 1);
  const commonType = [...typeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'A-D';
  // The file's own values per answer (its coefficient column), and the letter scale they fit.
  const coefficientRows = used.flatMap((c) =>
    c.subs.flatMap((s) =>
      s.criteria
        .filter((k) => k.documents.length === 0 || k.written !== '')
        .map((k) => ({ answer: k.answer.toUpperCase().replace(/\s+/g, ' '), ...(k.type ? { type: k.type } : {}), ...(k.coefficient !== undefined ? { coefficient: k.coefficient } : {}), ...(k.nilai !== undefined ? { nilai: k.nilai } : {}), cell: k.answerCell || k.textCell })),
    ),
  );
  const fileOptions = answerOptions(coefficientRows, commonType, context.report);
  const typeOf = (type: AnswerType): AnswerType => (fileOptions.letterType && isLetterType(type) ? fileOptions.letterType : type);

  used.forEach((draft, i) => {
    const number = i + 1;
    const subs = draft.subs.filter((s) => s.criteria.length > 0);
    // Unequal criterion weights (a Bobot per criterion, or Jumlah Kriteria): the sub-component sums them (akumulasi).
    const weightsOf = subs.map((s) => criterionWeights(s.criteria, s.weight ?? 0, s.name, context.report));
    components.push({
      number,
      name: draft.name || `Komponen ${number}`,
      shortName: shortNameOf(draft.name || `Komponen ${number}`),
      weight: roundWeight(componentWeights[i]! * factor),
      subComponents: subs.map((s, j) => ({
        slot: j + 1,
        name: s.name || `Sub Komponen ${j + 1}`,
        weight: roundWeight((s.weight ?? 0) * factor),
        ...(weightsOf[j] ? { method: 'akumulasi' as const } : {}),
      })),
    });
    subs.forEach((s, j) => {
      const slot = j + 1;
      if (s.fileScore !== null) hasFileScores = true;
      fileScores.set(subKey(number, slot), (s.fileScore ?? 0) * factor);
      s.criteria.forEach((k, n) => {
        const code = `${number}.${slot}.${n + 1}`;
        const perDokumen = k.written === '' && k.documents.length > 0;
        const type: AnswerType = perDokumen ? 'Y/T' : typeOf(k.type ?? commonType);
        const options = perDokumen ? undefined : fileOptions.options.get(type);
        const weight = weightsOf[j]?.[n];
        criteria.push({
          code,
          component: number,
          slot,
          text: k.text,
          type,
          ...(options ? { options } : {}),
          ...(perDokumen ? { perDokumen: true } : {}),
          ...(weight !== undefined ? { weight: roundWeight(weight * factor) } : {}),
        });
        if (k.fileCode) fileCodes.set(k.fileCode, code);
        const entry: LkeEntry = {
          kode: code,
          uraian: k.text,
          jawaban: perDokumen ? '' : k.answer,
          catatan: k.fileCode ? `Kode berkas: ${k.fileCode}` : '',
          buktiDukung: k.documents.map((d) => d.nama).filter((n) => n !== '').join('; '),
          cells: { kode: k.textCell, jawaban: k.answerCell || k.textCell },
        };
        if (perDokumen) {
          entry.dokumen = k.documents.map((d) => ({ ...d, cell: d.cell || k.textCell }));
          entry.cells.jawaban = entry.dokumen[0]!.cell;
        }
        if (k.evaluator) entry.evaluator = k.evaluator;
        if (k.lainnya.length > 0) entry.lainnya = k.lainnya;
        entries.push(entry);
      });
    });
  });
  const model: EvaluationModel = { id: `LKE ${context.file}`, name: `LKE ${context.file} (${sheetName})`, components, criteria, rules: [] };
  const mapped = mapCriteriaToModel(model, entries, context);
  return {
    model: mapped.model,
    entries: mapped.entries,
    ...(hasFileScores ? { fileScores } : {}),
    fileCodes: new Map([...fileCodes].map(([file, code]) => [file, mapped.codes.get(code) ?? code])),
  };
}

export const LKE_HIERARCHICAL: SheetLayout = {
  id: 'lke-hierarki',
  title: { id: 'LKE berjenjang (komponen, sub komponen, kriteria)', en: 'Hierarchical LKE (components, sub-components, criteria)' },
  part: 'lke',
  detect: detectLkeHierarchical,
  read: readLkeHierarchical,
};
