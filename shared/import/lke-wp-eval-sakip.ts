/**
 * Layout `lke-wp-eval-sakip`: the LKE page of wp-eval-sakip as its "Excel" export shows it (an HTML
 * table read by html-export-*.ts; docs/import.md). Its header is the hierarchical LKE's
 * (`Komponen/Sub Komponen` over four columns, `Bobot`, `Penilaian Perangkat Daerah` over `Jawaban |
 * Nilai | %`, optionally `Penilaian Evaluator`), but its numbering sits in columns of its own: the
 * component's letter in the first (`A`), the sub-component's in the second (`a`), the criterion's
 * running number in the third (1, 2, … on through the component) and the texts after them. This
 * layout writes each row's numbering in front of its text (`A.`, `A.a`, `A.a.1`) and reads the
 * result as a hierarchical LKE, so both read the same way from there. Then:
 *
 * - the answer scale is wp-eval-sakip's: `Y`/`T`, or `A`–`E` (1 / 0.75 / 0.5 / 0.25 / 0, the A-E
 *   scale); an unanswered criterion takes the type of the city model's criterion at its position;
 * - the criterion's text is its first line (the page adds `Keterangan : …` under it);
 * - the page's sub-component figures are rounded for display (`number_format(…, 2)`), so the
 *   score comes from the answers, not from them.
 */
import { cellAt, cellText } from '../table/cells';
import type { TableCell, TableSheet } from '../table/table';
import { sheetView, type SheetView } from './header-bands';
import type { LayoutContext, LayoutDetection, LayoutRead, SheetLayout } from './layout';
import { detectLkeHierarchical, readLkeHierarchical } from './lke-hierarchical';
import type { AnswerType } from '../models/model';

const LETTER = /^[A-Z]$/;
const SUB_LETTER = /^[a-z]$/;

interface WpColumns {
  /** The four columns under `Komponen/Sub Komponen`. */
  readonly first: number;
}

/** The page's shape: the uraian title over four columns, component rows lettered in the first. */
function wpColumns(view: SheetView, detection: LayoutDetection): WpColumns | undefined {
  const { band, columns } = detection.match as typeof detection.match & { columns: Partial<Record<string, number>> };
  const first = columns.uraian;
  if (first === undefined) return undefined;
  const span = band.columns.filter((c) => c.name === band.columns.find((x) => x.column === first)!.name && c.column >= first && c.column < first + 4);
  if (span.length !== 4) return undefined;
  // The first data rows: a component letter in the first column, its name in the second.
  for (let r = band.dataStart; r < Math.min(view.sheet.rows.length, band.dataStart + 5); r += 1) {
    const letter = cellText(cellAt(view.sheet, r, first).value).trim();
    if (LETTER.test(letter) && cellText(cellAt(view.sheet, r, first + 1).value).trim() !== '') return { first };
  }
  return undefined;
}

/** The sheet with each row's numbering written in front of its text, in the first column. */
function numberedSheet(sheet: TableSheet, dataStart: number, first: number): TableSheet {
  const rows: (TableCell | undefined)[][] = sheet.rows.map((row) => (row ? [...row] : []));
  let component = '';
  let sub = '';
  const text = (r: number, c: number): string => cellText(cellAt(sheet, r, c).value).trim();
  for (let r = dataStart; r < rows.length; r += 1) {
    const [a, b, c, d] = [text(r, first), text(r, first + 1), text(r, first + 2), text(r, first + 3)];
    let uraian: string | undefined;
    if (LETTER.test(a) && b !== '') {
      component = a;
      sub = '';
      uraian = `${a}. ${b}`;
    } else if (a === '' && SUB_LETTER.test(b) && c !== '') {
      sub = b;
      uraian = `${component}.${b} ${c}`;
    } else if (a === '' && b === '' && /^\d+$/.test(c) && d !== '') {
      uraian = `${component}.${sub || 'a'}.${c} ${d.split('\n')[0]!.trim()}`;
    }
    if (uraian === undefined) continue;
    const row = rows[r]!;
    row[first] = { address: cellAt(sheet, r, first).address, value: { type: 'text', value: uraian } };
    for (let k = 1; k < 4; k += 1) row[first + k] = undefined;
  }
  return { name: sheet.name, rows, ...(sheet.merges ? { merges: sheet.merges } : {}) };
}

function detect(view: SheetView): LayoutDetection | null {
  const detection = detectLkeHierarchical(view);
  if (!detection || !wpColumns(view, detection)) return null;
  // The page's own shape: ahead of the generic hierarchical LKE on the same sheet.
  return { score: detection.score + 1, match: detection.match };
}

const typeOfAnswer = (answer: string): AnswerType | undefined => {
  const t = answer.trim().toUpperCase();
  if (t === 'Y' || t === 'T') return 'Y/T';
  if (/^[A-E]$/.test(t)) return 'A-E';
  return undefined;
};

function read(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead {
  const { first } = wpColumns(view, detection)!;
  const numbered = sheetView(numberedSheet(view.sheet, detection.match.band.dataStart, first));
  const inner = detectLkeHierarchical(numbered);
  const read = readLkeHierarchical(numbered, inner ?? detection, context);
  if (read.part !== 'lke') return read;
  const { lke } = read;
  const answers = new Map(lke.entries.map((e) => [e.kode, e]));
  const cityTypes = new Map(context.model.criteria.map((c) => [c.code, c.type]));
  const mapped = lke.model.baseModel !== undefined;
  const criteria = lke.model.criteria.map((criterion) => {
    const entry = answers.get(criterion.code);
    const written = [entry?.jawaban ?? '', entry?.evaluator?.jawaban ?? ''].map(typeOfAnswer).find((t) => t !== undefined);
    const type = written ?? (mapped ? cityTypes.get(criterion.code) : undefined) ?? criterion.type;
    return { ...criterion, type };
  });
  const { fileScores: _rounded, ...rest } = lke;
  void _rounded;
  return { part: 'lke', lke: { ...rest, model: { ...lke.model, criteria } } };
}

export const lkeWpEvalSakipLayout: SheetLayout = {
  id: 'lke-wp-eval-sakip',
  title: { id: 'LKE wp-eval-sakip (ekspor "Excel")', en: 'wp-eval-sakip LKE ("Excel" export)' },
  part: 'lke',
  detect,
  read,
};
