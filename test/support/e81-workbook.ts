/** An E.81 fixture (e81-fixture.ts) as an exceljs workbook: sheet `Realisasi TW IV`, its values and merged band. */
import ExcelJS from 'exceljs';
import type { E81Fixture } from './e81-fixture';

export function e81Workbook(fixture: E81Fixture): { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Realisasi TW IV');
  fixture.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== '' && value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
  for (const range of fixture.merges) sheet.mergeCells(range);
  return { workbook, sheet };
}
