/**
 * A recommendation still open (status not `Selesai`) whose `Batas Waktu` lies before the last day
 * of the consolidation's period is overdue: a `REKOMENDASI_OVERDUE` warning on its row.
 */
import type { Finding } from '../findings/finding';
import { makeFinding, type Location } from '../findings/make-finding';
import { formatPeriode, type Period } from '../parse/periode';

export interface TrackedRekomendasi {
  readonly kodeOpd: string;
  readonly no: string;
  readonly status: string;
  /** `yyyy-mm-dd`, or '' when no deadline is set (or it cannot be read as a date). */
  readonly batasWaktu: string;
  /** Where the row is (its Batas Waktu or No cell). */
  readonly where: Location;
}

/** The last day of a period as `yyyy-mm-dd`. */
export function lastDayOf(period: Period): string {
  const day = new Date(Date.UTC(period.year, period.month, 0)).getUTCDate();
  return `${formatPeriode(period)}-${String(day).padStart(2, '0')}`;
}

export const isOpenStatus = (status: string): boolean => status.trim().toLowerCase() !== 'selesai';

/** True when the recommendation is open and its deadline is before the period's last day. */
export function isOverdue(row: Pick<TrackedRekomendasi, 'status' | 'batasWaktu'>, period: Period): boolean {
  return isOpenStatus(row.status) && /^\d{4}-\d{2}-\d{2}$/.test(row.batasWaktu) && row.batasWaktu < lastDayOf(period);
}

export function checkRekomendasiOverdue(rows: readonly TrackedRekomendasi[], period: Period): Finding[] {
  return rows
    .filter((row) => isOverdue(row, period))
    .map((row) =>
      makeFinding('REKOMENDASI_OVERDUE', row.where, { kodeOpd: row.kodeOpd, no: row.no, batasWaktu: row.batasWaktu, status: row.status || 'Belum', periode: formatPeriode(period) }),
    );
}
