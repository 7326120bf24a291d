/**
 * A broken OPD workbook written as a real .xlsx with exceljs, from the valid fixture grids with a
 * few deliberate errors, `SAKIP.ANSWER` formulas with cached results in `Nilai`, and some cells
 * that already carry fills (so restoring after a highlight can be checked exactly). It has no
 * `Rekomendasi` sheet, for "Siapkan lembar" to add.
 */
import ExcelJS from 'exceljs';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { parseAnswer } from '../../shared/scoring/answer-scale';
import { baseFixture, indicatorRow, lkeRowOf, type Grid } from './opd-fixture';

export const BROKEN_FILE = 'dinkes-mei.xlsx';

/** Solid fills already in the workbook before the pane runs: sheet → cell → #RRGGBB. */
export const EXISTING_FILLS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  LKE: { A2: '#D9E1F2', B2: '#D9E1F2', C2: '#D9E1F2', D2: '#D9E1F2' },
  Kinerja: { A1: '#D9E1F2', B1: '#D9E1F2' },
};

/** Every deliberate error, where it is, and where a finding cell already had a fill. */
export const BROKEN = {
  invalidAnswer: { kode: '1.1.2', answer: 'X' },
  /** Valid answers below the top (none a kerangka-logis reference), so the grade planner has steps to suggest. */
  lowerAnswers: { '1.3.2': 'C', '2.1.3': 'T', '2.3.4': 'B', '4.3.1': 'D' } as Record<string, string>,
  staleNilai: { kode: '1.2.1', cached: 0.5 },
  textThousands: { kode: 'IK1', text: '1.250' },
  refError: { kode: 'IK2', month: 'Mar' },
  duplicateKode: 'IK1',
  /** P2 → P3 → P2: without the city tree the pane judges no outside parent, but a cycle is an error. */
  brokenParent: { kode: 'P2', kodeInduk: 'P3' },
  /** Finding cells with fills of their own: the invalid answer (yellow), the text number (explicit white). */
  answerFill: '#FFFF00',
  textNumberFill: '#FFFFFF',
  refFill: '#E2EFDA',
} as const;

/** The findings the core gives the broken workbook, as `CODE Sheet!Cell`, in reading order. */
export const BROKEN_FINDINGS: readonly string[] = [
  'LKE_ANSWER_INVALID LKE!C6',
  'LKE_NILAI_STALE LKE!D13',
  'NUMBER_AMBIGUOUS_THOUSANDS Kinerja!H2',
  'CELL_EXCEL_ERROR Kinerja!W3',
  'CODE_DUPLICATE Kinerja!A4',
  'POHON_CYCLE Pohon Kinerja!B4',
];

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } });

function addSheet(workbook: ExcelJS.Workbook, name: string, grid: Grid): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(name);
  grid.forEach((line, r) =>
    line.forEach((raw, c) => {
      if (raw === '' || raw === undefined || raw === null) return;
      worksheet.getCell(r + 1, c + 1).value = raw as ExcelJS.CellValue;
    }),
  );
  return worksheet;
}

/** The broken workbook, built in memory. */
export function brokenOpdWorkbook(): ExcelJS.Workbook {
  const fixture = baseFixture();

  // LKE: an invalid answer, and Nilai as SAKIP.ANSWER formulas with cached results (one stale).
  const lke = fixture.lke;
  for (const [kode, answer] of Object.entries(BROKEN.lowerAnswers)) lke[lkeRowOf(lke, kode)]![2] = answer;
  lke[lkeRowOf(lke, BROKEN.invalidAnswer.kode)]![2] = BROKEN.invalidAnswer.answer;
  const types = new Map(MODEL_88_2021.criteria.map((c) => [c.code, c.type]));

  // Kinerja: a text number in the Indonesian thousands form, a #REF! realisasi, a duplicate code.
  const kinerja = fixture.kinerja;
  const headers = kinerja[0] as string[];
  const ik1 = kinerja.findIndex((row) => row[0] === BROKEN.textThousands.kode);
  kinerja[ik1]![headers.indexOf('Target')] = BROKEN.textThousands.text;
  kinerja.push(indicatorRow(BROKEN.duplicateKode, { realisasi: [70, 75, 80, 85, 90] }));

  // Pohon Kinerja: a Kode Induk that makes a cycle.
  const pohon = fixture.pohon;
  pohon.find((row) => row[0] === BROKEN.brokenParent.kode)![1] = BROKEN.brokenParent.kodeInduk;
  pohon.push([BROKEN.brokenParent.kodeInduk, BROKEN.brokenParent.kode, 'Output', 'Layanan kesehatan dasar', 'Kepala Seksi']);

  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, 'Profil', fixture.profil);
  const lkeSheet = addSheet(workbook, 'LKE', lke);
  lke.forEach((row, r) => {
    const type = types.get(String(row[0]));
    if (!type) return;
    const parsed = parseAnswer(String(row[2] ?? ''), type);
    const result: ExcelJS.CellFormulaValue['result'] =
      row[0] === BROKEN.staleNilai.kode ? BROKEN.staleNilai.cached : parsed.kind === 'valid' ? parsed.value : parsed.kind === 'blank' ? 0 : { error: '#VALUE!' };
    lkeSheet.getCell(r + 1, 4).value = { formula: `SAKIP.ANSWER(C${r + 1},"${type}")`, result } as ExcelJS.CellFormulaValue;
  });
  lkeSheet.getCell(lkeRowOf(lke, BROKEN.invalidAnswer.kode) + 1, 3).fill = solid(BROKEN.answerFill);

  const kinerjaSheet = addSheet(workbook, 'Kinerja', kinerja);
  kinerjaSheet.getCell(ik1 + 1, headers.indexOf('Target') + 1).fill = solid(BROKEN.textNumberFill);
  const ik2 = kinerja.findIndex((row) => row[0] === BROKEN.refError.kode);
  const refCell = kinerjaSheet.getCell(ik2 + 1, headers.indexOf(`Realisasi ${BROKEN.refError.month}`) + 1);
  refCell.value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  refCell.fill = solid(BROKEN.refFill);

  addSheet(workbook, 'Pohon Kinerja', pohon);

  for (const [sheet, cells] of Object.entries(EXISTING_FILLS)) {
    for (const [cell, hex] of Object.entries(cells)) workbook.getWorksheet(sheet)!.getCell(cell).fill = solid(hex);
  }
  return workbook;
}

export async function writeBrokenOpdWorkbook(path: string): Promise<void> {
  await brokenOpdWorkbook().xlsx.writeFile(path);
}
