/** Numbers as users read them: Indonesian `1.234,56` by default, English `1,234.56` on request. */

import type { Lang } from '../findings/finding';

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang = 'id', maxDecimals = 2, minDecimals = 0): string {
  const key = `${lang}:${minDecimals}:${maxDecimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** A score with exactly two decimals: `70,96`, `80,00`. */
export function formatScore(value: number, lang: Lang = 'id'): string {
  return formatNumber(value, lang, 2, 2);
}
