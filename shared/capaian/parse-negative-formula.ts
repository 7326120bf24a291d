/** Negative-polarity formula setting text → `2T-R` (default on blank) or `T/R`, spaces and case ignored. */
import type { NegativeFormula } from './types';

/** undefined when not a formula. */
export function parseNegativeFormula(text: string | null | undefined): NegativeFormula | undefined {
  const key = (text ?? '').replace(/\s+/g, '').toUpperCase().replace(/[\u2212\u2013]/g, '-');
  if (key === '' || key === '2T-R') return '2T-R';
  if (key === 'T/R') return 'T/R';
  return undefined;
}
