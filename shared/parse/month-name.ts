/** Month names, Indonesian and English, full or abbreviated, any case → 1..12. */

const NAMES: readonly (readonly string[])[] = [
  ['jan', 'januari', 'january'],
  ['feb', 'februari', 'pebruari', 'february'],
  ['mar', 'maret', 'march'],
  ['apr', 'april'],
  ['mei', 'may'],
  ['jun', 'juni', 'june'],
  ['jul', 'juli', 'july'],
  ['agu', 'agt', 'agus', 'agustus', 'aug', 'august'],
  ['sep', 'sept', 'september'],
  ['okt', 'oct', 'oktober', 'october'],
  ['nov', 'nopember', 'november'],
  ['des', 'dec', 'desember', 'december'],
];

const BY_NAME = new Map<string, number>(NAMES.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));

/** The Indonesian short names used in headers: Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des. */
export const MONTH_SHORT_ID = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const;
export const MONTH_LONG_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

export function parseMonthName(text: string): number | undefined {
  return BY_NAME.get(text.trim().toLowerCase().replace(/\.$/, ''));
}
