/** Writes grids (the fixtures' plain values) as the sheets of a real .xlsx file, for pipeline tests. */
import ExcelJS from 'exceljs';
import type { Grid, OpdFixture } from './opd-fixture';
import type { CityFixture } from './city-fixture';

export async function writeGridsXlsx(path: string, sheets: readonly (readonly [string, Grid])[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, grid] of sheets) {
    const sheet = workbook.addWorksheet(name);
    grid.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === '' || value === null || value === undefined) return;
        sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      });
    });
  }
  await workbook.xlsx.writeFile(path);
}

export function writeOpdXlsx(path: string, fixture: OpdFixture): Promise<void> {
  return writeGridsXlsx(path, [
    ['Profil', fixture.profil],
    ['LKE', fixture.lke],
    ['Kinerja', fixture.kinerja],
    ['Pohon Kinerja', fixture.pohon],
    ['Rekomendasi', fixture.rekomendasi],
  ]);
}

export function writeCityXlsx(path: string, fixture: CityFixture): Promise<void> {
  const sheets: [string, Grid][] = [
    ['Kota', fixture.kota],
    ['Daftar OPD', fixture.daftarOpd],
    ['Pohon Kinerja Kota', fixture.pohon],
  ];
  if (fixture.model) sheets.push(['Model LKE', fixture.model]);
  return writeGridsXlsx(path, sheets);
}
