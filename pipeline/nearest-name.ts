/**
 * The valid name closest to a mistyped one (`--perod` → `--period`, `valdate` → `validate`), by
 * edit distance with transpositions (optimal string alignment). A name is offered only when it is
 * close enough to be the one meant: at most 2 edits, and fewer than half the typed letters.
 */

/** Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const d: number[] = new Array(rows * columns).fill(0);
  for (let i = 0; i < rows; i++) d[i * columns] = i;
  for (let j = 0; j < columns; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * columns + j]! + 1, d[i * columns + j - 1]! + 1, d[(i - 1) * columns + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * columns + j - 2]! + 1);
      d[i * columns + j] = best;
    }
  }
  return d[rows * columns - 1]!;
}

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
