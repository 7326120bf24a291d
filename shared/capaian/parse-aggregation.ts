/** `Agregasi` cell text → aggregation, case- and space-insensitive; blank → `Akhir` (the default). */
import type { Aggregation } from './types';

const AGGREGATIONS: Record<string, Aggregation> = {
  kumulatif: 'Kumulatif',
  akhir: 'Akhir',
  ratarata: 'Rata-rata', // "Rata-rata", "Rata rata", "Ratarata"
};

/** undefined when not an aggregation. */
export function parseAggregation(text: string | null | undefined): Aggregation | undefined {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return 'Akhir';
  const key = trimmed.toLowerCase().replace(/[\s\-\u2013]+/g, '');
  return Object.hasOwn(AGGREGATIONS, key) ? AGGREGATIONS[key] : undefined;
}
