/** Parses the city workbook (`Konfigurasi Kota`) into its configuration, with the findings of reading it. */
import { parseNegativeFormula } from '../capaian';
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { EvaluationModel } from '../models/model';
import { DEFAULT_MODEL, findModel, SHIPPED_MODELS } from '../models/registry';
import { parseBoundMode } from '../scoring/predikat';
import { isBlank, lookupSheet } from '../table/cells';
import { sheetAmbiguous } from './sheet-ambiguous';
import type { TableCell, TableSheet, WorkbookTable } from '../table/table';
import { readCode, readNumber, readText } from './cell-values';
import type { CityConfig, ListedOpd } from './city-config';
import { CITY_POHON_COLUMNS, CITY_SHEETS, DAFTAR_OPD_COLUMNS, KOTA_LABELS } from './city-format';
import { readModelSheet } from './read-model-sheet';
import { duplicateCodes } from '../checks/code-duplicate';
import { dataRows } from './data-rows';
import { findHeaderRow } from './header-row';
import { reportHeaderMissing } from './header-missing';
import { readLabelValues } from './profil-sheet';
import { parseCategoryScheme } from '../capaian/category';
import { readPohon } from './read-pohon';
import { firstTooDeep, MAX_POHON_DEPTH } from '../tree/tree-depth';
import { SheetReport } from './sheet-report';

export interface CityWorkbookRead {
  /** Present only when the city workbook has no errors. */
  readonly config?: CityConfig;
  readonly findings: Finding[];
}

export function readCityWorkbook(table: WorkbookTable): CityWorkbookRead {
  const findings: Finding[] = [];
  const sheetNamed = (name: string): TableSheet | undefined => {
    const lookup = lookupSheet(table, name);
    if (lookup.sheet && lookup.others.length > 0) findings.push(sheetAmbiguous(table.file, name, lookup.sheet, lookup.others));
    return lookup.sheet;
  };
  const required = (name: string): TableSheet | undefined => {
    const sheet = sheetNamed(name);
    if (!sheet) findings.push(makeFinding('SHEET_MISSING', { file: table.file }, { sheetName: name }));
    return sheet;
  };
  const kotaSheet = required(CITY_SHEETS.kota);
  const daftarSheet = required(CITY_SHEETS.daftarOpd);
  const pohonSheet = sheetNamed(CITY_SHEETS.pohon);
  if (!pohonSheet) findings.push(makeFinding('SHEET_RECOMMENDED_MISSING', { file: table.file }, { sheetName: CITY_SHEETS.pohon }));
  const modelSheet = sheetNamed(CITY_SHEETS.model);

  const kota = kotaSheet ? readKota(table.file, kotaSheet, modelSheet) : undefined;
  if (kotaSheet) findings.push(...kota!.findings);
  const opds = daftarSheet ? readDaftarOpd(table.file, daftarSheet, findings) : [];
  let pohon: CityConfig['pohon'] = [];
  if (pohonSheet) {
    const report = new SheetReport(table.file, pohonSheet.name);
    pohon = readPohon(pohonSheet, report, CITY_POHON_COLUMNS);
    findings.push(...report.findings, ...duplicateCodes(table.file, pohonSheet.name, pohon.map((n) => ({ kode: n.kode, cell: n.cells.kode }))));
    const deep = firstTooDeep(pohon);
    if (deep) findings.push(makeFinding('POHON_TOO_DEEP', { file: table.file, sheet: pohonSheet.name, cell: deep.node.cells.kodeInduk }, { kode: deep.node.kode, depth: deep.depth, limit: MAX_POHON_DEPTH }));
  }
  if (findings.some((f) => f.severity === 'error') || !kota?.settings) return { findings };
  return { config: { file: table.file, ...kota.settings, opds, pohon }, findings };
}

type KotaSettings = Omit<CityConfig, 'file' | 'opds' | 'pohon'>;

function readKota(file: string, sheet: TableSheet, modelSheet: TableSheet | undefined): { settings?: KotaSettings; findings: Finding[] } {
  const report = new SheetReport(file, sheet.name);
  const cells = readLabelValues(sheet, KOTA_LABELS);
  const text = (key: keyof typeof cells): string => (cells[key] ? readText(cells[key]!) : '');
  for (const spec of KOTA_LABELS) {
    const cell = cells[spec.key];
    if (spec.required && (!cell || isBlank(cell.value))) report.add('REQUIRED_VALUE_MISSING', cell?.address, { field: spec.names[0] });
  }
  const tahun = Number(text('tahun'));
  if (cells.tahun && text('tahun') && !(Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100)) {
    report.add('PROFIL_YEAR_INVALID', cells.tahun.address, { text: text('tahun') });
  }
  const choice = <T>(key: 'batasPredikat' | 'rumusNegatif', parse: (t: string) => T | undefined, field: string, allowed: string[]): T | undefined => {
    const value = parse(text(key));
    if (value === undefined) report.add('VALUE_NOT_ALLOWED', cells[key]?.address, { field, value: text(key), allowed });
    return value;
  };
  const boundMode = choice('batasPredikat', parseBoundMode, 'Batas Predikat', ['eksklusif', 'inklusif']);
  const negativeFormula = choice('rumusNegatif', parseNegativeFormula, 'Rumus Polaritas Negatif', ['2T-R', 'T/R']);
  const cap = cells.batasCapaian ? readNumber(cells.batasCapaian, 'Batas Capaian', report) : null;
  const schemeText = text('kategoriCapaian');
  const capaianScheme = schemeText ? parseCategoryScheme(schemeText) : undefined;
  if (schemeText && !capaianScheme) {
    report.add('VALUE_NOT_ALLOWED', cells.kategoriCapaian?.address, { field: 'Kategori Capaian', value: schemeText, allowed: ['Sangat Tinggi >= 91; Tinggi >= 76; Sedang >= 66; Rendah >= 51; Sangat Rendah >= 0'] });
  }

  const modelText = text('model') || DEFAULT_MODEL.id;
  const shipped = findModel(modelText);
  let model: EvaluationModel | undefined = shipped;
  const findings = report.findings;
  if (modelSheet) {
    const custom = readModelSheet(file, modelSheet, shipped ? text('namaModel') || shipped.id : modelText, shipped ?? DEFAULT_MODEL);
    model = custom.model;
    findings.push(...custom.findings);
  } else if (!shipped) {
    report.add('PROFIL_MODEL_UNKNOWN', cells.model?.address, { model: modelText, known: SHIPPED_MODELS.map((m) => m.id) });
  }
  if (findings.some((f) => f.severity === 'error') || !model || !boundMode || !negativeFormula || cap === undefined) return { findings };
  const lhe = { nomorLhe: text('nomorLhe'), penandaTangan: text('penandaTangan'), nip: text('nip'), jabatan: text('jabatan'), tempat: text('tempat') };
  return { settings: { namaKota: text('namaKota'), tahun, model, boundMode, negativeFormula, cap, lhe, ...(capaianScheme ? { capaianScheme } : {}) }, findings };
}

function readDaftarOpd(file: string, sheet: TableSheet, findings: Finding[]): ListedOpd[] {
  const report = new SheetReport(file, sheet.name);
  const header = findHeaderRow(sheet, DAFTAR_OPD_COLUMNS);
  const opds: (ListedOpd & { cell: string })[] = [];
  if (!header.ok) reportHeaderMissing(report, header.missing, header.nearest);
  else {
    for (const row of dataRows(sheet, header.headerRow, header.columns)) {
      const kode = row.get('kodeOpd')!;
      const nama = row.get('namaOpd')!;
      if (!readText(kode)) report.add('REQUIRED_VALUE_MISSING', kode.address, { field: 'Kode OPD' });
      else if (!readText(nama)) report.add('REQUIRED_VALUE_MISSING', nama.address, { field: 'Nama OPD' });
      else {
        const berkasCell = row.get('berkas');
        const berkas = berkasCell ? readText(berkasCell).split(';').map((b) => b.trim()).filter((b) => b !== '') : [];
        const nilaiTahunLalu = lastYearTotal(row.get('nilaiTahunLalu'), report);
        opds.push({ kodeOpd: readCode(kode), namaOpd: readText(nama), cell: kode.address, ...(berkas.length > 0 ? { berkas } : {}), ...(nilaiTahunLalu !== undefined ? { nilaiTahunLalu } : {}) });
      }
    }
  }
  findings.push(...report.findings, ...duplicateCodes(file, sheet.name, opds.map((o) => ({ kode: o.kodeOpd, cell: o.cell }))));
  return opds.map(({ cell: _cell, ...opd }) => opd);
}

/** A `Nilai Tahun Lalu` cell: a total 0–100, or nothing (blank); anything else is an Error finding. */
function lastYearTotal(cell: TableCell | undefined, report: SheetReport): number | undefined {
  if (!cell) return undefined;
  const value = readNumber(cell, 'Nilai Tahun Lalu', report);
  if (value === null || value === undefined) return undefined;
  if (value < 0 || value > 100) {
    report.add('VALUE_NOT_ALLOWED', cell.address, { field: 'Nilai Tahun Lalu', value: String(value).replace('.', ','), allowed: ['0–100'] });
    return undefined;
  }
  return value;
}
