/**
 * Which of the kit's three workbook formats a table is (workbook-format.md): an OPD workbook, the
 * city configuration (`Kota` + `Daftar OPD`), or a consolidated evaluation workbook (`Ringkasan`
 * + `LKE` + `Sumber`), so that a city or consolidated workbook dropped among the submissions, or
 * given to `validate`, is recognised and named instead of being checked as an OPD workbook.
 * A workbook with a `Profil` sheet is an OPD workbook, whatever else it holds.
 */
import { findSheet } from '../table/cells';
import type { WorkbookTable } from '../table/table';
import { CITY_SHEETS } from './city-format';
import { OPD_SHEETS } from './opd-format';

export type WorkbookKind = 'opd' | 'city' | 'consolidation';

/** The consolidated workbook's sheets that no other format has (pipeline/consolidate/consolidated-headers.ts). */
const CONSOLIDATION_SHEETS = ['Ringkasan', 'Sumber'] as const;

export function workbookKind(table: WorkbookTable): WorkbookKind {
  if (findSheet(table, OPD_SHEETS.profil)) return 'opd';
  if (findSheet(table, CITY_SHEETS.kota) && findSheet(table, CITY_SHEETS.daftarOpd)) return 'city';
  if (CONSOLIDATION_SHEETS.every((name) => findSheet(table, name)) && findSheet(table, OPD_SHEETS.lke)) return 'consolidation';
  return 'opd';
}

/** Why a workbook that is not an OPD workbook is skipped among the submissions. */
export const NOT_AN_OPD_WORKBOOK: Record<Exclude<WorkbookKind, 'opd'>, { id: string; en: string }> = {
  city: { id: 'workbook konfigurasi kota (lembar Kota dan Daftar OPD), bukan workbook OPD', en: 'a city configuration workbook (Kota and Daftar OPD sheets), not an OPD workbook' },
  consolidation: { id: 'workbook konsolidasi (lembar Ringkasan, LKE, Sumber), bukan workbook OPD', en: 'a consolidated workbook (Ringkasan, LKE, Sumber sheets), not an OPD workbook' },
};
