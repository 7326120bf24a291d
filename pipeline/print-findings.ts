/**
 * Findings as a plain-text table (Berkas, Lembar, Sel, Tingkat, Kode, Pesan) and as JSON, in the
 * user's language. Used by `validate` and `consolidate`.
 */
import { findingMessage, catalogue, SEVERITY_LABEL, type Finding, type Lang } from '../shared';
import { cliText } from './cli-text';

/** The longest a Pesan cell gets in the table before it is cut (the JSON keeps it whole). */
const MESSAGE_WIDTH = 100;
/** The same for the catalogue's "cara memperbaiki" (the JSON has it whole). */
const FIX_WIDTH = 90;

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

/** A table of rows of text, columns padded to their widest cell, header underlined. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function findingsTable(findings: readonly Finding[], lang: Lang = 'id'): string {
  const h = cliText(lang).headers;
  const rows = findings.map((f) => [f.file, f.sheet ?? '', f.cell ?? '', SEVERITY_LABEL[f.severity][lang], f.code, cut(findingMessage(f, lang), MESSAGE_WIDTH), cut(catalogue[f.code].fix[lang], FIX_WIDTH)]);
  return textTable([h.file, h.sheet, h.cell, h.severity, h.code, h.message, h.fix], rows);
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

export interface FindingJson {
  readonly code: string;
  readonly severity: Finding['severity'];
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
  readonly message: string;
  readonly messageEn: string;
  /** What to do about it (the catalogue's "cara memperbaiki"), Indonesian and English. */
  readonly fix: string;
  readonly fixEn: string;
  readonly params: unknown;
}

/** A finding for `--json`: the message in Indonesian (`message`) and English (`messageEn`). */
export function findingJson(finding: Finding): FindingJson {
  return {
    code: finding.code,
    severity: finding.severity,
    file: finding.file,
    ...(finding.sheet !== undefined ? { sheet: finding.sheet } : {}),
    ...(finding.cell !== undefined ? { cell: finding.cell } : {}),
    message: findingMessage(finding, 'id'),
    messageEn: findingMessage(finding, 'en'),
    fix: catalogue[finding.code].fix.id,
    fixEn: catalogue[finding.code].fix.en,
    params: finding.params,
  };
}
