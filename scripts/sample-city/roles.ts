/**
 * Which OPD plays which part in the sample: the spread a real city shows in a month's
 * submissions. Everything not listed here is a complete, clean, medium-quality workbook.
 */
export type Quality = 'strong' | 'medium' | 'weak';

export interface OpdRole {
  readonly quality: Quality;
  /** A few answers get one step better each month. */
  readonly improving?: boolean;
  /** Blank answers per reporting month (index by month order). */
  readonly blankAnswers?: readonly number[];
  /** Typing errors (text numbers with dots, answer "F", `#REF!`) from this month on. */
  readonly typingErrorsFrom?: number;
  /** Reporting months without a file. */
  readonly missingMonths?: readonly number[];
  /** A `Kode Induk` pointing to a code that exists nowhere. */
  readonly brokenTreeLink?: boolean;
  /** `Nilai` cells keep last month's cached `SAKIP.ANSWER` results (no recalculation before saving). */
  readonly staleNilai?: boolean;
  /** Writes decimal numbers as text with a comma ("85,5"), as many staff do. */
  readonly numbersAsText?: boolean;
  /** Adds a "No" column before "Kode" in Kinerja (unknown columns are ignored). */
  readonly numberColumn?: boolean;
}

export const SAMPLE_ROLES = {
  strong: ['BAPPEDA', 'INSP', 'BPKAD', 'DINKES', 'DISDIK', 'SETDA', 'DISDUKCAPIL', 'DPMPTSP'],
  weak: 'DISNAKER',
  incomplete: 'KEC-BARAT',
  typingErrors: 'DISHUB',
  late: 'DLH',
  missingMiddleMonth: 'BPBD',
  brokenTreeLink: 'DISKOMINFO',
  staleNilai: 'BAPENDA',
  improving: ['DINKES', 'DISDIK', 'BAPENDA', 'DINSOS', 'KEC-BARAT', 'SATPOLPP', 'DISNAKER'],
  numbersAsText: ['DINSOS', 'KEC-UTARA', 'KEC-SELATAN', 'DISPORAPAR', 'DISHUB', 'BKPSDM'],
  numberColumn: ['KEC-UTARA', 'KEC-SELATAN', 'KEC-TIMUR', 'KEC-BARAT', 'SETWAN', 'DKPP'],
} as const;

const has = (list: readonly string[], kode: string): boolean => list.includes(kode);

export function roleOf(kode: string): OpdRole {
  const r = SAMPLE_ROLES;
  return {
    quality: has(r.strong, kode) ? 'strong' : kode === r.weak ? 'weak' : 'medium',
    ...(has(r.improving, kode) ? { improving: true } : {}),
    ...(kode === r.incomplete ? { blankAnswers: [26, 17, 9] } : {}),
    ...(kode === r.typingErrors ? { typingErrorsFrom: 4 } : {}),
    ...(kode === r.late ? { missingMonths: [5] } : {}),
    ...(kode === r.missingMiddleMonth ? { missingMonths: [4] } : {}),
    ...(kode === r.brokenTreeLink ? { brokenTreeLink: true } : {}),
    ...(kode === r.staleNilai ? { staleNilai: true } : {}),
    ...(has(r.numbersAsText, kode) ? { numbersAsText: true } : {}),
    ...(has(r.numberColumn, kode) ? { numberColumn: true } : {}),
  };
}
