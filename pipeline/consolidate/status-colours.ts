/**
 * Ringkasan's Status coloured like the predikat (conditional formats, so a status an evaluator
 * types over follows): Lengkap green, Tidak Lengkap yellow, Ditolak red, Belum Mengirim grey.
 */
import type { OpdStatus } from '../../shared';
import { argb, type Argb, type SheetWriter } from './xlsx';

const STATUS_COLOURS: Record<OpdStatus, { fill: Argb; font: Argb }> = {
  Lengkap: { fill: argb('FFA5D6A7'), font: argb('FF000000') },
  'Tidak Lengkap': { fill: argb('FFFFF59D'), font: argb('FF000000') },
  Ditolak: { fill: argb('FFEF9A9A'), font: argb('FF000000') },
  'Belum Mengirim': { fill: argb('FFD9D9D9'), font: argb('FF000000') },
};

export function statusColours(sheet: SheetWriter, ref: string): void {
  sheet.addConditionalFormatting(
    ref,
    (Object.keys(STATUS_COLOURS) as OpdStatus[]).map((status, i) => ({
      type: 'cellIs' as const,
      operator: 'equal' as const,
      formulae: [`"${status}"`],
      priority: i + 1,
      style: { fill: { argb: STATUS_COLOURS[status].fill }, font: { bold: true, color: { argb: STATUS_COLOURS[status].font } } },
    })),
  );
}
