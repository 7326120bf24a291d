/** Why an HTML export is not read: thrown while it is parsed, caught at the reader's boundary. */
import { formatNumber } from '../format/number-format';

export class HtmlExportRefused extends Error {
  constructor(
    readonly reason: string,
    readonly reasonEn: string,
  ) {
    super(reasonEn);
  }
}

/** A limit was passed: `what` in both languages, with the limit. */
export function overLimit(what: { id: string; en: string }, limit: number): HtmlExportRefused {
  return new HtmlExportRefused(
    `ekspor HTML: ${what.id} melebihi batas ${formatNumber(limit, 'id', 0)}`,
    `HTML export: ${what.en} exceeds the limit of ${formatNumber(limit, 'en', 0)}`,
  );
}
