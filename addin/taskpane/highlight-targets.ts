/** Which cells "Sorot" colours, and with which colour: one per finding cell, an error beats a warning. */
import type { Finding, Severity } from '../../shared';

export const HIGHLIGHT_FILL: Record<Severity, string> = { error: '#F4B6B6', warning: '#FFE8A3' };

export interface CellTarget {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: Severity;
}

/** Findings that name a cell, one target per (sheet, cell), in finding order. */
export function highlightTargets(findings: readonly Finding[]): CellTarget[] {
  const targets = new Map<string, CellTarget>();
  for (const f of findings) {
    if (f.sheet === undefined || f.cell === undefined) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    const seen = targets.get(key);
    if (!seen || (seen.severity === 'warning' && f.severity === 'error')) targets.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
  }
  return [...targets.values()];
}
