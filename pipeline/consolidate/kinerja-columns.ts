/**
 * The values the `Kinerja` sheet shows of one OPD's indicators, in columns: what the main thread
 * keeps of the indicators and their capaian once a workbook is assessed (compact-assessment.ts).
 * As objects they held ~1 KB per indicator (a 12-slot array of boxed numbers, the capaian result
 * with its months); as columns ~190 bytes: 1,000 OPD workbooks hold ~65 MB less until the
 * consolidation is written (issue 15, docs/performance.md).
 *
 * Per indicator: six texts (kode, indikator, satuan, agregasi, kode pohon, kategori), fifteen
 * numbers (target value or low, target high, capaian, realisasi Jan..Des), one byte of kinds
 * (target kind, polaritas, IKU, capaian present), the capaian's last month, and a bit per month for
 * the realisasi given (a blank stays apart from any number, NaN included).
 */
import type { CapaianCategory, IndicatorCapaianResult, Indicator, OpdAssessment, Target } from '../../shared';

const TEXTS = 6;
const NUMBERS = 15;
const TARGET_NONE = 0;
const TARGET_NUMBER = 1;
const TARGET_RANGE = 2;
const POSITIF = 4;
const IKU = 8;
const CAPAIAN = 16;

export interface KinerjaColumns {
  readonly count: number;
  readonly texts: readonly string[];
  readonly numbers: Float64Array;
  readonly kinds: Uint8Array;
  readonly lastMonths: Uint8Array;
  readonly given: Uint16Array;
}

/** One indicator's row of the sheet, read back from the columns. */
export interface KinerjaRow {
  readonly kode: string;
  readonly indikator: string;
  readonly satuan: string;
  readonly polaritas: Indicator['polaritas'];
  readonly target: Target | null;
  /** Realisasi of month `m` (0 = Jan); undefined when blank. */
  readonly realisasi: (m: number) => number | undefined;
  readonly capaian: { readonly value: number; readonly category: CapaianCategory; readonly lastMonth: number | undefined } | undefined;
  readonly iku: boolean;
  readonly agregasi: Indicator['agregasi'];
  readonly kodePohon: string;
}

export function kinerjaColumns(indicators: readonly Indicator[], capaian: readonly (IndicatorCapaianResult | undefined)[]): KinerjaColumns {
  const count = indicators.length;
  const texts: string[] = [];
  const numbers = new Float64Array(count * NUMBERS);
  const kinds = new Uint8Array(count);
  const lastMonths = new Uint8Array(count);
  const given = new Uint16Array(count);
  indicators.forEach((indicator, i) => {
    const result = capaian[i];
    const ok = result?.ok ? result : undefined;
    texts.push(indicator.kode, indicator.indikator, indicator.satuan, indicator.agregasi, indicator.kodePohon, ok ? ok.category : '');
    const n = i * NUMBERS;
    const target = indicator.target;
    let kind = target === null ? TARGET_NONE : target.kind === 'number' ? TARGET_NUMBER : TARGET_RANGE;
    if (target?.kind === 'number') numbers[n] = target.value;
    if (target?.kind === 'range') [numbers[n], numbers[n + 1]] = [target.low, target.high];
    if (ok) {
      numbers[n + 2] = ok.value;
      lastMonths[i] = ok.months[ok.months.length - 1] ?? 0;
      kind |= CAPAIAN;
    }
    if (indicator.polaritas === 'positif') kind |= POSITIF;
    if (indicator.iku) kind |= IKU;
    kinds[i] = kind;
    for (let m = 0; m < 12; m++) {
      const value = indicator.realisasi[m];
      if (value === null || value === undefined) continue;
      numbers[n + 3 + m] = value;
      given[i]! |= 1 << m;
    }
  });
  return { count, texts, numbers, kinds, lastMonths, given };
}

export function kinerjaRow(columns: KinerjaColumns, i: number): KinerjaRow {
  const t = i * TEXTS;
  const n = i * NUMBERS;
  const kind = columns.kinds[i]!;
  const targetKind = kind & 3;
  const target: Target | null =
    targetKind === TARGET_NUMBER ? { kind: 'number', value: columns.numbers[n]! } : targetKind === TARGET_RANGE ? { kind: 'range', low: columns.numbers[n]!, high: columns.numbers[n + 1]! } : null;
  const given = columns.given[i]!;
  const lastMonth = columns.lastMonths[i]!;
  return {
    kode: columns.texts[t]!,
    indikator: columns.texts[t + 1]!,
    satuan: columns.texts[t + 2]!,
    polaritas: kind & POSITIF ? 'positif' : 'negatif',
    target,
    realisasi: (m) => (given & (1 << m) ? columns.numbers[n + 3 + m] : undefined),
    capaian: kind & CAPAIAN ? { value: columns.numbers[n + 2]!, category: columns.texts[t + 5] as CapaianCategory, lastMonth: lastMonth === 0 ? undefined : lastMonth } : undefined,
    iku: (kind & IKU) !== 0,
    agregasi: columns.texts[t + 3] as Indicator['agregasi'],
    kodePohon: columns.texts[t + 4]!,
  };
}

/** An assessment as the main thread holds it: its indicators and capaian as columns only (compact-assessment.ts). */
export type HeldAssessment = OpdAssessment & { readonly kinerja: KinerjaColumns };

/** The Kinerja columns of an assessment: those it carries, or made from its indicators (an assessment made in this thread). */
export function kinerjaOf(assessment: OpdAssessment): KinerjaColumns {
  return (assessment as Partial<HeldAssessment>).kinerja ?? kinerjaColumns(assessment.workbook.indicators, assessment.capaian);
}
