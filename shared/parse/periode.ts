/** The reporting month of a `Profil` (Periode / Bulan): 1–12, a month name, `2024-05`, or a date. */
import type { CellValue } from '../table/table';
import { parseMonthName } from './month-name';

export interface Periode {
  readonly month: number;
  readonly year?: number;
}

/** A reporting month with its year: a consolidation's period, `--period` with its year. */
export type Period = Required<Periode>;

const isMonth = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 12;

function fromYearMonth(year: string, month: string): Periode | undefined {
  const m = Number(month);
  return isMonth(m) ? { month: m, year: Number(year) } : undefined;
}

export function parsePeriode(value: CellValue): Periode | undefined {
  if (value.type === 'number') return isMonth(value.value) ? { month: value.value } : undefined;
  if (value.type === 'date') return parsePeriodeText(value.value);
  if (value.type === 'text') return parsePeriodeText(value.value);
  return undefined;
}

function parsePeriodeText(raw: string): Periode | undefined {
  const text = raw.trim();
  let match: RegExpExecArray | null;
  if (/^\d{1,2}$/.test(text)) return isMonth(Number(text)) ? { month: Number(text) } : undefined;
  if ((match = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2}(?:[T ].*)?)?$/.exec(text))) return fromYearMonth(match[1]!, match[2]!);
  if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(text))) return fromYearMonth(match[2]!, match[1]!);
  if ((match = /^\d{1,2}[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) return fromYearMonth(match[2]!, match[1]!);
  if ((match = /^([A-Za-z.]+)(?:[\s-]+(\d{4}))?$/.exec(text))) {
    const month = parseMonthName(match[1]!);
    if (month === undefined) return undefined;
    return match[2] ? { month, year: Number(match[2]) } : { month };
  }
  return undefined;
}

/** `2024-05` (or `05` when the year is unknown). */
export function formatPeriode(periode: Periode): string {
  const mm = String(periode.month).padStart(2, '0');
  return periode.year === undefined ? mm : `${periode.year}-${mm}`;
}
