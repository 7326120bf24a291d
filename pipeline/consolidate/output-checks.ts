/**
 * What `--previous` and an existing `--out` must be (issue 11): a previous consolidation of the
 * same city and an earlier period; an existing output is replaced only when it is this city's
 * consolidation of this period (a re-run, its evaluator entries kept), or with `--force`.
 * Each check returns the refusal's message, or undefined when the file is fit.
 */
import type { Lang } from '../../shared';
import type { ExistingOutput } from './existing-output';
import { sameCity } from './existing-output';
import type { PreviousConsolidation } from './read-previous-consolidation';
import { consolidateText } from './texts';

export function previousRefusal(previous: PreviousConsolidation, namaKota: string, periode: string | undefined, path: string, lang: Lang): string | undefined {
  const t = consolidateText(lang).previous;
  if (previous.namaKota && !sameCity(previous.namaKota, namaKota)) return t.otherCity(path, previous.namaKota, namaKota);
  if (periode === undefined || !/^\d{4}-\d{2}$/.test(previous.periode)) return undefined;
  if (previous.periode === periode) return t.samePeriod(path, periode);
  if (previous.periode > periode) return t.laterPeriod(path, previous.periode, periode);
  return undefined;
}

export function outRefusal(existing: ExistingOutput, namaKota: string, periode: string | undefined, path: string, lang: Lang): string | undefined {
  const t = consolidateText(lang).existingOut;
  if (existing.kind === 'none') return undefined;
  if (existing.kind === 'other') return t.notConsolidation(path, existing.reason);
  const found = existing.consolidation;
  if (found.namaKota && !sameCity(found.namaKota, namaKota)) return t.otherCity(path, found.namaKota, namaKota);
  if (periode !== undefined && found.periode !== periode) return t.otherPeriod(path, found.periode || '?', periode);
  return undefined;
}
