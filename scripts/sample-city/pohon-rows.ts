/**
 * An OPD's performance tree (cascading): its sasaran (Outcome Antara) under a city Sasaran, one
 * Outcome Langsung per distinct indicator outcome, and one Output. Each indicator measures a node.
 */
import type { OpdSpec } from './opd-catalogue';

export interface PohonRow {
  readonly kode: string;
  readonly kodeInduk: string;
  readonly level: 'Outcome Antara' | 'Outcome Langsung' | 'Output';
  readonly uraian: string;
  readonly penanggungJawab: string;
}

/** The parent the OPD with a broken link names for its Output: a node deleted from its sheet (it has fewer outcomes). */
export const BROKEN_PARENT = 'P1.7';

const BIDANG = ['Sekretaris', 'Kepala Bidang Program', 'Kepala Bidang Layanan', 'Kepala Bidang Pengembangan'];

export function pohonOf(spec: OpdSpec, brokenLink: boolean): { rows: PohonRow[]; indicatorNodes: string[] } {
  const top: PohonRow = { kode: 'P1', kodeInduk: spec.sasaranKota, level: 'Outcome Antara', uraian: spec.sasaranOpd, penanggungJawab: spec.kepala };
  const rows: PohonRow[] = [top];
  const byOutcome = new Map<string, string>();
  const indicatorNodes = spec.indicators.map((indicator) => {
    if (!indicator.outcome) return top.kode;
    let kode = byOutcome.get(indicator.outcome);
    if (!kode) {
      kode = `P1.${byOutcome.size + 1}`;
      byOutcome.set(indicator.outcome, kode);
      rows.push({ kode, kodeInduk: 'P1', level: 'Outcome Langsung', uraian: indicator.outcome, penanggungJawab: BIDANG[byOutcome.size % BIDANG.length]! });
    }
    return kode;
  });
  const firstChild = rows[1]?.kode ?? 'P1';
  rows.push({
    kode: `${firstChild}.1`,
    kodeInduk: brokenLink ? BROKEN_PARENT : firstChild,
    level: 'Output',
    uraian: 'Tersedianya dokumen perencanaan, pengukuran, dan pelaporan kinerja perangkat daerah',
    penanggungJawab: 'Kepala Subbagian Perencanaan dan Keuangan',
  });
  return { rows, indicatorNodes };
}
