/**
 * Evaluator carry-over (workbook-format.md §3): every evaluator answer and note of the previous
 * consolidation, from its LKE sheet and from its Arsip Evaluator sheet, goes onto this month's
 * LKE row of the same (Kode OPD, Kode); entries with no row this month go to Arsip Evaluator.
 * Nothing is ever dropped. `Perlu Ditinjau` marks carried entries whose OPD answer changed since
 * the entry was made (for an entry back from the archive: since it was archived; when that is
 * unknown, it is marked too).
 */
import { entryKey, type PreviousConsolidation } from './previous';
import type { EvaluatorEntry } from './model';

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
  readonly fromArchive: boolean;
}

export interface CarryOver {
  readonly byKey: ReadonlyMap<string, CarriedEntry>;
  readonly archive: readonly EvaluatorEntry[];
  readonly carried: number;
  readonly restored: number;
}

const sameAnswer = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();

export function carryOver(rows: Iterable<RowKey>, previous: PreviousConsolidation | undefined): CarryOver {
  if (!previous) return { byKey: new Map(), archive: [], carried: 0, restored: 0 };
  // The previous LKE sheet wins over its archive for the same key (it is the more recent).
  const entries = new Map<string, EvaluatorEntry & { fromArchive: boolean }>();
  for (const row of previous.lke) {
    if (!row.jawaban.trim() && !row.catatan.trim()) continue;
    const key = entryKey(row.kodeOpd, row.kode);
    if (entries.has(key)) continue;
    entries.set(key, { kodeOpd: row.kodeOpd, kode: row.kode, jawaban: row.jawaban, catatan: row.catatan, periode: previous.periode, jawabanOpd: row.jawabanOpd, fromArchive: false });
  }
  for (const entry of previous.arsip) {
    const key = entryKey(entry.kodeOpd, entry.kode);
    if (!entries.has(key)) entries.set(key, { ...entry, fromArchive: true });
  }

  const byKey = new Map<string, CarriedEntry>();
  let carried = 0;
  let restored = 0;
  for (const row of rows) {
    const key = entryKey(row.kodeOpd, row.kode);
    const entry = entries.get(key);
    if (!entry || byKey.has(key)) continue;
    const changed = entry.jawabanOpd === undefined || !sameAnswer(entry.jawabanOpd, row.jawabanOpd);
    byKey.set(key, { jawaban: entry.jawaban, catatan: entry.catatan, perluDitinjau: changed, fromArchive: entry.fromArchive });
    if (entry.fromArchive) restored += 1;
    else carried += 1;
  }
  const archive = [...entries.entries()]
    .filter(([key]) => !byKey.has(key))
    .map(([, { fromArchive: _fromArchive, ...entry }]) => entry);
  return { byKey, archive, carried, restored };
}
