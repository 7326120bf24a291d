/** Sheet `Rekomendasi`: follow-up of the recommendations of last year's SAKIP evaluation (LHE). */
import { CITY_DOMAIN } from './city-data';
import type { OpdMonth, RekomendasiStatus } from './opd-month';
import type { SampleCell, SampleSheet } from './sheet-data';

export const REKOMENDASI_TEXTS = [
  'Menyempurnakan indikator kinerja utama agar berorientasi hasil dan memenuhi kriteria SMART',
  'Menyusun pohon kinerja hingga level pejabat pengawas dan menyelaraskannya dengan Perjanjian Kinerja',
  'Memanfaatkan hasil pengukuran kinerja bulanan sebagai dasar penyesuaian kegiatan dan anggaran',
  'Mempublikasikan dokumen Renstra, Renja, PK, dan LKjIP pada laman resmi tepat waktu',
] as const;

const TINDAK_LANJUT: Record<RekomendasiStatus, string> = {
  Belum: '',
  Proses: 'Sedang dibahas dalam rapat internal bersama Bappeda',
  Selesai: 'Telah ditindaklanjuti; dokumen revisi ditetapkan Kepala Perangkat Daerah',
};

export function rekomendasiSheet(m: OpdMonth): SampleSheet {
  return {
    name: 'Rekomendasi',
    titles: [`TINDAK LANJUT REKOMENDASI HASIL EVALUASI SAKIP TAHUN ${m.year - 1}`, m.spec.nama],
    header: ['No', 'Rekomendasi', 'Tindak Lanjut', 'Status', 'Bukti Dukung'],
    rows: m.rekomendasi.map((status, i) => {
      const bukti: SampleCell = status === 'Selesai' ? `https://sakip.${CITY_DOMAIN}/tindak-lanjut/${m.year}/${m.spec.kode.toLowerCase()}-${i + 1}.pdf` : null;
      return { cells: [i + 1, REKOMENDASI_TEXTS[i]!, TINDAK_LANJUT[status] || null, status, bukti] };
    }),
    widths: [5, 70, 50, 10, 50],
  };
}
