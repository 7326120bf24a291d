/**
 * Generates the sample city: `kota.xlsx` and, for each reporting month, a folder `YYYY-MM/` with
 * one workbook per OPD that submitted (`<KODE>-YYYY-MM.xlsx`). Deterministic: same seed, same
 * cell contents (a seeded PRNG; workbook dates are fixed).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { citySheets } from './city-sheets';
import { CITY_NAME, MONTHS, YEAR } from './city-data';
import { indicatorSeries } from './kinerja-series';
import { kinerjaSheet } from './kinerja-sheet';
import { lkeAnswersByMonth } from './lke-answers';
import { lkeSheet } from './lke-sheet';
import { OPD_CATALOGUE, type OpdSpec } from './opd-catalogue';
import type { OpdMonth } from './opd-month';
import { pohonOf } from './pohon-rows';
import { pohonSheet } from './pohon-sheet';
import { createRng } from './prng';
import { profilSheet } from './profil-sheet';
import { rekomendasiByMonth } from './rekomendasi-progress';
import { rekomendasiSheet } from './rekomendasi-sheet';
import { roleOf, SAMPLE_ROLES } from './roles';
import { writeWorkbook } from './xlsx-writer';

export const DEFAULT_SEED = 20250601;
export const CITY_FILE = 'kota.xlsx';

export interface SampleCityOptions {
  readonly seed?: number;
}

export interface SampleMonth {
  /** `2025-05`. */
  readonly period: string;
  /** Absolute or relative to the caller's outDir, as passed. */
  readonly folder: string;
  readonly files: readonly string[];
}

export interface SampleCity {
  readonly cityName: string;
  readonly year: number;
  readonly cityFile: string;
  readonly opdCount: number;
  readonly months: readonly SampleMonth[];
  /** Which OPD plays which part (roles.ts). */
  readonly roles: typeof SAMPLE_ROLES;
}

export const periodOf = (month: number): string => `${YEAR}-${String(month).padStart(2, '0')}`;
export const opdFileName = (kode: string, month: number): string => `${kode}-${periodOf(month)}.xlsx`;

/** Every month's workbook data of one OPD; months without a file are left out. */
export function opdMonths(spec: OpdSpec, position: number, seed: number): OpdMonth[] {
  const rng = createRng(seed).fork(spec.kode);
  const role = roleOf(spec.kode);
  const answers = lkeAnswersByMonth(role, MONTHS, rng.fork('lke'));
  const series = spec.indicators.map((indicator, i) => indicatorSeries(indicator, role.quality, rng.fork(`kinerja-${i}`)));
  const pohon = pohonOf(spec, role.brokenTreeLink === true);
  const rekomendasi = rekomendasiByMonth(role.quality, MONTHS.length, rng.fork('rekomendasi'));
  return MONTHS.flatMap((month, index) => {
    if (role.missingMonths?.includes(month)) return [];
    const current = answers[index]!;
    return [
      {
        spec,
        role,
        position,
        year: YEAR,
        month,
        answers: current,
        cachedAnswers: role.staleNilai && index > 0 ? answers[index - 1]! : current,
        series,
        pohon: pohon.rows,
        indicatorNodes: pohon.indicatorNodes,
        rekomendasi: rekomendasi[index]!,
      },
    ];
  });
}

export async function generateSampleCity(outDir: string, options: SampleCityOptions = {}): Promise<SampleCity> {
  const seed = options.seed ?? DEFAULT_SEED;
  await mkdir(outDir, { recursive: true });
  const cityFile = join(outDir, CITY_FILE);
  await writeWorkbook(cityFile, citySheets(OPD_CATALOGUE), { creator: 'Bagian Organisasi', date: new Date(Date.UTC(YEAR, 0, 15, 8)) });

  const files = new Map<number, string[]>(MONTHS.map((m) => [m, []]));
  for (const [position, spec] of OPD_CATALOGUE.entries()) {
    for (const m of opdMonths(spec, position, seed)) {
      const folder = join(outDir, periodOf(m.month));
      await mkdir(folder, { recursive: true });
      const file = opdFileName(spec.kode, m.month);
      const sheets = [profilSheet(m), lkeSheet(m), kinerjaSheet(m), pohonSheet(m), rekomendasiSheet(m)];
      await writeWorkbook(join(folder, file), sheets, { creator: spec.nama, date: new Date(Date.UTC(YEAR, m.month, 5, 9)) });
      files.get(m.month)!.push(file);
    }
  }
  return {
    cityName: CITY_NAME,
    year: YEAR,
    cityFile,
    opdCount: OPD_CATALOGUE.length,
    months: MONTHS.map((m) => ({ period: periodOf(m), folder: join(outDir, periodOf(m)), files: files.get(m)! })),
    roles: SAMPLE_ROLES,
  };
}
