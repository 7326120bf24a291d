/**
 * The hand-written streaming writer (pipeline/consolidate/xlsx/) against exceljs's
 * `stream.xlsx.WorkbookWriter`, writing the same rows: the shape of a 1,000-workbook consolidation
 * (bench corpus: 90 LKE rows and 400 Kinerja rows per OPD) — an LKE sheet of 90,000 rows × 15
 * cells and a Kinerja sheet of 400,000 rows × 20 cells, with the consolidation's styles (bold
 * header, wrapped text, number formats) and inline text. Each writer runs in its own process:
 *
 *   npx tsx bench/writer-compare.ts            # both, 1,000 OPDs; prints seconds and peak RSS
 *   npx tsx bench/writer-compare.ts 100        # 100 OPDs
 *
 * Recorded in docs/performance.md ("Streaming writer against exceljs").
 */
import { execFileSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { StreamingWorkbook } from '../pipeline/consolidate/xlsx';

const LKE_COLUMNS = 15;
const KINERJA_COLUMNS = 20;

/** The value of row r, column c: text in the first columns, numbers after. */
function value(r: number, c: number, textColumns: number): string | number {
  if (c === 1) return `OPD${Math.floor(r / 90) + 1}`;
  if (c <= textColumns) return c === 3 ? `Uraian kriteria atau indikator nomor ${r} yang cukup panjang untuk dilipat` : `K${r}.${c}`;
  return (r * 7 + c) % 100;
}

interface Shape {
  readonly name: string;
  readonly rows: number;
  readonly columns: number;
  readonly textColumns: number;
}

function shapes(opds: number): Shape[] {
  return [
    { name: 'LKE', rows: opds * 90, columns: LKE_COLUMNS, textColumns: 6 },
    { name: 'Kinerja', rows: opds * 400, columns: KINERJA_COLUMNS, textColumns: 4 },
  ];
}

function writeHand(path: string, opds: number): void {
  const fd = openSync(path, 'w');
  const book = new StreamingWorkbook(fd);
  for (const shape of shapes(opds)) {
    const sheet = book.addSheet(shape.name, { columns: Array.from({ length: shape.columns }, (_, i) => ({ width: i === 2 ? 40 : 12, ...(i >= shape.textColumns ? { numFmt: '0.00' } : {}) })) });
    const header = sheet.getRow(1);
    header.font = { bold: true };
    for (let c = 1; c <= shape.columns; c += 1) header.getCell(c).value = `Kolom ${c}`;
    for (let r = 2; r <= shape.rows + 1; r += 1) {
      const row = sheet.getRow(r);
      for (let c = 1; c <= shape.columns; c += 1) {
        const cell = row.getCell(c);
        cell.value = value(r, c, shape.textColumns);
        if (c === 3) cell.alignment = { wrapText: true, vertical: 'top' };
      }
    }
    sheet.finish();
  }
  const now = new Date();
  book.end({ creator: 'bench', lastModifiedBy: 'bench', title: 'bench', subject: '', created: now, modified: now });
  closeSync(fd);
}

async function writeExceljs(path: string, opds: number): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: createWriteStream(path), useStyles: true, useSharedStrings: false });
  for (const shape of shapes(opds)) {
    const sheet = book.addWorksheet(shape.name);
    sheet.columns = Array.from({ length: shape.columns }, (_, i) => ({ width: i === 2 ? 40 : 12, ...(i >= shape.textColumns ? { style: { numFmt: '0.00' } } : {}) }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    for (let c = 1; c <= shape.columns; c += 1) header.getCell(c).value = `Kolom ${c}`;
    header.commit();
    for (let r = 2; r <= shape.rows + 1; r += 1) {
      const row = sheet.getRow(r);
      for (let c = 1; c <= shape.columns; c += 1) {
        const cell = row.getCell(c);
        cell.value = value(r, c, shape.textColumns);
        if (c === 3) cell.alignment = { wrapText: true, vertical: 'top' };
      }
      row.commit();
    }
    sheet.commit();
  }
  await book.commit();
}

async function child(kind: string, opds: number): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'sakip-writer-bench-'));
  const path = join(folder, `${kind}.xlsx`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  if (kind === 'hand') writeHand(path, opds);
  else await writeExceljs(path, opds);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  const bytes = statSync(path).size;
  rmSync(folder, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ kind, opds, seconds, cpuSeconds, peakRssMb: process.resourceUsage().maxRSS / 1024, megabytes: bytes / 1024 / 1024 }));
}

function main(): void {
  const [first, second] = process.argv.slice(2);
  if (first === '--child') {
    void child(second!, Number(process.argv[4]));
    return;
  }
  const opds = Number(first ?? 1000);
  for (const kind of ['hand', 'exceljs']) {
    const out = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', kind, String(opds)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out) as { seconds: number; cpuSeconds: number; peakRssMb: number; megabytes: number };
    console.log(`${kind === 'hand' ? 'hand-written streaming writer' : 'exceljs stream.xlsx.WorkbookWriter'}: ${opds} OPDs, ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s), peak RSS ${Math.round(r.peakRssMb)} MB, ${r.megabytes.toFixed(1)} MB file`);
  }
}

main();
