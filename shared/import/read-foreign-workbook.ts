/**
 * Reads any workbook into the typed OPD model (docs/import.md): the SAKIP Kit template as ever
 * (shared/parse/read-opd-workbook.ts), or, when the workbook has no `Profil` sheet and a sheet fits
 * a foreign layout, each recognised sheet through its layout, with the identity resolved from
 * outside (identity.ts). Both hosts call this, so the pane and the pipeline read the same.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { DEFAULT_MODEL } from '../models/registry';
import type { OpdWorkbook } from '../parse/opd-workbook-model';
import { OPD_SHEETS } from '../parse/opd-format';
import { readOpdWorkbook, type OpdWorkbookRead } from '../parse/read-opd-workbook';
import { SheetReport } from '../parse/sheet-report';
import { findSheet } from '../table/cells';
import type { WorkbookTable } from '../table/table';
import { resolveIdentity, type IdentityOptions } from './identity';
import type { ImportInfo, ImportedSheet } from './import-info';
import type { ImportedCriteria, ImportedLke } from './imported-lke';
import type { NumberConvention } from './number-convention';
import { detectSheet, LAYOUTS } from './registry';

export interface ReadAnyOptions extends IdentityOptions {
  /** The source's number convention; `id` unless the host knows better (web exports: `en`). */
  readonly convention?: NumberConvention;
}

/** The sheets of a workbook that fit a foreign layout (none for the SAKIP Kit template). */
export function detectForeignSheets(table: WorkbookTable) {
  if (findSheet(table, OPD_SHEETS.profil)) return [];
  return table.sheets.flatMap((sheet) => {
    const found = detectSheet(sheet, LAYOUTS);
    return found ? [found] : [];
  });
}

export function readAnyWorkbook(table: WorkbookTable, options: ReadAnyOptions = {}): OpdWorkbookRead {
  const detections = detectForeignSheets(table);
  if (detections.length === 0) return readOpdWorkbook(table);

  const findings: Finding[] = [];
  const model = options.city?.model ?? DEFAULT_MODEL;
  const workbook: OpdWorkbook = {
    file: table.file,
    profilSheet: OPD_SHEETS.profil,
    lkeSheet: OPD_SHEETS.lke,
    indicators: [],
    kinerjaSheet: OPD_SHEETS.kinerja,
    pohon: [],
    pohonSheet: OPD_SHEETS.pohon,
    rekomendasi: [],
  };
  const sheets: ImportedSheet[] = [];
  let lke: ImportedLke | undefined;
  let criteria: ImportedCriteria | undefined;
  for (const { sheet, view, layout, detection } of detections) {
    const report = new SheetReport(table.file, sheet.name);
    const { band } = detection.match;
    report.add('IMPORT_LAYOUT_DETECTED', undefined, { layout: layout.title.id, layoutEn: layout.title.en, from: band.top + 1, to: band.bottom + 1 });
    const read = layout.read(view, detection, {
      file: table.file,
      report,
      convention: options.convention ?? 'id',
      model,
      ...(options.flags?.periode ? { month: options.flags.periode.month } : options.period ? { month: options.period.month } : {}),
    });
    sheets.push({ sheet: sheet.name, layout: layout.id, title: layout.title, part: read.part });
    switch (read.part) {
      case 'lke':
        if (!lke) {
          lke = read.lke;
          workbook.lke = read.lke.entries;
          workbook.lkeSheet = sheet.name;
        }
        break;
      case 'kinerja':
        workbook.indicators.push(...read.indicators);
        workbook.kinerjaSheet = sheet.name;
        break;
      case 'pohon':
        workbook.pohon.push(...read.pohon);
        workbook.pohonSheet = sheet.name;
        break;
      case 'rekomendasi':
        workbook.rekomendasi.push(...read.rekomendasi);
        break;
      case 'kriteria':
        criteria ??= read.criteria;
        break;
    }
    findings.push(...report.findings);
  }
  const identity = resolveIdentity(table, lke?.model.id ?? model.id, options);
  if (identity.profil) workbook.profil = identity.profil;
  findings.unshift(...identity.findings);
  if (!lke && !criteria && workbook.indicators.length === 0 && workbook.pohon.length === 0 && workbook.rekomendasi.length === 0) {
    findings.push(makeFinding('SHEET_MISSING', { file: table.file }, { sheetName: OPD_SHEETS.lke }));
  }
  const imported: ImportInfo = { sheets, ...(lke ? { lke } : {}), ...(criteria ? { criteria } : {}) };
  return { workbook, findings, imported };
}
