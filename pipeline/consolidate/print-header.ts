/**
 * The printed page header of Ringkasan (`<oddHeader>`): the city on the left, the title in the
 * middle, the period on the right. `&` in a name is doubled (a lone `&` starts a header code).
 */
import type { Consolidation } from './consolidation-data';

export const headerText = (text: string): string => text.replace(/&/g, '&&');

export function ringkasanPrintHeader(c: Consolidation): string {
  return `&L${headerText(c.city.namaKota)}&C&BRingkasan Evaluasi SAKIP&R${headerText(`Periode ${c.periode}`)}`;
}
