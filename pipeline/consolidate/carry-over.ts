/**
 * Evaluator carry-over (workbook-format.md §3): every evaluator answer and note of the previous
 * consolidation, from its LKE sheet and from its Arsip Evaluator sheet, goes onto this month's
 * LKE row of the same (Kode OPD, Kode); entries with no row this month go to Arsip Evaluator.
 * Nothing is ever dropped. On a re-run of the same month, the entries of the file being replaced
 * (`samePeriod`) come first: they are the evaluators' latest word (an entry they cleared there
 * stays cleared). `Perlu Ditinjau` marks carried entries whose OPD answer changed since the
 * evaluator saw it (for an entry back from the archive: since it was archived; when that is
 * unknown, it is marked too); it carries the answer the evaluator saw.
 */
import { entryKey, type PreviousConsolidation, type PreviousLkeRow } from './read-previous-consolidation';
import type { EntryOrigin, EvaluatorEntry } from './consolidation-data';

export interface RowKey {
  readonly kodeOpd: string;
  readonly kode: string;
  /** This month's canonical OPD answer ('' when unanswered). */
  readonly jawabanOpd: string;
}

export interface CarriedEntry {
  readonly jawaban: string;
  readonly catatan: string;
  readonly perluDitinjau: boolean;
  /** When flagged: the OPD answer the evaluator saw ('' = unanswered; undefined = not known). */
  readonly jawabanOpdSebelumnya?: string;
  readonly fromArchive: boolean;
  /** Where the entry was read. */
  readonly origin?: EntryOrigin;
}

export interface CarryOver {
  readonly byKey: ReadonlyMap<string, CarriedEntry>;
  readonly archive: readonly EvaluatorEntry[];
  readonly carried: number;
  readonly restored: number;
  /** Entries kept from the same period's file being replaced (on LKE or in the archive). */
  readonly kept: number;
}

type Source = 'previous' | 'archive' | 'samePeriod';
type Pending = EvaluatorEntry & { readonly source: Source };

const sameAnswer = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();
const hasEntry = (e: { jawaban: string; catatan: string }): boolean => e.jawaban.trim() !== '' || e.catatan.trim() !== '';

/** The answer named by a `Perlu Ditinjau` text the kit wrote: `Ya (sebelumnya B)` → 'B', `Ya (sebelumnya kosong)` → ''. */
export function seenAnswerOf(perluDitinjau: string): string | undefined {
  const match = /^\s*ya\s*\(\s*sebelumnya\s+(.*?)\s*\)\s*$/i.exec(perluDitinjau);
  if (!match) return undefined;
  return match[1]!.toLowerCase() === 'kosong' ? '' : match[1]!;
}
const flagged = (perluDitinjau: string): boolean => /^\s*ya\b/i.test(perluDitinjau);

/** The baseline of a same-period LKE entry: what the evaluator saw. */
function samePeriodBaseline(row: PreviousLkeRow, before: Pending | undefined): string | undefined {
  if (!flagged(row.perluDitinjau ?? '')) return row.jawabanOpd;
  // Still flagged: unless the evaluator changed the entry since it was carried, it is still to review.
  if (before && !(sameAnswer(before.jawaban, row.jawaban) && before.catatan.trim() === row.catatan.trim())) return row.jawabanOpd;
  return before?.jawabanOpd ?? seenAnswerOf(row.perluDitinjau ?? '');
}

const originOf = (file: PreviousConsolidation, row: PreviousLkeRow): { origin?: EntryOrigin } => (row.cell ? { origin: { file: file.file, sheet: file.lkeSheet ?? 'LKE', cell: row.cell } } : {});

function pendingEntries(previous: PreviousConsolidation | undefined, samePeriod: PreviousConsolidation | undefined): Map<string, Pending | null> {
  // The previous LKE sheet wins over its archive for the same key (it is the more recent).
  const older = new Map<string, Pending>();
  if (previous) {
    for (const row of previous.lke) {
      const key = entryKey(row.kodeOpd, row.kode);
      if (!hasEntry(row) || older.has(key)) continue;
      older.set(key, { kodeOpd: row.kodeOpd, kode: row.kode, jawaban: row.jawaban, catatan: row.catatan, periode: previous.periode, jawabanOpd: row.jawabanOpd, ...originOf(previous, row), source: 'previous' });
    }
    for (const entry of previous.arsip) {
      const key = entryKey(entry.kodeOpd, entry.kode);
      if (!older.has(key)) older.set(key, { ...entry, source: 'archive' });
    }
  }
  if (!samePeriod) return older;
  // null: the same-period file has the row with no entry (an entry the evaluators cleared stays cleared).
  const entries = new Map<string, Pending | null>();
  for (const row of samePeriod.lke) {
    const key = entryKey(row.kodeOpd, row.kode);
    if (entries.has(key)) continue;
    if (!hasEntry(row)) {
      entries.set(key, null);
      continue;
    }
    const baseline = samePeriodBaseline(row, older.get(key));
    entries.set(key, {
      kodeOpd: row.kodeOpd,
      kode: row.kode,
      jawaban: row.jawaban,
      catatan: row.catatan,
      periode: samePeriod.periode,
      ...(baseline !== undefined ? { jawabanOpd: baseline } : {}),
      ...originOf(samePeriod, row),
      source: 'samePeriod',
    });
  }
  for (const entry of samePeriod.arsip) {
    const key = entryKey(entry.kodeOpd, entry.kode);
    if (!entries.has(key)) entries.set(key, { ...entry, source: 'samePeriod' });
  }
  for (const [key, entry] of older) if (!entries.has(key)) entries.set(key, entry);
  return entries;
}

export function carryOver(rows: Iterable<RowKey>, previous: PreviousConsolidation | undefined, samePeriod?: PreviousConsolidation): CarryOver {
  if (!previous && !samePeriod) return { byKey: new Map(), archive: [], carried: 0, restored: 0, kept: 0 };
  const entries = pendingEntries(previous, samePeriod);
  const byKey = new Map<string, CarriedEntry>();
  const counts = { previous: 0, archive: 0, samePeriod: 0 };
  for (const row of rows) {
    const key = entryKey(row.kodeOpd, row.kode);
    const entry = entries.get(key);
    if (!entry || byKey.has(key)) continue;
    const changed = entry.jawabanOpd === undefined || !sameAnswer(entry.jawabanOpd, row.jawabanOpd);
    byKey.set(key, {
      jawaban: entry.jawaban,
      catatan: entry.catatan,
      perluDitinjau: changed,
      ...(changed && entry.jawabanOpd !== undefined ? { jawabanOpdSebelumnya: entry.jawabanOpd } : {}),
      fromArchive: entry.source === 'archive',
      ...(entry.origin ? { origin: entry.origin } : {}),
    });
    counts[entry.source] += 1;
  }
  const archive: EvaluatorEntry[] = [];
  for (const [key, entry] of entries) {
    if (!entry || byKey.has(key)) continue;
    const { source, origin: _origin, ...rest } = entry;
    if (source === 'samePeriod') counts.samePeriod += 1;
    archive.push(rest);
  }
  return { byKey, archive, carried: counts.previous, restored: counts.archive, kept: counts.samePeriod };
}
