import { catalogue } from './catalogue';
import type { Finding, FindingCode, FindingParams, Lang } from './finding';

/** Where a finding points: file always; sheet and cell when the finding is about them. */
export interface Location {
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
}

/** Longest text a finding quotes from a cell, in characters; a longer one is quoted as its start and `…`. */
export const MAX_QUOTED = 80;
const EXCERPT = 60;
/** Params that carry the kit's own sentences (reasons, format names), never a cell's text. */
const OWN_TEXT = new Set(['reason', 'reasonEn', 'format', 'formatEn']);

/** `text` as a finding quotes it: at most MAX_QUOTED characters (a surrogate pair is never split). */
export function excerpt(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  const start = Array.from(text.slice(0, 2 * MAX_QUOTED + 1));
  return start.length <= MAX_QUOTED ? text : `${start.slice(0, EXCERPT).join('')}…`;
}

function quoted(params: object): object {
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(params)) {
    if (OWN_TEXT.has(key)) continue;
    const short = typeof value === 'string' ? excerpt(value) : Array.isArray(value) && value.some((v) => typeof v === 'string' && v.length > MAX_QUOTED) ? value.map((v: unknown) => (typeof v === 'string' ? excerpt(v) : v)) : value;
    if (short !== value) (out ??= { ...params })[key] = short;
  }
  return out ?? params;
}

/** A finding; a long text in its params (a cell's value) is kept as a short excerpt, so no message grows with its input. */
export function makeFinding<C extends FindingCode>(code: C, where: Location, params: FindingParams<C>): Finding {
  const located: { file: string; sheet?: string; cell?: string } = { file: where.file };
  if (where.sheet !== undefined) located.sheet = where.sheet;
  if (where.sheet !== undefined && where.cell !== undefined) located.cell = where.cell;
  return { code, severity: catalogue[code].severity, ...located, params: quoted(params) } as Finding;
}

/** The finding's message in the user's language (Indonesian by default). */
export function findingMessage(finding: Finding, lang: Lang = 'id'): string {
  const render = catalogue[finding.code][lang] as (params: unknown) => string;
  return render(finding.params);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
