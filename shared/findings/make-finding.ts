import { catalogue } from './catalogue';
import type { Finding, FindingCode, FindingParams, Lang } from './finding';

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

/** The finding's message in the user's language (Indonesian by default). */
export function findingMessage(finding: Finding, lang: Lang = 'id'): string {
  const render = catalogue[finding.code][lang] as (params: unknown) => string;
  return render(finding.params);
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
