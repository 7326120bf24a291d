import { catalogue } from './catalogue';
import type { Finding, FindingCode, FindingParams, Lang } from './finding';
import { escapeInvisibles } from '../text/invisible-characters';

/** Where a finding points: file always; sheet and cell when the finding is about them. */
export interface Location {
  readonly file: string;
  readonly sheet?: string;
  readonly cell?: string;
}

export function makeFinding<C extends FindingCode>(code: C, where: Location, params: FindingParams<C>): Finding {
  const located: { file: string; sheet?: string; cell?: string } = { file: where.file };
  if (where.sheet !== undefined) located.sheet = where.sheet;
  if (where.sheet !== undefined && where.cell !== undefined) located.cell = where.cell;
  return { code, severity: catalogue[code].severity, ...located, params } as Finding;
}

/** The params as a message shows them: invisible characters in texts escaped (`DINKES<U+200B>`). */
function shownParams(params: unknown): unknown {
  if (params === null || typeof params !== 'object') return params;
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    shown[key] = typeof value === 'string' ? escapeInvisibles(value) : Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? escapeInvisibles(v) : v)) : value;
  }
  return shown;
}

/** The finding's message in the user's language (Indonesian by default); invisible characters from the file are shown escaped. */
export function findingMessage(finding: Finding, lang: Lang = 'id'): string {
  const render = catalogue[finding.code][lang] as (params: unknown) => string;
  return render(shownParams(finding.params));
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
