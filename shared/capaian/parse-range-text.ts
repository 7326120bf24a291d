/**
 * A range target text "a–b" → its two number texts (workbook-format.md, general reading rules).
 * Separators: `–`, `—`, `-`, `s.d.`, `s/d`. Number parsing is left to the caller; a leading
 * sign ("-5") is a number, not a range.
 */

const NUMBER_TEXT = String.raw`[+\-\u2212]?\d(?:[\d.,\s]*\d)?%?`;
const SEPARATOR = String.raw`(?:[\u2013\u2014\-]|s\.d\.?|s\/d)`;
const RANGE = new RegExp(String.raw`^(${NUMBER_TEXT})\s*${SEPARATOR}\s*(${NUMBER_TEXT})$`, 'i');

/** undefined when the text is not a range. */
export function parseRangeText(text: string | null | undefined): { low: string; high: string } | undefined {
  const match = RANGE.exec((text ?? '').trim());
  const low = match?.[1];
  const high = match?.[2];
  if (low === undefined || high === undefined) return undefined;
  return { low: low.trim(), high: high.trim() };
}
