/**
 * Text numbers in the Indonesian convention (workbook-format.md, general reading rules):
 * spaces removed and one trailing `%` dropped; `,` is the decimal separator and dots must be
 * thousands groups; dots alone in groups of three are thousands (with a warning); one dot
 * otherwise is an English decimal point (with a warning).
 */

export type NumberNote = 'ambiguous-thousands' | 'english-decimal';

export type NumberText =
  | { readonly ok: true; readonly value: number; readonly note?: NumberNote }
  | { readonly ok: false };

const INTEGER = String.raw`(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+)`;
const WITH_COMMA = new RegExp(String.raw`^${INTEGER},\d+$`);
const THOUSANDS_ONLY = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
const ONE_DOT = /^\d+\.\d+$/;
const DIGITS = /^\d+$/;

export function parseNumberText(text: string): NumberText {
  let t = text.replace(/[\s\u00a0\u202f]+/g, '');
  if (t.endsWith('%')) t = t.slice(0, -1);
  let sign = 1;
  if (/^[-−]/.test(t)) {
    sign = -1;
    t = t.slice(1);
  } else if (t.startsWith('+')) {
    t = t.slice(1);
  }
  const read = (digits: string, note?: NumberNote): NumberText => {
    const value = sign * Number(digits);
    return note ? { ok: true, value, note } : { ok: true, value };
  };
  if (DIGITS.test(t)) return read(t);
  if (WITH_COMMA.test(t)) return read(t.replace(/\./g, '').replace(',', '.'));
  if (THOUSANDS_ONLY.test(t)) return read(t.replace(/\./g, ''), 'ambiguous-thousands');
  if (ONE_DOT.test(t)) return read(t, 'english-decimal');
  return { ok: false };
}
