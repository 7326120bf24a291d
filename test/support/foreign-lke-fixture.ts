/**
 * A hierarchical LKE in the shape city Inspektorats hand out (the Trenggalek KKE: a column-number
 * row, a two-row merged header band, weights as fractions of 1, criteria answered per document
 * Y/T or on A/B/C/D, placeholders, an evaluator stage, a 4th sub-component Capaian). The
 * project's own content, generated here; the expected scores are worked out in the comments.
 */
import ExcelJS from 'exceljs';
import type { Grid } from './opd-fixture';
import { sheetFromGrid } from '../../shared/table/from-grid';
import type { WorkbookTable } from '../../shared/table/table';

export interface ForeignLke {
  readonly name: string;
  readonly grid: Grid;
  readonly merges: readonly string[];
}

/** Columns: A KODE, B NO, C KOMPONEN, D SUB-KOMPONEN, E BOBOT, F KRITERIA, G BUKTI, H–I PERHITUNGAN, J–L PENILAIAN MANDIRI, M–O PENILAIAN FINAL. */
export function foreignLke(options: { subtotals?: boolean; missingSubtotal?: string } = {}): ForeignLke {
  const withSubtotals = options.subtotals ?? true;
  const sub = (key: string, value: number): number | string => (withSubtotals && options.missingSubtotal !== key ? value : '');
  const grid: Grid = [
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    ['KODE', 'NO', 'KOMPONEN', 'SUB-KOMPONEN', 'BOBOT MAKSIMAL', 'KRITERIA KOMPONEN', 'BUKTI DUKUNG', 'PERHITUNGAN', '', 'PENILAIAN MANDIRI', '', '', 'PENILAIAN FINAL', '', ''],
    ['', '', '', '', '', '', '', 'JUMLAH KRITERIA KOMPONEN PENILAIAN', 'JUMLAH BUKTI DUKUNG', 'KRITERIA PENILAIAN', 'KOEFISIEN KRITERIA', 'NILAI', 'KRITERIA PENILAIAN', 'KOEFISIEN KRITERIA', 'NILAI'],
    ['REN01', 'A', 'Perencanaan Kinerja', '', 0.6],
    // A.1 Pemenuhan 0,2: per document. A.1.1 = 2 of 3 documents Y; A.1.2 = 1 of 2 (a placeholder; a 0-count document does not weigh) → (2/3 + 1/2) / 2 × 20 = 11,6667
    ['REN001', 'A.1', '', 'Pemenuhan', 0.2, '', '', 2, 5, '', '', '', '', '', ''],
    ['REN001.1', 'A.1.1', '', '', '', 'Terdapat dokumen rencana strategis', '', 1, 3],
    ['', '', '', '', '', '', 'Renstra', '', 1, 'Y', 1, 0.0333],
    ['', '', '', '', '', '', 'Renja', '', 1, 'Y', 1, 0.0333],
    ['', '', '', '', '', '', 'Pohon kinerja', '', 1, 'T', 0, 0],
    ['REN001.2', 'A.1.2', '', '', '', 'Terdapat dokumen rencana anggaran', '', 1, 2],
    ['', '', '', '', '', '', 'DPA', '', 1, 'Y', 1, 0.05],
    ['', '', '', '', '', '', 'RKA', '', 1, 'Y/T', 'Belum Diisi', 0],
    ['', '', '', '', '', '', 'KAK (jika ada)', '', '', 'T', 0, 0],
    // A.2 Kualitas 0,4 on A/B/C/D: B = 0,66, a placeholder → 0,66 / 2 × 40 = 13,2; the evaluator's final stage says A for A.2.1
    ['REN002', 'A.2', '', 'Kualitas', 0.4],
    ['REN002.1', '', '', '', '', 'Dokumen perencanaan telah diformalkan', 'Renstra', 1, '', 'B', 0.66, 0.132, 'A', 1, 0.2],
    ['REN002.2', '', '', '', '', 'Target kinerja menantang dan realistis', 'PK', 1, '', 'A/B/C/D', 'Belum Diisi', 0],
    ['', 'B. Evaluasi Internal'],
    // B: Pemenuhan 0,1 (Y → 10), Kualitas 0,1 (C → 3,3), Pemanfaatan 0,1 (placeholder → 0), Capaian 0,1 (A → 10)
    ['EVA001', 'B.1', 'Evaluasi Internal', 'Pemenuhan', 0.1],
    ['EVA001.1', 'B.1.1', '', '', '', 'Evaluasi internal telah dilaksanakan', '', 1, 1],
    ['', '', '', '', '', '', 'LHE internal', '', 1, 'Y', 1, 0.1],
    ['EVA002', 'B.2', 'Evaluasi Internal', 'Kualitas', 0.1],
    ['EVA002.1', '', '', '', '', 'Evaluasi internal dilakukan secara berjenjang', 'LHE', 1, '', 'C', 0.33, 0.033],
    ['EVA003', 'B.3', 'Evaluasi Internal', 'Pemanfaatan', 0.1],
    ['EVA003.1', '', '', '', '', 'Rekomendasi evaluasi telah ditindaklanjuti', 'TL', 1, '', 'A/B/C/D', 'Belum Diisi', 0],
    ['EVA004', 'B.4', 'Evaluasi Internal', 'Capaian', 0.1],
    ['EVA004.1', '', '', '', '', 'Target kinerja tercapai', 'LKjIP', 1, '', 'A', 1, 0.1],
  ];
  // The file's own Nilai on the sub-component rows (column L).
  const subRows: Record<string, [number, number]> = { '1.1': [4, ((2 / 3 + 1 / 2) / 2) * 0.2], '1.2': [13, 0.132], '2.1': [17, 0.1], '2.2': [20, 0.033], '2.3': [22, 0], '2.4': [24, 0.1] };
  for (const [key, [row, value]] of Object.entries(subRows)) {
    const line = grid[row]!;
    while (line.length < 12) line.push('');
    line[11] = sub(key, value);
  }
  const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:I2', 'J2:L2', 'M2:O2'];
  return { name: 'PENILAIAN', grid, merges };
}

/** Expected self-assessment of `foreignLke()` (answers): components and total, in points. */
export const FOREIGN_LKE_SCORE = { components: [(2 / 3 + 1 / 2) * 10 + 13.2, 23.3], total: (2 / 3 + 1 / 2) * 10 + 13.2 + 23.3 };

export function foreignLkeTable(lke: ForeignLke, file = 'kke-dinas-contoh.xlsx', extra: { name: string; grid: Grid }[] = []): WorkbookTable {
  return {
    file,
    sheets: [{ ...sheetFromGrid(lke.name, lke.grid), merges: lke.merges }, ...extra.map((s) => sheetFromGrid(s.name, s.grid))],
  };
}

export async function writeForeignLkeXlsx(path: string, lke: ForeignLke, extra: { name: string; grid: Grid }[] = []): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of [{ ...lke }, ...extra.map((s) => ({ ...s, merges: [] as string[] }))]) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.grid.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== '' && value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
    for (const range of sheet.merges) ws.mergeCells(range);
  }
  await workbook.xlsx.writeFile(path);
}

/**
 * A hierarchical LKE with a model's structure (components, sub-components, criteria and weights as
 * fractions of 1), in the KKE shape: column-number row, two-row merged header band, the OPD band
 * (`PENILAIAN MANDIRI`: answer, coefficient, value), the evaluators' band (`PENILAIAN FINAL`) and a
 * `KETERANGAN` column no field reads. `answers`/`final`: by criterion code; absent = the placeholder.
 * `coefficients`: the value the file writes next to each answer (default: the four-step A–D scale
 * and Y/T); a criterion whose answer has no coefficient there gets none.
 */
export function modelShapedLke(
  model: { components: readonly { number: number; name: string; weight: number; subComponents: readonly { slot: number; name: string; weight: number }[] }[]; criteria: readonly { code: string; component: number; slot: number; text: string; type: string }[] },
  answers: Readonly<Record<string, string>>,
  options: {
    final?: Readonly<Record<string, string>>;
    coefficients?: Readonly<Record<string, number>>;
    keterangan?: Readonly<Record<string, string>>;
    weights?: Readonly<Record<string, number>>;
    /** Criteria answered per document: each document's name and Y/T, on rows of their own under the criterion. */
    documents?: Readonly<Record<string, readonly (readonly [string, string])[]>>;
  } = {},
): ForeignLke {
  const coefficients = options.coefficients ?? { Y: 1, T: 0, A: 1, B: 0.66, C: 0.33, D: 0 };
  const letter = (n: number): string => String.fromCharCode(64 + n);
  const grid: Grid = [
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
    ['KODE', 'NO', 'KOMPONEN', 'SUB-KOMPONEN', 'BOBOT MAKSIMAL', 'KRITERIA KOMPONEN', 'BUKTI DUKUNG', 'PENILAIAN MANDIRI', '', '', 'PENILAIAN FINAL', '', '', 'KETERANGAN'],
    ['', '', '', '', '', '', '', 'KRITERIA PENILAIAN', 'KOEFISIEN KRITERIA', 'NILAI', 'KRITERIA PENILAIAN', 'KOEFISIEN KRITERIA', 'NILAI', ''],
  ];
  for (const component of model.components) {
    grid.push([`K${component.number}`, letter(component.number), component.name, '', component.weight / 100]);
    for (const sub of component.subComponents) {
      grid.push([`K${component.number}.${sub.slot}`, `${letter(component.number)}.${sub.slot}`, '', sub.name, sub.weight / 100]);
      for (const criterion of model.criteria.filter((c) => c.component === component.number && c.slot === sub.slot)) {
        const n = criterion.code.split('.')[2]!;
        const documents = options.documents?.[criterion.code];
        const answer = documents ? undefined : answers[criterion.code];
        const placeholder = documents ? '' : criterion.type === 'Y/T' ? 'Y/T' : 'A/B/C/D';
        const final = options.final?.[criterion.code];
        const coefficient = answer !== undefined ? coefficients[answer] : undefined;
        grid.push([
          `K${criterion.code}`,
          `${letter(component.number)}.${sub.slot}.${n}`,
          '',
          '',
          options.weights?.[criterion.code] ?? '',
          criterion.text,
          documents ? '' : 'Dokumen',
          answer ?? placeholder,
          coefficient ?? '',
          '',
          final ?? '',
          final !== undefined ? coefficients[final] ?? '' : '',
          '',
          options.keterangan?.[criterion.code] ?? '',
        ]);
        for (const [nama, jawaban] of documents ?? []) grid.push(['', '', '', '', '', '', nama, jawaban, coefficients[jawaban] ?? '']);
      }
    }
  }
  const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:J2', 'K2:M2', 'N2:N3'];
  return { name: 'KKE', grid, merges };
}
