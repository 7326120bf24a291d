/**
 * Layout `capaian-pk-triwulan`: a Perjanjian Kinerja / rencana aksi table with quarters
 * (docs/import.md). Signature: `Indikator …`, `Target`, and quarter columns named `TW 1`…`TW 4`,
 * `TW-I`…`TW-IV` or `Triwulan I`…`IV`: under a `Target`/`Rencana` band (or named `Target TW 1`) they
 * are quarterly targets, under a `Realisasi` band (or `Realisasi TW 1`) realisations; bare quarter
 * columns beside the annual `Target` are realisations, unless the sheet has realisation columns
 * of its own (then they are the quarterly targets). `Capaian` columns are not read (SAKIP Kit
 * computes capaian). `Satuan`, `Polaritas`, `Agregasi`, `Kode`
 * and `No` are read when present. Without a polarity column every indicator is Positif
 * (IMPORT_POLARITY_ASSUMED). Aggregation: the `Agregasi` column; else from the quarterly targets
 * (the last equals the annual target and they never fall: Akhir, realisations to date; they add
 * up to it: Kumulatif); else Akhir with IMPORT_AGGREGATION_ASSUMED.
 */
import { parseAggregation, parsePolarity, type Aggregation } from '../capaian';
import type { Indicator } from '../parse/opd-workbook-model';
import { cellAt } from '../table/cells';
import { findHeaderBand, type BandColumn, type BandColumnSpec, type HeaderBand, type SheetView } from './header-bands';
import type { LayoutContext, LayoutDetection, LayoutRead, SheetLayout } from './layout';
import { readNumberIn } from './number-convention';
import { IndicatorCodes, cellAddress, dataText, monthsFromQuarters, quarterInColumn } from './quarterly-kinerja';

type Key = 'indikator' | 'target' | 'satuan' | 'polaritas' | 'agregasi' | 'kode' | 'no' | 'tw';

const SPECS: readonly BandColumnSpec<Key>[] = [
  { key: 'indikator', names: ['Indikator'], match: 'prefix', required: true },
  { key: 'target', names: ['Target', 'Target Tahunan', 'Target Tahun', 'Target PK', 'Target Kinerja'], match: 'prefix', required: true },
  { key: 'satuan', names: ['Satuan'] },
  { key: 'polaritas', names: ['Polaritas', 'Polarisasi'] },
  { key: 'agregasi', names: ['Agregasi', 'Sifat Data', 'Metode Agregasi'] },
  { key: 'kode', names: ['Kode', 'Kode Indikator'] },
  { key: 'no', names: ['No', 'No.', 'Nomor'] },
  // The first quarter's column, so that a band whose quarters sit under a title (`Realisasi` over
  // `TW 1 … TW 4`) is taken whole, not only its title row.
  { key: 'tw', names: ['TW 1', 'TW I', 'TW-I', 'Triwulan I', 'Triwulan 1'], match: 'contains' },
];

interface QuarterColumns {
  readonly targets: (number | undefined)[];
  readonly realisasi: (number | undefined)[];
}

const startsWithAny = (keys: readonly string[], prefixes: readonly string[]): boolean => keys.some((k) => prefixes.some((p) => k.startsWith(p)));

function kindOf(column: BandColumn): 'target' | 'realisasi' | undefined {
  if (startsWithAny(column.keys, ['realisasi', 'capaian'])) return column.keys.some((k) => k.startsWith('capaian')) ? undefined : 'realisasi';
  if (startsWithAny(column.keys, ['target', 'rencana'])) return 'target';
  return undefined;
}

function quarterColumns(band: HeaderBand, targetColumn: number): QuarterColumns {
  const targets: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  const realisasi: (number | undefined)[] = [undefined, undefined, undefined, undefined];
  const bare: { q: number; column: number }[] = [];
  for (const column of band.columns) {
    if (column.column === targetColumn) continue;
    const q = quarterInColumn(column);
    if (q === undefined) continue;
    const kind = kindOf(column);
    if (kind === 'target') targets[q - 1] ??= column.column;
    else if (kind === 'realisasi') realisasi[q - 1] ??= column.column;
    else if (!column.keys.some((k) => k.startsWith('capaian'))) bare.push({ q, column: column.column });
  }
  if (bare.length > 0) {
    // Bare quarters beside an annual target are its realisations, unless the sheet names its
    // realisation columns elsewhere: then they are the quarterly targets.
    const into = realisasi.some((c) => c !== undefined) ? targets : realisasi;
    for (const { q, column } of bare) into[q - 1] ??= column;
  }
  return { targets, realisasi };
}

function detect(view: SheetView): LayoutDetection | null {
  const match = findHeaderBand(view, SPECS);
  if (!match) return null;
  const quarters = quarterColumns(match.band, (match.columns as Partial<Record<Key, number>>).target!);
  const found = [...quarters.targets, ...quarters.realisasi].filter((c) => c !== undefined).length;
  if (found < 2) return null;
  return { score: match.found + Math.min(found, 4) - 1, match };
}

/** The aggregation the quarterly targets show, or undefined. */
function aggregationFromTargets(targets: readonly (number | null)[], annual: number | undefined): Aggregation | undefined {
  const filled = targets.filter((t): t is number => t !== null);
  if (annual === undefined || filled.length < 2) return undefined;
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  if (close(filled.reduce((a, b) => a + b, 0), annual) && !close(filled[filled.length - 1]!, annual)) return 'Kumulatif';
  if (close(filled[filled.length - 1]!, annual) && filled.every((t, i) => i === 0 || t >= filled[i - 1]!)) return 'Akhir';
  return undefined;
}

function read(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead {
  const { band, columns } = detection.match as typeof detection.match & { columns: Partial<Record<Key, number>> };
  const { report, convention } = context;
  const quarters = quarterColumns(band, columns.target!);
  const codes = new IndicatorCodes();
  const indicators: Indicator[] = [];
  let assumedPolarity = 0;
  let assumedAggregation = 0;
  const quarterNames = ['I', 'II', 'III', 'IV'];
  for (let r = band.dataStart; r < view.sheet.rows.length; r += 1) {
    const indikator = dataText(view, r, columns.indikator);
    if (indikator === '') continue;
    const errorsBefore = report.errorCount;
    const ownCode = dataText(view, r, columns.kode);
    const kode = ownCode !== '' ? ownCode : codes.code(dataText(view, r, columns.no), r);
    const number = (c: number | undefined, field: string): number | null => {
      if (c === undefined) return null;
      const value = readNumberIn(cellAt(view.sheet, r, c), `${field} ${kode}`, convention, report);
      return typeof value === 'number' ? value : null;
    };
    const targetCell = cellAt(view.sheet, r, columns.target!);
    const annual = number(columns.target, 'Target');
    const quarterTargets = quarters.targets.map((c, i) => number(c, `Target TW ${quarterNames[i]}`));
    const quarterRealisasi = quarters.realisasi.map((c, i) => number(c, `Realisasi TW ${quarterNames[i]}`));
    const polaritas = parsePolarity(dataText(view, r, columns.polaritas));
    if (!polaritas) assumedPolarity += 1;
    const agregasiText = dataText(view, r, columns.agregasi);
    let agregasi: Aggregation | undefined = agregasiText !== '' ? parseAggregation(agregasiText) : undefined;
    if (agregasiText !== '' && !agregasi) report.add('VALUE_NOT_ALLOWED', cellAddress(r, columns.agregasi!), { field: 'Agregasi', value: agregasiText, allowed: ['Kumulatif', 'Akhir', 'Rata-rata'] });
    agregasi ??= aggregationFromTargets(quarterTargets, annual ?? undefined);
    if (!agregasi) {
      agregasi = 'Akhir';
      if (quarterRealisasi.some((v) => v !== null)) assumedAggregation += 1;
    }
    const months = monthsFromQuarters({
      realisasi: quarterRealisasi,
      targets: quarterTargets,
      cells: quarters.realisasi.map((c) => (c === undefined ? undefined : cellAddress(r, c))),
    });
    indicators.push({
      kode,
      indikator,
      satuan: dataText(view, r, columns.satuan),
      polaritas: polaritas ?? 'positif',
      agregasi,
      kodePohon: '',
      iku: false,
      target: annual === null ? null : { kind: 'number', value: annual },
      monthlyTargets: months.monthlyTargets,
      realisasi: months.realisasi,
      usable: report.errorCount === errorsBefore,
      cells: { kode: cellAddress(r, columns.kode ?? columns.no ?? columns.indikator!), target: targetCell.address, realisasi: months.realisasiCells },
    });
  }
  if (assumedPolarity > 0) report.add('IMPORT_POLARITY_ASSUMED', undefined, { count: assumedPolarity });
  if (assumedAggregation > 0) report.add('IMPORT_AGGREGATION_ASSUMED', undefined, { aggregation: 'Akhir', count: assumedAggregation });
  return { part: 'kinerja', indicators };
}

export const capaianPkLayout: SheetLayout = {
  id: 'capaian-pk-triwulan',
  title: { id: 'Capaian per triwulan (PK / rencana aksi)', en: 'Quarterly capaian (performance agreement / action plan)' },
  part: 'kinerja',
  detect,
  read,
};
