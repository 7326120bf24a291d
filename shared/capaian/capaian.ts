/** Capaian kinerja of one target and one (aggregated) realisasi, in % (scoring.md §6). */
import type { NoValueReason } from './no-value-reasons';
import { DEFAULT_CAPAIAN_OPTIONS, type CapaianOptions, type Polarity, type Target } from './types';

export type CapaianResult =
  | { readonly ok: true; readonly value: number; readonly raw: number }
  | { readonly ok: false; readonly reason: NoValueReason };

const noValue = (reason: NoValueReason): CapaianResult => ({ ok: false, reason });

/**
 * Positive: R / T × 100. Negative `2T-R`: (2T − R) / T × 100 floored at 0; negative `T/R`: T / R × 100.
 * A range a–b gives 100 inside; outside, the nearest bound plays T. `raw` is before the cap, `value` after.
 * Blank or 0 target, blank realisasi and (T/R) realisasi 0 give no value; realisasi 0 is otherwise a value.
 * A result beyond the largest number (9.99E+307 against a target of 0.01 with no cap) gives no
 * value either (`overflow`): a non-finite capaian is never passed on.
 */
export function capaian(
  target: Target | null,
  realisasi: number | null,
  polarity: Polarity,
  options: CapaianOptions = DEFAULT_CAPAIAN_OPTIONS,
): CapaianResult {
  if (target === null) return noValue('target-missing');
  if (target.kind === 'number' && Number.isNaN(target.value)) return noValue('target-missing');
  if (target.kind === 'number' && !Number.isFinite(target.value)) return noValue('overflow');
  if (target.kind === 'range' && !(Number.isFinite(target.low) && Number.isFinite(target.high))) {
    return noValue('target-missing');
  }
  if (target.kind === 'number' && target.value === 0) return noValue('target-zero');
  if (realisasi === null || Number.isNaN(realisasi)) return noValue('realisasi-missing');
  if (!Number.isFinite(realisasi)) return noValue('overflow');
  const formula = options.negativeFormula ?? '2T-R';
  if (polarity === 'negatif' && formula === 'T/R' && realisasi === 0) return noValue('realisasi-zero');

  const t = effectiveTarget(target, realisasi);
  if (t === 'inside') return withCap(100, options);
  if (t === 0) return noValue('target-zero');

  let raw: number;
  if (polarity === 'positif') raw = (realisasi / t) * 100;
  else if (formula === 'T/R') raw = (t / realisasi) * 100;
  else raw = Math.max(0, ((2 * t - realisasi) / t) * 100);
  return withCap(raw, options);
}

/** The number playing T: the target itself, or a range's nearest bound ('inside' when R is within it). */
function effectiveTarget(target: Target, realisasi: number): number | 'inside' {
  if (target.kind === 'number') return target.value;
  const low = Math.min(target.low, target.high);
  const high = Math.max(target.low, target.high);
  if (realisasi > high) return high;
  if (realisasi < low) return low;
  return 'inside';
}

function withCap(raw: number, options: CapaianOptions): CapaianResult {
  if (!Number.isFinite(raw)) return noValue('overflow');
  const cap = options.cap;
  const value = cap === null || cap === undefined ? raw : Math.min(raw, cap);
  return { ok: true, value, raw };
}
