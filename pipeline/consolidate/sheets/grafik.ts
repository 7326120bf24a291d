/**
 * Sheet `Grafik`: three native charts over small tables on the same sheet (columns N onwards),
 * whose cells are live formulas over Ringkasan and Riwayat, so the charts follow the evaluators'
 * edits once the workbook is recalculated:
 * 1. Nilai Evaluator per scored OPD, highest first (the order at consolidation), as columns, with
 *    the predikat bounds as dashed lines across them;
 * 2. the city's predikat distribution this month (OPDs per Predikat Evaluator);
 * 3. the trend over the months of Riwayat: the city average, and the OPDs that rose and fell the
 *    most since the first month — three lines a reader takes in at a glance, where a small chart
 *    per OPD (thirty and more) would have to be read one by one.
 */
import { columnLetters, PREDIKAT_TABLE } from '../../../shared';
import { addCharts } from '../charts/add-charts';
import type { ChartSeries, NumberRange, TextRange } from '../charts/chart-xml';
import { COLOUR } from '../colours';
import { PREDIKAT_COLOURS } from '../conditional-formats';
import { CONSOLIDATED_SHEETS } from '../consolidated-headers';
import { isNumber, type Cached, type Consolidation } from '../consolidation-data';
import { RIWAYAT_HEADERS } from '../monitoring-format';
import { headerText } from '../print-header';
import { setText } from '../safe-text';
import { SCORE_FORMAT } from '../sheet-style';
import type { Cell, StreamingWorkbook } from '../xlsx';
import { quotedSheetName } from '../xlsx/package-parts';
import { ringkasanHeaders, setFormula } from './ringkasan';
import { riwayatRowCount } from './riwayat';

/** First columns (1-based) of the three tables. */
const BARS = 14;
const DISTRIBUTION = 24;
const TREND = 27;
const BANDS = PREDIKAT_TABLE.slice(0, -1);

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
/** A text as an exact SUMIFS/COUNTIFS criterion: its wildcards escaped. */
const criterion = (text: string): string => quote(text.replace(/[*?~]/g, '~$&'));
const rgb = (argb: string): string => argb.slice(2);
/** The bounds' lines: the predikat colours, darker where the cell fill is too pale for a thin line. */
const BOUND_COLOURS: Record<string, string> = { AA: '1E7B34', A: '4CAF50', BB: '7CB342', B: 'AFB42B', CC: 'F9A825', C: 'EF6C00' };

export function writeGrafik(workbook: StreamingWorkbook, c: Consolidation): void {
  const name = CONSOLIDATED_SHEETS.grafik;
  const ref = (column: number, from: number, to = from): string => `${quotedSheetName(name)}!$${columnLetters(column)}$${from}${to !== from ? `:$${columnLetters(column)}$${to}` : ''}`;
  // Column n (1-based) is columns[n - 1].
  const columns: { width: number; numFmt?: string }[] = Array.from({ length: TREND + 3 }, () => ({ width: 9 }));
  columns[BARS - 1] = { width: 12 };
  columns[BARS] = { width: 34 };
  for (let n = BARS + 2; n <= BARS + 2 + BANDS.length; n += 1) columns[n - 1] = { width: 12, numFmt: SCORE_FORMAT };
  columns[DISTRIBUTION - 1] = { width: 10 };
  columns[DISTRIBUTION] = { width: 12 };
  columns[TREND - 1] = { width: 10 };
  for (let n = TREND + 1; n <= TREND + 3; n += 1) columns[n - 1] = { width: 16, numFmt: SCORE_FORMAT };
  const sheet = workbook.addSheet(name, {
    columns,
    print: { header: `&L${headerText(c.city.namaKota)}&C&BGrafik Evaluasi SAKIP&RPeriode ${c.periode}`, footer: `&L${name}&RHalaman &P dari &N`, orientation: 'landscape' },
    // Protected like every consolidated sheet: its tables are formulas, nothing here is the evaluators'.
    protect: true,
  });

  // Ringkasan ranges the tables look up.
  const ringkasan = ringkasanHeaders(c);
  const lastRingkasan = Math.max(2, c.opds.length + 1);
  const ringkasanRange = (header: string): string => {
    const letter = columnLetters(ringkasan.indexOf(header) + 1);
    return `${CONSOLIDATED_SHEETS.ringkasan}!$${letter}$2:$${letter}$${lastRingkasan}`;
  };
  const lastRiwayat = Math.max(2, riwayatRowCount(c) + 1);
  const riwayatRange = (header: (typeof RIWAYAT_HEADERS)[number]): string => {
    const letter = columnLetters(RIWAYAT_HEADERS.indexOf(header) + 1);
    return `${CONSOLIDATED_SHEETS.riwayat}!$${letter}$2:$${letter}$${lastRiwayat}`;
  };

  // 1. Scored OPDs, highest cached total first (ties: Daftar OPD order).
  const scored = c.opds
    .filter((o) => o.scored && isNumber(o.nilaiEvaluator))
    .map((o) => ({ kode: o.submission.opd.kodeOpd, nama: o.submission.opd.namaOpd, total: o.nilaiEvaluator as number }))
    .sort((a, b) => b.total - a.total);
  // 2. Predikat counts.
  const counts = PREDIKAT_TABLE.map((band) => c.opds.filter((o) => o.predikatEvaluator === band.predikat).length);
  // 3. Months, the average of each, the movers.
  const monthly = new Map<string, Map<string, number>>();
  const put = (periode: string, kode: string, value: number | null | Cached | undefined): void => {
    if (!monthly.has(periode)) monthly.set(periode, new Map());
    if (typeof value === 'number') monthly.get(periode)!.set(kode, value);
  };
  for (const row of c.history ?? []) put(row.periode, row.kodeOpd, row.nilaiEvaluator);
  for (const o of c.opds) put(c.periode, o.submission.opd.kodeOpd, o.nilaiEvaluator);
  const months = [...monthly.keys()].sort();
  const first = monthly.get(months[0] ?? '') ?? new Map<string, number>();
  const current = monthly.get(c.periode) ?? new Map<string, number>();
  const changes = [...current].filter(([kode]) => months.length > 1 && first.has(kode)).map(([kode, value]) => ({ kode, change: value - first.get(kode)! }));
  changes.sort((a, b) => b.change - a.change);
  const movers = changes.length ? [changes[0]!, ...(changes.length > 1 ? [changes[changes.length - 1]!] : [])] : [];
  const nameOf = new Map([...(c.history ?? []).map((h) => [h.kodeOpd, h.namaOpd] as const), ...c.opds.map((o) => [o.submission.opd.kodeOpd, o.submission.opd.namaOpd] as const)]);
  const moverTitle = (m: { kode: string; change: number }, i: number): string => `${i === 0 ? 'Naik terbanyak' : 'Turun terbanyak'}: ${nameOf.get(m.kode) ?? m.kode}`;

  const boundLabel = (threshold: number, predikat: string): string => `Batas ${predikat} (${c.city.boundMode === 'inklusif' ? '≥' : '>'}${threshold})`;
  const header = (cell: Cell, text: string): void => {
    setText(cell, text);
    cell.font = { bold: true, color: { argb: COLOUR.white } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COLOUR.header } };
    cell.alignment = { wrapText: true, vertical: 'center', horizontal: 'center' };
  };

  const title = sheet.getRow(1);
  title.getCell(1).value = `Grafik Evaluasi SAKIP ${c.city.namaKota} — ${c.periode}`;
  title.getCell(1).font = { bold: true };
  header(title.getCell(BARS), 'Kode OPD');
  header(title.getCell(BARS + 1), 'Nama OPD');
  header(title.getCell(BARS + 2), 'Nilai Evaluator');
  BANDS.forEach((band, i) => header(title.getCell(BARS + 3 + i), boundLabel(band.threshold, band.predikat)));
  header(title.getCell(DISTRIBUTION), 'Predikat');
  header(title.getCell(DISTRIBUTION + 1), 'Jumlah OPD');
  header(title.getCell(TREND), 'Periode');
  header(title.getCell(TREND + 1), 'Rata-rata Kota');
  movers.forEach((m, i) => header(title.getCell(TREND + 2 + i), moverTitle(m, i)));
  title.height = 45;

  const rows = Math.max(scored.length, PREDIKAT_TABLE.length, months.length);
  const averages: (number | null)[] = [];
  const moverValues: (number | null)[][] = movers.map(() => []);
  for (let i = 0; i < rows; i += 1) {
    const r = i + 2;
    const row = sheet.getRow(r);
    const opd = scored[i];
    if (opd) {
      setText(row.getCell(BARS), opd.kode);
      setText(row.getCell(BARS + 1), opd.nama);
      const lookup = `INDEX(${ringkasanRange('Nilai Evaluator')},MATCH($${columnLetters(BARS)}${r},${ringkasanRange('Kode OPD')},0))`;
      setFormula(row.getCell(BARS + 2), `IF(ISNUMBER(${lookup}),${lookup},NA())`, opd.total);
      BANDS.forEach((band, b) => (row.getCell(BARS + 3 + b).value = band.threshold));
    }
    const band = PREDIKAT_TABLE[i];
    if (band) {
      row.getCell(DISTRIBUTION).value = band.predikat;
      row.getCell(DISTRIBUTION).alignment = { horizontal: 'center' };
      setFormula(row.getCell(DISTRIBUTION + 1), `COUNTIF(${ringkasanRange('Predikat Evaluator')},${quote(band.predikat)})`, counts[i]!);
      row.getCell(DISTRIBUTION + 1).numFmt = '0';
    }
    const periode = months[i];
    if (periode) {
      row.getCell(TREND).value = periode;
      const values = [...monthly.get(periode)!.values()];
      const average = values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
      averages.push(average);
      const p = `$${columnLetters(TREND)}${r}`;
      setFormula(row.getCell(TREND + 1), `IFERROR(AVERAGEIFS(${riwayatRange('Nilai Evaluator')},${riwayatRange('Periode')},${p}),NA())`, average ?? { error: '#N/A' });
      movers.forEach((m, k) => {
        const value = monthly.get(periode)!.get(m.kode);
        moverValues[k]!.push(value ?? null);
        const where = `${riwayatRange('Periode')},${p},${riwayatRange('Kode OPD')},${criterion(m.kode)}`;
        setFormula(row.getCell(TREND + 2 + k), `IF(COUNTIFS(${where},${riwayatRange('Nilai Evaluator')},">=0")=0,NA(),SUMIFS(${riwayatRange('Nilai Evaluator')},${where}))`, value ?? { error: '#N/A' });
      });
    }
  }

  const lastBar = Math.max(2, scored.length + 1);
  // Kode OPD on the axis: thirty full names would take the chart's height.
  const opdNames: TextRange = { ref: ref(BARS, 2, lastBar), values: scored.map((o) => o.kode) };
  const boundLines: ChartSeries[] = BANDS.map((band, b) => ({
    name: { ref: ref(BARS + 3 + b, 1), values: [boundLabel(band.threshold, band.predikat)] },
    values: { ref: ref(BARS + 3 + b, 2, lastBar), values: scored.map(() => band.threshold) },
    colour: BOUND_COLOURS[band.predikat] ?? '808080',
    dashed: true,
  }));
  const lastMonth = Math.max(2, months.length + 1);
  const monthNames: TextRange = { ref: ref(TREND, 2, lastMonth), values: months };
  const trendValues = (column: number, values: (number | null)[]): NumberRange => ({ ref: ref(column, 2, lastMonth), values });
  const moverColours = ['2E7D32', 'C62828'];

  addCharts(workbook, sheet, [
    {
      spec: {
        title: `Nilai Evaluator per OPD — ${c.periode}`,
        categories: opdNames,
        bars: [{ name: { ref: ref(BARS + 2, 1), values: ['Nilai Evaluator'] }, values: { ref: ref(BARS + 2, 2, lastBar), values: scored.map((o) => o.total) }, colour: rgb(COLOUR.header) }],
        lines: boundLines,
        valueAxis: { min: 0, max: 100, majorUnit: 10, format: '0' },
        legend: true,
      },
      anchor: { name: 'Nilai Evaluator per OPD', fromColumn: 0, fromRow: 1, toColumn: 12, toRow: 26 },
    },
    {
      spec: {
        title: `Sebaran Predikat Evaluator — ${c.periode}`,
        categories: { ref: ref(DISTRIBUTION, 2, PREDIKAT_TABLE.length + 1), values: PREDIKAT_TABLE.map((b) => b.predikat) },
        bars: [
          {
            name: { ref: ref(DISTRIBUTION + 1, 1), values: ['Jumlah OPD'] },
            values: { ref: ref(DISTRIBUTION + 1, 2, PREDIKAT_TABLE.length + 1), values: counts },
            colour: rgb(COLOUR.header),
            pointColours: PREDIKAT_TABLE.map((b) => rgb(PREDIKAT_COLOURS[b.predikat].fill)),
          },
        ],
        lines: [],
        valueAxis: { min: 0, format: '0' },
        barLabels: true,
        legend: false,
      },
      anchor: { name: 'Sebaran Predikat', fromColumn: 0, fromRow: 27, toColumn: 5, toRow: 47 },
    },
    {
      spec: {
        title: 'Tren Nilai Evaluator',
        categories: monthNames,
        bars: [],
        lines: [
          { name: { ref: ref(TREND + 1, 1), values: ['Rata-rata Kota'] }, values: trendValues(TREND + 1, averages), colour: rgb(COLOUR.header) },
          ...movers.map((m, k) => ({ name: { ref: ref(TREND + 2 + k, 1), values: [moverTitle(m, k)] }, values: trendValues(TREND + 2 + k, moverValues[k]!), colour: moverColours[k]! })),
        ],
        valueAxis: { min: 0, max: 100, majorUnit: 10, format: '0' },
        legend: true,
      },
      anchor: { name: 'Tren Nilai Evaluator', fromColumn: 5, fromRow: 27, toColumn: 12, toRow: 47 },
    },
  ]);
  sheet.finish();
}
