/** Sheet `Profil`: label/value rows under a banner, with the Periode written the way each office habitually writes it. */
import { MONTH_LONG_ID } from '../../shared/parse/month-name';
import { CITY_DOMAIN, CITY_NAME } from './city-data';
import type { OpdMonth } from './opd-month';
import type { SampleCell, SampleSheet } from './sheet-data';

function periodeOf(position: number, year: number, month: number): SampleCell {
  const mm = String(month).padStart(2, '0');
  switch (position % 5) {
    case 0:
      return MONTH_LONG_ID[month - 1]!;
    case 1:
      return `${year}-${mm}`;
    case 2:
      return month;
    case 3:
      return `${MONTH_LONG_ID[month - 1]} ${year}`;
    default:
      return new Date(Date.UTC(year, month, 0));
  }
}

export function profilSheet(m: OpdMonth): SampleSheet {
  const colon = m.spec.kode.startsWith('KEC-') ? ':' : '';
  const label = (text: string) => `${text}${colon}`;
  const slug = m.spec.kode.toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    name: 'Profil',
    titles: ['PROFIL PERANGKAT DAERAH', `Pemerintah ${CITY_NAME}`],
    rows: [
      { style: 'label', cells: [label('Kode OPD'), m.spec.kode] },
      { style: 'label', cells: [label('Nama OPD'), m.spec.nama] },
      { style: 'label', cells: [label('Tahun'), m.position % 4 === 3 ? String(m.year) : m.year] },
      { style: 'label', cells: [label(m.position % 6 === 5 ? 'Bulan' : 'Periode'), periodeOf(m.position, m.year, m.month)] },
      { style: 'label', cells: [label('Model LKE'), '88/2021'] },
      { style: 'label', cells: [label('Pengisi'), m.spec.kode.startsWith('KEC-') ? 'Sekretaris Kecamatan' : 'Subbagian Perencanaan dan Keuangan'] },
      { style: 'label', cells: [label('Kontak'), `sakip.${slug}@${CITY_DOMAIN}`] },
    ],
    widths: [22, 70],
    textColumns: [],
  };
}
