/** A1 addresses: column letters ⇄ 1-based numbers. */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Column letters → 1-based number, any case (`A` → 1, `aa` → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 96);
  return n;
}

/** `address(3, 2)` → `B3` (row and column 1-based). */
export function address(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `parseAddress('B3')` → `{ row: 3, column: 2 }`; undefined for anything that is not a plain A1 address. */
export function parseAddress(a1: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), column };
}
