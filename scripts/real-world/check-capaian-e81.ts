/**
 * Checks `capaian-e81-deli-serdang.xlsx` (../shared/real-world, never copied into the project)
 * against the figures the workbook computes itself: read through the reading path and the
 * capaian-e81 layout, every indicator row (a row with an indicator text) must be read with its four
 * quarterly realisations; the year-to-date realisation (Kumulatif: their sum) must equal the
 * sheet's own column 13 on every row, or the row must carry IMPORT_TOTAL_MISMATCH on that cell
 * (the form's own figure typed, not summed); and capaian must follow from it (R / T × 100).
 *
 *   npx tsx scripts/real-world/check-capaian-e81.ts [path]     exit 0 when every check holds
 */
import { resolve } from 'node:path';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { aggregate } from '../../shared/capaian/aggregate';
import { indicatorCapaian } from '../../shared/capaian/indicator-capaian';
import { sheetView } from '../../shared/import/header-bands';
import { e81TotalColumn } from '../../shared/import/capaian-e81';
import { detectSheet } from '../../shared/import/registry';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { SheetReport } from '../../shared/parse/sheet-report';
import { address } from '../../shared/table/address';
import { cellAt, cellText } from '../../shared/table/cells';

const DEFAULT_PATH = resolve(__dirname, '../../../shared/real-world/capaian-e81-deli-serdang.xlsx');

export interface E81Check {
  readonly indicators: number;
  readonly rowsWithText: number;
  readonly ytdEqual: number;
  readonly ytdMismatchReported: string[];
  readonly failures: string[];
}

export async function checkCapaianE81(path = DEFAULT_PATH): Promise<E81Check> {
  const failures: string[] = [];
  const read = await readWorkbookFile(path);
  if (!read.table) throw new Error(`not read: ${read.findings.map((f) => f.code).join(', ')}`);
  const sheet = read.table.sheets[0]!;
  const detected = detectSheet(sheet);
  if (!detected || detected.layout.id !== 'capaian-e81') throw new Error(`layout not detected (${detected?.layout.id ?? 'none'})`);
  const report = new SheetReport(read.file, sheet.name);
  const result = detected.layout.read(detected.view, detected.detection, { file: read.file, report, convention: 'id', model: MODEL_88_2021 });
  if (result.part !== 'kinerja') throw new Error('not a kinerja layout');
  const { band, columns } = detected.detection.match as typeof detected.detection.match & { columns: Record<string, number> };
  const total = e81TotalColumn(sheetView(sheet), band);
  if (total === undefined) throw new Error('column 13 not found');

  // Every row under the band with an indicator text.
  const rowsWithText: number[] = [];
  for (let r = band.dataStart; r < sheet.rows.length; r += 1) {
    if (cellText(cellAt(sheet, r, columns.indikator!).value).trim() !== '') rowsWithText.push(r + 1);
  }
  const readRows = result.indicators.map((i) => Number(/\d+$/.exec(i.cells.target)![0]));
  if (readRows.join() !== rowsWithText.join()) failures.push(`indicator rows ${readRows.join()} ≠ rows with text ${rowsWithText.join()}`);

  const mismatchCells = new Set(report.findings.filter((f) => f.code === 'IMPORT_TOTAL_MISMATCH').map((f) => f.cell));
  let ytdEqual = 0;
  const ytdMismatchReported: string[] = [];
  for (const indicator of result.indicators) {
    const row = Number(/\d+$/.exec(indicator.cells.target)![0]);
    const quarters = [2, 5, 8, 11].map((m) => indicator.cells.realisasi[m]);
    if (quarters.some((c) => c === undefined)) failures.push(`row ${row}: a quarter column is missing`);
    for (const [k, cell] of quarters.entries()) {
      if (!cell) continue;
      const sheetValue = cellAt(sheet, row - 1, columnIndex(cell)).value;
      const readValue = indicator.realisasi[[2, 5, 8, 11][k]!];
      const expected = sheetValue.type === 'number' ? sheetValue.value : null;
      if (readValue !== expected) failures.push(`row ${row} TW ${k + 1}: read ${readValue}, sheet ${expected}`);
    }
    const months = { target: indicator.target, monthlyTargets: indicator.monthlyTargets, realisasi: indicator.realisasi, aggregation: indicator.agregasi };
    const aggregated = aggregate(months, 12);
    const ytd = aggregated.ok ? aggregated.realisasi : undefined;
    const column13Cell = cellAt(sheet, row - 1, total);
    const column13 = column13Cell.value.type === 'number' ? column13Cell.value.value : undefined;
    const equal = ytd === undefined ? column13 === undefined || column13 === 0 : column13 !== undefined && Math.abs(ytd - column13) <= 1e-9 * Math.max(1, Math.abs(ytd));
    if (equal) ytdEqual += 1;
    else if (mismatchCells.has(address(row, total + 1))) ytdMismatchReported.push(`${address(row, total + 1)}: kolom 13 = ${column13}, jumlah triwulan = ${ytd}`);
    else failures.push(`row ${row}: YTD ${ytd} ≠ column 13 ${column13}, not reported`);

    const capaian = indicatorCapaian(months, indicator.polaritas, 12);
    const target = indicator.target?.kind === 'number' ? indicator.target.value : undefined;
    if (ytd !== undefined && target !== undefined && target > 0) {
      if (!capaian.ok || Math.abs(capaian.value - (ytd / target) * 100) > 1e-9) failures.push(`row ${row}: capaian ${capaian.ok ? capaian.value : capaian.reason} ≠ ${(ytd / target) * 100}`);
    }
  }
  return { indicators: result.indicators.length, rowsWithText: rowsWithText.length, ytdEqual, ytdMismatchReported, failures };
}

function columnIndex(a1: string): number {
  const letters = /^[A-Z]+/.exec(a1)![0];
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

if (require.main === module) {
  void checkCapaianE81(process.argv[2] ?? DEFAULT_PATH).then(
    (check) => {
      console.log(`capaian-e81: ${check.indicators} baris indikator dibaca (dari ${check.rowsWithText} baris berteks indikator), masing-masing dengan 4 realisasi triwulan`);
      console.log(`  realisasi s.d. TW IV = kolom 13 pada ${check.ytdEqual} baris; berbeda dan dilaporkan (IMPORT_TOTAL_MISMATCH): ${check.ytdMismatchReported.length}`);
      for (const line of check.ytdMismatchReported) console.log(`    ${line}`);
      for (const failure of check.failures) console.error(`  GAGAL: ${failure}`);
      process.exitCode = check.failures.length === 0 ? 0 : 1;
    },
    (error: unknown) => {
      console.error(`capaian-e81: ${String(error)}`);
      process.exitCode = 1;
    },
  );
}
