/**
 * Characters a user cannot see in a cell: zero-width space, non-joiner and joiner, word joiner,
 * byte-order mark, soft hyphen (and, for codes, the no-break space). Pasted from web pages, chat
 * apps and PDFs, they make `DINKES\u200B` look like `DINKES` while never matching it. Codes lose
 * them before matching (`cleanCode`); messages show them escaped (`DINKES<U+200B>`), so a message
 * about a text that holds one never looks absurd.
 */

/** Invisible characters that are never part of a code or a name (matched one at a time: linear). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** What messages escape: the invisibles, the no-break spaces, other zero-width and direction marks. */
const SHOWN_ESCAPED = /[\u00A0\u00AD\u180E\u200B-\u200F\u202A-\u202F\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The text without zero-width characters, BOM and soft hyphens. */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** A code as it is matched: invisible characters and no-break spaces removed, trimmed. */
export function cleanCode(text: string): string {
  return withoutInvisibles(text).replace(/\u00A0/g, ' ').trim();
}

/** The text for a message: each invisible or no-break character written as `<U+200B>`. */
export function escapeInvisibles(text: string): string {
  return text.replace(SHOWN_ESCAPED, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}
