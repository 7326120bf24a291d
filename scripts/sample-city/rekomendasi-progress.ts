/** How each OPD's follow-up of last year's recommendations progresses over the reporting months. */
import type { RekomendasiStatus } from './opd-month';
import type { Rng } from './prng';
import type { Quality } from './roles';
import { REKOMENDASI_TEXTS } from './rekomendasi-sheet';

const STEPS: readonly RekomendasiStatus[] = ['Belum', 'Proses', 'Selesai'];

/** Statuses per month (in month order), one entry per recommendation. */
export function rekomendasiByMonth(quality: Quality, monthCount: number, rng: Rng): RekomendasiStatus[][] {
  const count = quality === 'weak' ? REKOMENDASI_TEXTS.length : rng.int(2, REKOMENDASI_TEXTS.length);
  const advance = quality === 'strong' ? 0.6 : quality === 'medium' ? 0.4 : 0.15;
  const steps = Array.from({ length: count }, () => (quality === 'weak' ? 0 : rng.int(0, 1)));
  const months: RekomendasiStatus[][] = [];
  for (let m = 0; m < monthCount; m++) {
    if (m > 0) steps.forEach((s, i) => (steps[i] = s < 2 && rng.chance(advance) ? s + 1 : s));
    months.push(steps.map((s) => STEPS[s]!));
  }
  return months;
}
