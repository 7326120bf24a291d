/**
 * How alike two criterion texts are (0..1), for confirming a criterion mapped by position
 * (docs/import.md §4): Dice's coefficient over word stems, with Indonesian affixes and filler
 * words left out, so that two wordings of the same criterion score high.
 */
const FILLER = new Set(['dan', 'yang', 'telah', 'dalam', 'untuk', 'atas', 'dari', 'pada', 'dengan', 'setiap', 'secara', 'sebagai', 'ini', 'itu', 'tersebut', 'terdapat', 'dapat', 'atau', 'oleh', 'serta', 'akan', 'sudah', 'juga', 'antar', 'yaitu', 'the', 'and', 'of', 'on', 'to', 'in']);
const PREFIX = /^(meng|meny|mem|men|me|di|ber|ter|peng|pem|pen|pe|ke)(?=[a-z]{4,})/;

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
 * Which texts are confirmed at their position among `candidates` (the model's criteria of the same
 * sub-component, in order): texts and candidates are paired one to one, most alike pair first
 * (greedy); text i is confirmed when it is paired with candidate i and they share words at all
 * (≥ 0.1). Pairing as a whole, not text by text, because sibling criteria are worded alike.
 */
export function confirmPositions(texts: readonly string[], candidates: readonly string[]): boolean[] {
  const pairs: { t: number; c: number; score: number }[] = [];
  texts.forEach((text, t) => candidates.forEach((candidate, c) => pairs.push({ t, c, score: textSimilarity(text, candidate) })));
  // Highest first; on a tie, the pair on its own position first.
  pairs.sort((a, b) => b.score - a.score || Number(b.t === b.c) - Number(a.t === a.c));
  const pairedText = new Map<number, { c: number; score: number }>();
  const takenCandidate = new Set<number>();
  for (const pair of pairs) {
    if (pairedText.has(pair.t) || takenCandidate.has(pair.c)) continue;
    pairedText.set(pair.t, { c: pair.c, score: pair.score });
    takenCandidate.add(pair.c);
  }
  return texts.map((_, t) => {
    const paired = pairedText.get(t);
    return paired !== undefined && paired.c === t && paired.score >= 0.1;
  });
}
