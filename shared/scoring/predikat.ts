/** Predikat (grade) of a total score, and the points to the next grade (scoring.md §4). */
import { round2 } from './rounding';

export type Predikat = 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';

/** `eksklusif` (default): AA above 90; `inklusif`: AA from 90. */
export type BoundMode = 'eksklusif' | 'inklusif';

export interface PredikatBand {
  readonly predikat: Predikat;
  /** Lower bound of the band (exclusive or inclusive by the bound mode); D starts at 0. */
  readonly threshold: number;
  readonly label: string;
}

/** Best first. */
export const PREDIKAT_TABLE: readonly PredikatBand[] = [
  { predikat: 'AA', threshold: 90, label: 'Sangat Memuaskan' },
  { predikat: 'A', threshold: 80, label: 'Memuaskan' },
  { predikat: 'BB', threshold: 70, label: 'Sangat Baik' },
  { predikat: 'B', threshold: 60, label: 'Baik' },
  { predikat: 'CC', threshold: 50, label: 'Cukup (Memadai)' },
  { predikat: 'C', threshold: 30, label: 'Kurang' },
  { predikat: 'D', threshold: 0, label: 'Sangat Kurang' },
];

const LOWEST = PREDIKAT_TABLE[PREDIKAT_TABLE.length - 1]!;
const MIN_SCORE = 0;
const MAX_SCORE = 100;
/** The smallest step of a 2-decimal score. */
const CENT = 0.01;

export type GradeErrorKind = 'empty' | 'not-a-number' | 'out-of-range';

export interface GradeError {
  readonly ok: false;
  readonly error: GradeErrorKind;
  readonly message: { readonly id: string; readonly en: string };
}

export type GradeResult =
  | { readonly ok: true; /** Rounded to 2 decimals. */ readonly score: number; readonly predikat: Predikat; readonly label: string }
  | GradeError;

const MESSAGES: Record<GradeErrorKind, { id: string; en: string }> = {
  empty: { id: 'Nilai kosong', en: 'The score is empty' },
  'not-a-number': { id: 'Nilai harus berupa angka', en: 'The score must be a number' },
  'out-of-range': { id: 'Nilai harus antara 0 dan 100', en: 'The score must be between 0 and 100' },
};

const gradeError = (error: GradeErrorKind): GradeError => ({ ok: false, error, message: MESSAGES[error] });

/** `eksklusif`/`exclusive`, `inklusif`/`inclusive` in any case; blank → `eksklusif`; else undefined. */
export function parseBoundMode(text: string | null | undefined): BoundMode | undefined {
  const normal = (text ?? '').trim().toLowerCase();
  if (normal === '' || normal === 'eksklusif' || normal === 'exclusive') return 'eksklusif';
  if (normal === 'inklusif' || normal === 'inclusive') return 'inklusif';
  return undefined;
}

export function isPredikat(text: unknown): text is Predikat {
  return PREDIKAT_TABLE.some((band) => band.predikat === text);
}

export function labelOf(predikat: Predikat): string {
  return PREDIKAT_TABLE.find((band) => band.predikat === predikat)!.label;
}

/** Does a 2-decimal score lie in (or above) the band? */
function reaches(score: number, band: PredikatBand, mode: BoundMode): boolean {
  if (band === LOWEST) return true;
  return mode === 'inklusif' ? score >= band.threshold : score > band.threshold;
}

function bandOf(score: number, mode: BoundMode): PredikatBand {
  return PREDIKAT_TABLE.find((band) => reaches(score, band, mode)) ?? LOWEST;
}

/** Reads a score: a finite JS number, rounded half-up to 2 decimals and within 0..100. */
function readScore(score: unknown): { ok: true; score: number } | GradeError {
  if (score === null || score === undefined || (typeof score === 'string' && score.trim() === '')) return gradeError('empty');
  if (typeof score !== 'number' || !Number.isFinite(score)) return gradeError('not-a-number');
  const rounded = round2(score);
  if (rounded < MIN_SCORE || rounded > MAX_SCORE) return gradeError('out-of-range');
  return { ok: true, score: rounded };
}

/** Grades a score: rounded to 2 decimals first, then range-checked, then graded. */
export function gradeScore(score: unknown, mode: BoundMode = 'eksklusif'): GradeResult {
  const read = readScore(score);
  if (!read.ok) return read;
  const band = bandOf(read.score, mode);
  return { ok: true, score: read.score, predikat: band.predikat, label: band.label };
}

/** The lowest 2-decimal score that earns `predikat` under the bound mode. */
export function minimumScoreFor(predikat: Predikat, mode: BoundMode = 'eksklusif'): number {
  const band = PREDIKAT_TABLE.find((b) => b.predikat === predikat)!;
  if (band === LOWEST) return MIN_SCORE;
  return mode === 'inklusif' ? band.threshold : round2(band.threshold + CENT);
}

/** Rank of a predikat, 0 = best (AA). */
export function predikatRank(predikat: Predikat): number {
  return PREDIKAT_TABLE.findIndex((band) => band.predikat === predikat);
}

/**
 * Points (2 decimals) still needed from a score to the next better grade: exclusive bounds
 * → threshold + 0.01 − score; inclusive → threshold − score; 0 at AA.
 */
export function pointsToNextGrade(score: unknown, mode: BoundMode = 'eksklusif'): number | GradeError {
  const read = readScore(score);
  if (!read.ok) return read;
  const rank = predikatRank(bandOf(read.score, mode).predikat);
  const next = PREDIKAT_TABLE[rank - 1];
  if (!next) return 0;
  return round2(minimumScoreFor(next.predikat, mode) - read.score);
}
