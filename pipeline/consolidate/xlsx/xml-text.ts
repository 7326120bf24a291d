/**
 * The one escaping function every string the workbook writer puts into XML passes (cell text,
 * formulas, sheet and defined names, hyperlink targets and locations, header/footer texts,
 * validation messages, document properties):
 * - characters XML 1.0 forbids are dropped: C0 controls other than tab, LF and CR, U+FFFE,
 *   U+FFFF and lone surrogates (DEL and C1 controls are legal XML and kept); the input cell that
 *   held one has a CELL_TEXT_CHARACTER_DROPPED finding (shared/checks/cell-text-characters.ts);
 * - `_xHHHH_` in the text is written `_x005F_xHHHH_`, Excel's escape of its own escape, so a
 *   reader that decodes `_xHHHH_` (Excel, openpyxl, this kit's reader) gets the text back as it
 *   was typed, never a forbidden character;
 * - `& < > " '` become entities, and CR a character reference (a raw CR is normalised away by
 *   XML parsers).
 * One pass over the text, linear in its length.
 */
const SPECIAL = /[&<>"'\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]|_x[0-9a-fA-F]{4}_/;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** `_xHHHH_` at `i` (the OOXML escape of a character). */
function isOoxmlEscapeAt(text: string, i: number): boolean {
  return (
    text.charCodeAt(i + 1) === 120 /* x */ &&
    isHex(text.charCodeAt(i + 2)) &&
    isHex(text.charCodeAt(i + 3)) &&
    isHex(text.charCodeAt(i + 4)) &&
    isHex(text.charCodeAt(i + 5)) &&
    text.charCodeAt(i + 6) === 95 /* _ */
  );
}

/** Whether a UTF-16 code unit at `i` is a forbidden character (a lone surrogate counts). */
function forbiddenAt(text: string, i: number): 0 | 1 | 2 {
  const code = text.charCodeAt(i);
  if (code < 0x20) return code === 9 || code === 10 || code === 13 ? 0 : 1;
  if (code === 0xfffe || code === 0xffff) return 1;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  if (code >= 0xdc00 && code <= 0xdfff) return 1;
  return 0;
}

/** Text safe for an XML 1.0 element or attribute value (see the module comment). */
export function xmlText(text: string): string {
  if (!SPECIAL.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const kind = forbiddenAt(text, i);
    if (kind === 1) continue;
    if (kind === 2) {
      out += ch + text[i + 1]!;
      i += 1;
      continue;
    }
    const entity = ENTITIES[ch];
    if (entity !== undefined) out += entity;
    else if (ch === '_' && isOoxmlEscapeAt(text, i)) out += '_x005F_';
    else out += ch;
  }
  return out;
}

/** `text` without the characters XML 1.0 forbids (for values that are measured or compared before escaping). */
export function withoutForbiddenCharacters(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i += 1) {
    const kind = forbiddenAt(text, i);
    if (kind === 1) {
      changed = true;
      continue;
    }
    out += text[i]!;
    if (kind === 2) {
      out += text[i + 1]!;
      i += 1;
    }
  }
  return changed ? out : text;
}
