/**
 * How alike two criterion texts are (0..1), for confirming a criterion mapped by position
 * (docs/import.md §4): Dice's coefficient over word stems, with Indonesian affixes and filler
 * words left out, so that two wordings of the same criterion score high.
 */
const FILLER = new Set(['dan', 'yang', 'telah', 'dalam', 'untuk', 'atas', 'dari', 'pada', 'dengan', 'setiap', 'secara', 'sebagai', 'ini', 'itu', 'tersebut', 'terdapat', 'dapat', 'atau', 'oleh', 'serta', 'akan', 'sudah', 'juga', 'antar', 'yaitu']);
const PREFIX = /^(meng|meny|mem|men|me|di|ber|ter|peng|pem|pen|per|pe|ke)(?=[a-z]{4,})/;

export function stems(text: string): Set<string> {
  const words = text.toLowerCase().split(/[^a-z0-9]+/);
  const result = new Set<string>();
  for (const word of words) {
    if (word.length < 3 || FILLER.has(word) || /^\d+$/.test(word)) continue;
    result.add(word.replace(PREFIX, '').slice(0, 5));
  }
  return result;
}

export function textSimilarity(a: string, b: string): number {
  const x = stems(a);
  const y = stems(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Is `text` the criterion at `position` of `candidates` (the criteria of the same sub-component)?
 * Yes when it is clearly alike (≥ 0.5), or alike at all (≥ 0.15) and no other candidate is more alike.
 */
export function confirmsPosition(text: string, candidates: readonly string[], position: number): boolean {
  const own = candidates[position];
  if (own === undefined) return false;
  const score = textSimilarity(text, own);
  if (score >= 0.5) return true;
  if (score < 0.15) return false;
  return candidates.every((other, i) => i === position || textSimilarity(text, other) <= score);
}
