/**
 * Layout `capaian-e81`: Permendagri 86/2017 form E.81 ("Evaluasi terhadap hasil Renja"), the
 * realisasi per triwulan (docs/import.md). Signature: `Indikator Kinerja …`, `Satuan`, and the band
 * `Realisasi Kinerja Pada Triwulan` over `I`–`IV`, each quarter with `K` / `%` / `Rp.` sub-columns
 * (a unit row, in the band or under the column-number row `1 … 12, 13 = 9 + 10 + 11 + 12`).
 *
 * Every row with an indicator text is a Kinerja row: its quarters' `K` realisations (increments:
 * the form sums them, so the aggregation is Kumulatif and the year-to-date realisation is their
 * sum), its target from the band `Target … Tahun Berjalan / Renja` (`K`), polarity Positif (the
 * form has none: one IMPORT_POLARITY_ASSUMED). The form's own year-to-date column (`13 = 9 + 10 +
 * 11 + 12`, `K`) is compared with the sum of the quarters: a difference is IMPORT_TOTAL_MISMATCH on
 * that cell. Rows without an indicator (urusan, bidang, title and signature rows) are headings;
 * one that still carries a quarter's realisation is reported (REQUIRED_VALUE_MISSING).
 */
import { parsePolarity } from '../capaian';
import type { Indicator } from '../parse/opd-workbook-model';
import { cellAt } from '../table/cells';
import { findHeaderBand, type BandColumnSpec, type HeaderBand, type SheetView } from './header-bands';
import type { LayoutContext, LayoutDetection, LayoutRead, SheetLayout } from './layout';
import { readNumberIn } from './number-convention';
import { IndicatorCodes, cellAddress, columnNumberOf, dataText, kinerjaColumn, monthsFromQuarters, quarterOf, rowsUnderBand } from './quarterly-kinerja';

const QUARTER_BAND = ['Realisasi Kinerja Pada Triwulan', 'Realisasi Kinerja Triwulan', 'Realisasi Pada Triwulan', 'Realisasi Triwulan'];

type Key = 'no' | 'indikator' | 'satuan' | 'tw1' | 'polaritas';

const SPECS: readonly BandColumnSpec<Key>[] = [
  { key: 'indikator', names: ['Indikator'], match: 'prefix', required: true },
  { key: 'satuan', names: ['Satuan'], required: true },
  // The first quarter: its own title (`I`) or, with the unit row inside the band, its `K`.
  { key: 'tw1', names: ['I', 'K'], under: QUARTER_BAND, required: true },
  { key: 'no', names: ['No', 'No.', 'Nomor'] },
  { key: 'polaritas', names: ['Polaritas', 'Polarisasi'] },
];

interface E81Columns {
  readonly quarters: readonly number[];
  readonly target?: number;
  /** The form's own year-to-date column (`13 = 9 + 10 + 11 + 12`), `K`. */
  readonly total?: number;
  readonly totalLabel: string;
}

const isUnder = (keys: readonly string[], titles: readonly string[]): boolean =>
  keys.slice(0, -1).some((key) => titles.some((t) => key.startsWith(t.toLowerCase().replace(/[^\p{L}\p{N}%]/gu, ''))));

/** Each quarter's `K` column, the target's and the form's total's. */
function resolveColumns(view: SheetView, band: HeaderBand): E81Columns | undefined {
  const { numbers, units } = rowsUnderBand(view, band);
  const unitRows = [...units];
  const byQuarter: number[][] = [[], [], [], []];
  for (const col of band.columns) {
    if (!isUnder(col.keys, QUARTER_BAND)) continue;
    // The quarter's own title is the lowest non-unit text under the band title.
    const titles = col.keys.filter((k) => !/^(k|%|rp|rupiah)$/.test(k));
    const q = quarterOf(titles[titles.length - 1] ?? '');
    if (q !== undefined) byQuarter[q - 1]!.push(col.column);
  }
  const quarters = byQuarter.map((cols) => kinerjaColumn(view, band, cols, unitRows));
  if (quarters.some((c) => c === undefined)) return undefined;
  const quarterColumns = quarters as number[];

  // The year-to-date column: its column number says it sums the quarters' numbers.
  const quarterNumbers = quarterColumns.map((c) => columnNumberOf(view, c, numbers));
  let total: number | undefined;
  let totalLabel = '';
  if (quarterNumbers.every((t) => /^\d+$/.test(t))) {
    const wanted = [...quarterNumbers].sort().join('+');
    const candidates = band.columns.filter((col) => {
      const text = columnNumberOf(view, col.column, numbers).replace(/\s+/g, '');
      const match = /^(\d+)=(\d+(?:\+\d+)+)$/.exec(text);
      return match !== null && match[2]!.split('+').sort().join('+') === wanted;
    });
    total = kinerjaColumn(view, band, candidates.map((c) => c.column), unitRows);
    if (total !== undefined) totalLabel = columnNumberOf(view, total, numbers);
  }

  // The target: `Target … Tahun Berjalan` / `… Renja …`, else the column numbered just before the
  // first quarter (8 before 9 in the form), else the last `Target` column left of the quarters.
  const targets = band.columns.filter((col) => col.keys.some((k) => k.startsWith('target')) && col.column < quarterColumns[0]!);
  const yearly = targets.filter((col) => col.keys.some((k) => k.startsWith('target') && (k.includes('tahunberjalan') || k.includes('renja') || k.includes('dievaluasi'))));
  let targetColumns = yearly;
  if (targetColumns.length === 0 && /^\d+$/.test(quarterNumbers[0] ?? '')) {
    const before = String(Number(quarterNumbers[0]) - 1);
    targetColumns = targets.filter((col) => columnNumberOf(view, col.column, numbers) === before);
  }
  if (targetColumns.length === 0 && targets.length > 0) {
    const lastTitle = targets[targets.length - 1]!.keys[0];
    targetColumns = targets.filter((col) => col.keys[0] === lastTitle);
  }
  const target = kinerjaColumn(view, band, targetColumns.map((c) => c.column), unitRows);
  return { quarters: quarterColumns, ...(target !== undefined ? { target } : {}), ...(total !== undefined ? { total } : {}), totalLabel };
}

function detect(view: SheetView): LayoutDetection | null {
  const match = findHeaderBand(view, SPECS);
  if (!match || !resolveColumns(view, match.band)) return null;
  // The form's quarter band is a stronger signature than the generic PK/renaksi quarters (which
  // also fit this sheet): ahead of it on the same sheet.
  return { score: match.found + 6, match };
}

function read(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead {
  const { band, columns } = detection.match as typeof detection.match & { columns: Partial<Record<Key, number>> };
  const resolved = resolveColumns(view, band)!;
  const { report, convention } = context;
  const codes = new IndicatorCodes();
  const indicators: Indicator[] = [];
  let assumedPolarity = 0;
  const lastRow = view.sheet.rows.length;
  for (let r = band.dataStart; r < lastRow; r += 1) {
    const indikator = dataText(view, r, columns.indikator);
    const quarterCells = resolved.quarters.map((c) => cellAt(view.sheet, r, c));
    if (indikator === '') {
      const stray = quarterCells.find((cell) => cell.value.type === 'number');
      if (stray) report.add('REQUIRED_VALUE_MISSING', cellAddress(r, columns.indikator!), { field: 'Indikator' });
      continue;
    }
    const errorsBefore = report.errorCount;
    const kode = codes.code(dataText(view, r, columns.no), r);
    const label = (field: string): string => `${field} ${kode}`;
    const realisasi = quarterCells.map((cell, i) => readNumberIn(cell, label(`Realisasi TW ${['I', 'II', 'III', 'IV'][i]}`), convention, report));
    const targetCell = resolved.target !== undefined ? cellAt(view.sheet, r, resolved.target) : undefined;
    const targetValue = targetCell ? readNumberIn(targetCell, label('Target'), convention, report) : null;
    const polarityText = dataText(view, r, columns.polaritas);
    const polaritas = parsePolarity(polarityText);
    if (!polaritas) assumedPolarity += 1;

    const filled = realisasi.filter((v): v is number => typeof v === 'number');
    if (resolved.total !== undefined && filled.length > 0) {
      const totalCell = cellAt(view.sheet, r, resolved.total);
      const sheetTotal = totalCell.value.type === 'number' ? totalCell.value.value : undefined;
      const sum = filled.reduce((a, b) => a + b, 0);
      if (sheetTotal !== undefined && Math.abs(sheetTotal - sum) > 1e-9 * Math.max(1, Math.abs(sum))) {
        report.add('IMPORT_TOTAL_MISMATCH', totalCell.address, { kode, sheetValue: sheetTotal, sum });
      }
    }
    const months = monthsFromQuarters({
      realisasi: realisasi.map((v) => (typeof v === 'number' ? v : null)),
      targets: [null, null, null, null],
      cells: quarterCells.map((cell) => cell.address),
    });
    indicators.push({
      kode,
      indikator,
      satuan: dataText(view, r, columns.satuan),
      polaritas: polaritas ?? 'positif',
      agregasi: 'Kumulatif',
      kodePohon: '',
      iku: false,
      target: typeof targetValue === 'number' ? { kind: 'number', value: targetValue } : null,
      monthlyTargets: months.monthlyTargets,
      realisasi: months.realisasi,
      usable: report.errorCount === errorsBefore,
      cells: {
        kode: cellAddress(r, columns.no ?? columns.indikator!),
        target: targetCell?.address ?? cellAddress(r, columns.indikator!),
        realisasi: months.realisasiCells,
      },
    });
  }
  if (assumedPolarity > 0) report.add('IMPORT_POLARITY_ASSUMED', undefined, { count: assumedPolarity });
  return { part: 'kinerja', indicators };
}

export const capaianE81Layout: SheetLayout = {
  id: 'capaian-e81',
  title: { id: 'Capaian per triwulan (form E.81 Permendagri 86/2017)', en: 'Quarterly capaian (Permendagri 86/2017 form E.81)' },
  part: 'kinerja',
  detect,
  read,
};

/** The form's own year-to-date column, for checks against the sheet's figures (undefined when the form has none). */
export function e81TotalColumn(view: SheetView, band: HeaderBand): number | undefined {
  return resolveColumns(view, band)?.total;
}
