/** A calendar date from a cell: a date cell, `yyyy-mm-dd`, or day/month/year (`31/05/2025`, `31-05-2025`, `31.05.2025`). */
import type { CellValue } from '../table/table';

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `yyyy-mm-dd`, or undefined when the cell is blank or not a date. */
export function parseDateCell(value: CellValue): string | undefined {
  if (value.type === 'date') return parseDateText(value.value.slice(0, 10));
  if (value.type === 'text') return parseDateText(value.value);
  return undefined;
}

export function parseDateText(raw: string): string | undefined {
  const text = raw.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) return valid(Number(match[1]), Number(match[2]), Number(match[3]));
  if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text))) return valid(Number(match[3]), Number(match[2]), Number(match[1]));
  return undefined;
}
