/** Decimal rounding for display and grading (scoring.md §3–4). */

/** Moves the decimal point of `value` by `places` through its decimal text, avoiding binary error. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent ?? 0) + places}`);
}

/**
 * Rounds half-up (away from zero) to `decimals` places, on the number's decimal value:
 * 90.005 → 90.01 although 90.005 × 100 is 9000.4999… in binary. The input is first read to
 * 15 significant digits, which removes binary noise from sums such as 0.1 + 0.2.
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const magnitude = Number(Math.abs(x).toPrecision(15));
  const rounded = shiftDecimal(Math.round(shiftDecimal(magnitude, decimals)), -decimals);
  return rounded === 0 ? 0 : Math.sign(x) * rounded;
}

/** Half-up to 2 decimals: 90.005 → 90.01, 90.004 → 90, 1.005 → 1.01, −1.005 → −1.01. */
export function round2(x: number): number {
  return roundHalfUp(x, 2);
}
