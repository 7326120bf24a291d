/** An indicator's `Kode Pohon` must name a node of the OPD's `Pohon Kinerja` sheet. */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { CheckInput } from './check-input';

export function checkKinerjaPohonLink({ workbook: wb }: CheckInput): Finding[] {
  if (wb.pohon.length === 0) return [];
  const nodes = new Set(wb.pohon.map((n) => n.kode.toLowerCase()));
  return wb.indicators
    .filter((i) => i.kodePohon !== '' && !nodes.has(i.kodePohon.toLowerCase()))
    .map((i) =>
      makeFinding('KINERJA_POHON_UNKNOWN', { file: wb.file, sheet: wb.kinerjaSheet, cell: i.cells.kodePohon }, { kode: i.kode, kodePohon: i.kodePohon }),
    );
}
