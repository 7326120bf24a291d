/**
 * Sheet `Kinerja`: the OPD's indicators with annual and monthly targets and realisasi up to the
 * reporting month. Offices that type numbers as text write "85,5"; the OPD with typing errors
 * also writes an English decimal, thousands with dots, and has a `#REF!` left by a deleted sheet.
 */
import { kinerjaHeaders } from '../../shared/template/opd-template';
import { CITY_NAME } from './city-data';
import { englishText, indonesianText, thousandsText } from './format-number';
import type { IndicatorSpec } from './indicator-spec';
import { decimalsOf } from './kinerja-series';
import type { OpdMonth } from './opd-month';
import type { SampleCell, SampleRow, SampleSheet } from './sheet-data';

/** Indicator codes: IK-01, IK-02, … */
export const indicatorCode = (i: number): string => `IK-${String(i + 1).padStart(2, '0')}`;

function targetCell(spec: IndicatorSpec, asText: boolean): SampleCell {
  if (typeof spec.target !== 'number') return `${indonesianText(spec.target.low, 2)}–${indonesianText(spec.target.high, 2)}`;
  return asText ? indonesianText(spec.target, decimalsOf(spec)) : spec.target;
}

function numberCell(value: number | null, decimals: number, asText: boolean): SampleCell {
  if (value === null) return null;
  return asText ? indonesianText(value, decimals) : value;
}

/** The typing errors of one row (indicator i, reporting month): cell overrides by month index 0..11. */
function typingErrors(m: OpdMonth, i: number, realisasi: readonly number[]): Map<number, SampleCell> {
  const errors = new Map<number, SampleCell>();
  const from = m.role.typingErrorsFrom;
  if (from === undefined || m.month < from) return errors;
  const spec = m.spec.indicators[i]!;
  const last = m.month - 1;
  if (i === 0) errors.set(last, englishText(realisasi[last]!, decimalsOf(spec)));
  if (spec.agregasi === 'Kumulatif' && realisasi[last]! >= 1000) errors.set(last - 1, thousandsText(realisasi[last - 1]!));
  if (i === 2) errors.set(last - 1, { formula: '#REF!F12', result: { error: '#REF!' } });
  return errors;
}

export function kinerjaSheet(m: OpdMonth): SampleSheet {
  const numberColumn = m.role.numberColumn === true;
  const asText = m.role.numbersAsText === true;
  const header = [...(numberColumn ? ['No'] : []), ...kinerjaHeaders()];
  const rows: SampleRow[] = m.spec.indicators.map((spec, i) => {
    const series = m.series[i]!;
    const decimals = decimalsOf(spec);
    const errors = typingErrors(m, i, series.realisasi);
    const realisasi = series.realisasi.map((value, month) => errors.get(month) ?? (month < m.month ? numberCell(value, decimals, asText) : null));
    return {
      cells: [
        ...(numberColumn ? [i + 1] : []),
        indicatorCode(i),
        spec.nama,
        spec.satuan,
        spec.polaritas,
        spec.agregasi,
        m.indicatorNodes[i]!,
        spec.iku ? 'Ya' : 'Tidak',
        targetCell(spec, asText),
        ...series.monthlyTargets.map((t) => numberCell(t, decimals, asText)),
        ...realisasi,
      ],
    };
  });
  return {
    name: 'Kinerja',
    titles: ['PENGUKURAN KINERJA BULANAN (IKU DAN PERJANJIAN KINERJA)', `${m.spec.nama} — ${CITY_NAME} — Tahun ${m.year}`],
    header,
    rows,
    widths: [...(numberColumn ? [5] : []), 9, 50, 13, 10, 11, 11, 7, 12, ...Array<number>(24).fill(10)],
    textColumns: numberColumn ? [2, 7] : [1, 6],
  };
}
