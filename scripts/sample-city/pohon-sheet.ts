/** Sheet `Pohon Kinerja`: the OPD's cascading tree, its top node under a city Sasaran. */
import { CITY_NAME } from './city-data';
import type { OpdMonth } from './opd-month';
import type { SampleSheet } from './sheet-data';

export function pohonSheet(m: OpdMonth): SampleSheet {
  return {
    name: 'Pohon Kinerja',
    titles: ['POHON KINERJA (CASCADING) PERANGKAT DAERAH', `${m.spec.nama} — ${CITY_NAME}`],
    header: ['Kode', 'Kode Induk', 'Level', 'Uraian', 'Penanggung Jawab'],
    rows: m.pohon.map((n) => ({ cells: [n.kode, n.kodeInduk, n.level, n.uraian, n.penanggungJawab] })),
    widths: [10, 12, 18, 70, 40],
    textColumns: [1, 2],
  };
}
