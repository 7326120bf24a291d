/** `Polaritas` cell text → polarity: `Positif`/`+` or `Negatif`/`-` (also the minus sign `−`), any case. */
import type { Polarity } from './types';

const POLARITIES: Record<string, Polarity> = {
  positif: 'positif',
  '+': 'positif',
  negatif: 'negatif',
  '-': 'negatif',
  '\u2212': 'negatif',
};

/** undefined when blank or not a polarity. */
export function parsePolarity(text: string | null | undefined): Polarity | undefined {
  const key = (text ?? '').trim().toLowerCase();
  return Object.hasOwn(POLARITIES, key) ? POLARITIES[key] : undefined;
}
