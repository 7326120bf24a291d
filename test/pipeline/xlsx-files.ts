/** Test helpers: real .xlsx files written to a temporary folder, and zip surgery with fflate. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export function temporaryFolder(): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sakip-test-'));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function smallWorkbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.getCell('A1').value = 'Kode';
  sheet.getCell('B1').value = 1;
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The zip with each named part's text transformed. */
export function editZip(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const parts = unzipSync(bytes);
  const files = Object.create(null) as Zippable;
  for (const [name, data] of Object.entries(parts)) {
    const edit = edits[name];
    files[name] = edit ? strToU8(edit(strFromU8(data))) : data;
  }
  return zipSync(files);
}

export function writeBytes(path: string, bytes: Uint8Array): string {
  writeFileSync(path, bytes);
  return path;
}
