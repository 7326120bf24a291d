/** Folders of real .xlsx files for the consolidation tests, and readers of the consolidated workbook. */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { baseCityFixture, type CityFixture } from './city-fixture';
import { baseFixture, lkeGrid, type OpdFixture } from './opd-fixture';
import { writeCityXlsx, writeOpdXlsx } from './write-xlsx';

export const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export async function tempFolder(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `sakip-${prefix}-`));
}

export interface OpdSpec {
  readonly kode: string;
  readonly nama?: string;
  readonly answers?: Record<string, string>;
  readonly month?: number;
  readonly tahun?: number;
  readonly model?: string;
  readonly edit?: (fixture: OpdFixture) => void;
}

export function opdFixture(spec: OpdSpec): OpdFixture {
  const fixture = baseFixture();
  fixture.file = `${spec.kode.toLowerCase()}.xlsx`;
  fixture.profil = [
    ['Profil OPD'],
    ['Kode OPD', spec.kode],
    ['Nama OPD', spec.nama ?? `OPD ${spec.kode}`],
    ['Tahun', spec.tahun ?? 2025],
    ['Periode', MONTH_NAMES[(spec.month ?? 5) - 1]],
    ['Model LKE', spec.model ?? '88/2021'],
  ];
  fixture.lke = lkeGrid(spec.answers ?? {});
  spec.edit?.(fixture);
  return fixture;
}

export async function writeOpd(folder: string, spec: OpdSpec, file?: string): Promise<string> {
  const fixture = opdFixture(spec);
  const path = join(folder, file ?? fixture.file);
  await writeOpdXlsx(path, fixture);
  return path;
}

/** The four OPDs of the city the status, bureau-summary and LibreOffice scenarios share. */
export const FOUR_OPDS: readonly (readonly [string, string])[] = [
  ['DINKES', 'Dinas Kesehatan'],
  ['DISDIK', 'Dinas Pendidikan'],
  ['BAPPEDA', 'Bappeda'],
  ['DISHUB', 'Dinas Perhubungan'],
];

export async function writeCity(folder: string, opds: readonly (readonly [string, string])[], edit?: (f: CityFixture) => void): Promise<string> {
  const fixture = baseCityFixture();
  fixture.daftarOpd = [['Kode OPD', 'Nama OPD'], ...opds.map(([k, n]) => [k, n])];
  edit?.(fixture);
  await mkdir(folder, { recursive: true });
  const path = join(folder, 'kota.xlsx');
  await writeCityXlsx(path, fixture);
  return path;
}

export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** A cell's shown value: a formula's cached result, a hyperlink's text, else the value; blanks as ''. */
export function shown(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      // cell.result, not value.result: exceljs's value getter drops a cached 0.
      const result = cell.result;
      if (result === undefined || result === null) return '';
      return typeof result === 'object' && 'error' in result ? result.error : result;
    }
    if ('hyperlink' in value) return (value as ExcelJS.CellHyperlinkValue).text;
    if ('error' in value) return (value as ExcelJS.CellErrorValue).error;
    if ('richText' in value) return (value as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  }
  return value;
}

/** The rows of a table sheet (header in row 1) as records keyed by header, values as `shown` gives them. */
export function records(workbook: ExcelJS.Workbook, sheetName: string): Record<string, unknown>[] {
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const headers: string[] = [];
  sheet.getRow(1).eachCell((cell, c) => {
    headers[c] = String(cell.value);
  });
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const record: Record<string, unknown> = {};
    let any = false;
    headers.forEach((header, c) => {
      const value = shown(row.getCell(c));
      record[header] = value;
      if (value !== '') any = true;
    });
    if (any) out.push(record);
  }
  return out;
}

/** Sets cells of the LKE sheet by (Kode OPD, Kode) and saves the file, as an evaluator would in Excel. */
export async function editEvaluator(path: string, edits: readonly { kodeOpd: string; kode: string; jawaban?: string; catatan?: string }[]): Promise<void> {
  const workbook = await loadXlsx(path);
  const sheet = workbook.getWorksheet('LKE')!;
  const col: Record<string, number> = {};
  sheet.getRow(1).eachCell((cell, c) => {
    col[String(cell.value)] = c;
  });
  for (const edit of edits) {
    let found = false;
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      if (shown(row.getCell(col['Kode OPD']!)) !== edit.kodeOpd || shown(row.getCell(col.Kode!)) !== edit.kode) continue;
      if (edit.jawaban !== undefined) row.getCell(col['Jawaban Evaluator']!).value = edit.jawaban;
      if (edit.catatan !== undefined) row.getCell(col['Catatan Evaluator']!).value = edit.catatan;
      found = true;
    }
    if (!found) throw new Error(`no LKE row ${edit.kodeOpd} ${edit.kode}`);
  }
  await workbook.xlsx.writeFile(path);
}
