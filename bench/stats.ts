/** Small numeric helpers of the benchmark. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A number with `digits` decimals, or `–` when not measured. */
export const fixed = (value: number | undefined, digits = 2): string => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));

/** 12 345 678 → "12,345,678". */
export const thousands = (value: number): string => Math.round(value).toLocaleString('en-US');
