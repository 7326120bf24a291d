/** How staff write numbers in the sample: real numbers, or text in the Indonesian convention. */

/** "85,5" for 85.5; "1250" for 1250 (no thousands dots: those would be ambiguous). */
export function indonesianText(value: number, decimals: number): string {
  const fixed = value.toFixed(decimals);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed.replace('.', ',');
}

/** English notation with a dot ("92.5", "28.0"): read as a decimal, with a warning. */
export function englishText(value: number, decimals: number): string {
  return value.toFixed(Math.max(1, decimals));
}

/** Thousands grouped with dots ("1.250", "104.167"): read as thousands, with a warning. */
export function thousandsText(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+$)/g, '.');
}
