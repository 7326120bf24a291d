/**
 * The consolidation period. `--period yyyy-mm` when given (its year must be the city's Tahun).
 * Without it the period is derived: the year is the city's Tahun and the month is the one most
 * readable workbooks of that year state in their Profil (ties: the later month). A majority,
 * not the maximum, so that one workbook with a wrong month cannot move the whole consolidation;
 * the workbooks of other months are then Ditolak (PERIOD_MISMATCH), as with `--period`.
 */
import { readOpdWorkbook, type WorkbookTable, type Period } from '../../shared';
import { periodVote } from '../read/read-worker';

export type { Period };

export function derivePeriod(year: number, tables: readonly WorkbookTable[]): Period | undefined {
  const votes: (number | undefined)[] = [];
  for (const table of tables) {
    try {
      votes.push(periodVote(year, readOpdWorkbook(table).workbook.profil));
    } catch {
      continue;
    }
  }
  return periodFromVotes(year, votes);
}

/** The period most workbooks vote for (each its Profil month, see `periodVote`); ties: the later month. */
export function periodFromVotes(year: number, votes: readonly (number | undefined)[]): Period | undefined {
  const counts = new Map<number, number>();
  for (const month of votes) if (month !== undefined) counts.set(month, (counts.get(month) ?? 0) + 1);
  let best: { month: number; count: number } | undefined;
  for (const [month, count] of counts) {
    if (!best || count > best.count || (count === best.count && month > best.month)) best = { month, count };
  }
  return best ? { year, month: best.month } : undefined;
}
