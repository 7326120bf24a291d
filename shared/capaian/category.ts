/** Capaian category (scoring.md §6). Never to be confused with the AA–D predikat. */
import { round2 } from '../scoring/rounding';

export type CapaianCategory = 'Sangat Tinggi' | 'Tinggi' | 'Sedang' | 'Rendah' | 'Sangat Rendah';

/** Bands by lower bound (inclusive), highest first. A value below every bound falls in the last band. */
export type CategoryScheme = readonly { readonly min: number; readonly category: CapaianCategory }[];

export const DEFAULT_CATEGORY_SCHEME: CategoryScheme = [
  { min: 91, category: 'Sangat Tinggi' },
  { min: 76, category: 'Tinggi' },
  { min: 66, category: 'Sedang' },
  { min: 51, category: 'Rendah' },
  { min: 0, category: 'Sangat Rendah' },
];

/** The category of a capaian (%), compared on the value rounded half-up to 2 decimals. */
export function capaianCategory(percent: number, scheme: CategoryScheme = DEFAULT_CATEGORY_SCHEME): CapaianCategory {
  const rounded = round2(percent);
  const bands = [...scheme].sort((a, b) => b.min - a.min);
  const band = bands.find((b) => rounded >= b.min) ?? bands[bands.length - 1];
  return band?.category ?? 'Sangat Rendah';
}

const CATEGORIES: readonly CapaianCategory[] = ['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah'];

/**
 * A city's bands, `Sangat Tinggi >= 91; Tinggi >= 76; Sedang >= 66; Rendah >= 51; Sangat Rendah >= 0`
 * (`≥` accepted, numbers Indonesian or plain); undefined when a part cannot be read.
 */
export function parseCategoryScheme(text: string): CategoryScheme | undefined {
  const bands: { min: number; category: CapaianCategory }[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^(.+?)\s*(?:>=|≥)\s*(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(part);
    const category = CATEGORIES.find((c) => c.toLowerCase() === match?.[1]?.trim().toLowerCase().replace(/\s+/g, ' '));
    if (!match || !category) return undefined;
    bands.push({ min: Number(match[2]!.replace(',', '.')), category });
  }
  return bands.length > 0 ? bands.sort((a, b) => b.min - a.min) : undefined;
}
