/** Parses an OPD workbook's tables into its typed model, with the findings of reading them. */
import type { Finding } from '../findings/finding';
import type { ImportInfo } from '../import/import-info';
import { makeFinding } from '../findings/make-finding';
import { findSheet } from '../table/cells';
import type { WorkbookTable } from '../table/table';
import { OPD_SHEETS } from './opd-format';
import type { OpdWorkbook } from './opd-workbook-model';
import { readKinerja } from './read-kinerja';
import { readLke } from './read-lke';
import { readPohon } from './read-pohon';
import { readProfil } from './read-profil';
import { readRekomendasi } from './read-rekomendasi';
import { SheetReport } from './sheet-report';

export interface OpdWorkbookRead {
  readonly workbook: OpdWorkbook;
  readonly findings: Finding[];
  /** A foreign workbook read through its layouts (shared/import/read-foreign-workbook.ts). */
  readonly imported?: ImportInfo;
}

export function readOpdWorkbook(table: WorkbookTable): OpdWorkbookRead {
  const findings: Finding[] = [];
  const sheet = (name: string, required: 'required' | 'recommended' | 'optional') => {
    const found = findSheet(table, name);
    if (!found && required !== 'optional') {
      findings.push(makeFinding(required === 'required' ? 'SHEET_MISSING' : 'SHEET_RECOMMENDED_MISSING', { file: table.file }, { sheetName: name }));
    }
    return found;
  };
  const reportFor = (name: string) => new SheetReport(table.file, name);

  const profilSheet = sheet(OPD_SHEETS.profil, 'required');
  const lkeSheet = sheet(OPD_SHEETS.lke, 'required');
  const kinerjaSheet = sheet(OPD_SHEETS.kinerja, 'recommended');
  const pohonSheet = sheet(OPD_SHEETS.pohon, 'recommended');
  const rekomendasiSheet = sheet(OPD_SHEETS.rekomendasi, 'optional');

  const workbook: OpdWorkbook = {
    file: table.file,
    profilSheet: profilSheet?.name ?? OPD_SHEETS.profil,
    lkeSheet: lkeSheet?.name ?? OPD_SHEETS.lke,
    indicators: [],
    kinerjaSheet: kinerjaSheet?.name ?? OPD_SHEETS.kinerja,
    pohon: [],
    pohonSheet: pohonSheet?.name ?? OPD_SHEETS.pohon,
    rekomendasi: [],
  };
  const reports: SheetReport[] = [];
  if (profilSheet) {
    const report = reportFor(profilSheet.name);
    const profil = readProfil(profilSheet, report);
    if (profil) workbook.profil = profil;
    reports.push(report);
  }
  if (lkeSheet) {
    const report = reportFor(lkeSheet.name);
    const lke = readLke(lkeSheet, report);
    if (lke) workbook.lke = lke;
    reports.push(report);
  }
  if (kinerjaSheet) {
    const report = reportFor(kinerjaSheet.name);
    workbook.indicators = readKinerja(kinerjaSheet, report, workbook.profil?.periode.month);
    reports.push(report);
  }
  if (pohonSheet) {
    const report = reportFor(pohonSheet.name);
    workbook.pohon = readPohon(pohonSheet, report);
    reports.push(report);
  }
  if (rekomendasiSheet) {
    const report = reportFor(rekomendasiSheet.name);
    workbook.rekomendasi = readRekomendasi(rekomendasiSheet, report);
    reports.push(report);
  }
  for (const report of reports) findings.push(...report.findings);
  return { workbook, findings };
}
