/**
 * The valid name closest to a mistyped one (`--perod` → `--period`, `valdate` → `validate`), by
 * edit distance with transpositions (optimal string alignment). A name is offered only when it is
 * close enough to be the one meant: at most 2 edits, and fewer than half the typed letters.
 */
import { editDistance } from '../shared';

/** The candidate nearest to `typed` (case-insensitive), or undefined when none is close; ties: the first. */
export function nearestName(typed: string, candidates: readonly string[]): string | undefined {
  const wanted = typed.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  const letters = wanted.replace(/^-+/, '').length;
  return best.distance <= 2 && best.distance * 2 < Math.max(letters, 1) ? best.name : undefined;
}
