/**
 * The `--period` option every command that takes a month shares: `2025-05`, `5`, a month name
 * (`Mei`, `mei`, `May`) or a month with its year (`Mei 2025`), read with the core's Periode rules
 * (shared/parse/periode.ts). A period without a year takes its year from elsewhere (the city's
 * Tahun, template's --tahun): `withYear`.
 */
import { type Lang, formatPeriode, parsePeriode, type Periode, type Period } from '../shared';
import { cliText } from './cli-text';
import { UsageError } from './exit-code';
import { usageText } from './usage-text';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** `--period`'s value as a month and, when it names one, a year 2000–2100. */
export function parsePeriodOption(value: string | undefined, lang: Lang): Periode | undefined {
  if (value === undefined) return undefined;
  const period = parsePeriode({ type: 'text', value: value.trim() });
  if (!period || (period.year !== undefined && (period.year < MIN_YEAR || period.year > MAX_YEAR))) {
    throw new UsageError(cliText(lang).invalidValue('--period', value, usageText(lang).periodForms));
  }
  return period;
}

/** The period with its year: its own, else `year` (from `flag`, e.g. the city's Tahun); neither: a UsageError. */
export function withYear(period: Periode, year: number | undefined, flag: string, lang: Lang): Period {
  const text = usageText(lang);
  const known = period.year ?? year;
  if (known === undefined) throw new UsageError(text.periodNeedsYear(formatPeriode(period), flag));
  return { year: known, month: period.month };
}
