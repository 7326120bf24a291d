/**
 * The `HEADER_MISSING` finding of a table whose header row was not found: the missing headers,
 * and, when a row came close, that row's cells and the headers in it that look like the missing
 * ones (`Realisasi Aprl` for `Realisasi Apr`), located at the first near miss or the row's start.
 */
import type { NearestHeaderRow } from './header-row';
import type { SheetReport } from './sheet-report';

export function reportHeaderMissing(report: SheetReport, missing: readonly string[], nearest: NearestHeaderRow | undefined): void {
  const cell = nearest ? (nearest.near[0]?.cell ?? nearest.range.split(':')[0]) : undefined;
  report.add('HEADER_MISSING', cell, { headers: missing, ...(nearest ? { row: nearest.range, near: nearest.near } : {}) });
}
