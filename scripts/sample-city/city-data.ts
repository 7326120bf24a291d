/**
 * The fictional city: its name, year, reporting months and RPJMD performance tree (Tujuan and
 * Sasaran with their indicators). "Sukamaju Raya" is not one of Indonesia's kota.
 */
export const CITY_NAME = 'Kota Sukamaju Raya';
/** Used in e-mail addresses and evidence links of the sample (fictional). */
export const CITY_DOMAIN = 'sukamajuraya.go.id';
export const YEAR = 2025;
/** The three consecutive reporting months generated (1-based). */
export const MONTHS = [3, 4, 5] as const;

export interface CityNode {
  readonly kode: string;
  readonly kodeInduk: string;
  readonly level: 'Tujuan' | 'Sasaran';
  readonly uraian: string;
  readonly indikator: string;
}

export const CITY_TREE: readonly CityNode[] = [
  {
    kode: 'T1',
    kodeInduk: '',
    level: 'Tujuan',
    uraian: 'Mewujudkan sumber daya manusia yang sehat, cerdas, dan sejahtera',
    indikator: 'Indeks Pembangunan Manusia',
  },
  {
    kode: 'S1',
    kodeInduk: 'T1',
    level: 'Sasaran',
    uraian: 'Meningkatnya derajat kesehatan masyarakat',
    indikator: 'Usia Harapan Hidup (tahun)',
  },
  {
    kode: 'S2',
    kodeInduk: 'T1',
    level: 'Sasaran',
    uraian: 'Meningkatnya kualitas dan pemerataan pendidikan',
    indikator: 'Rata-rata Lama Sekolah (tahun); Harapan Lama Sekolah (tahun)',
  },
  {
    kode: 'S3',
    kodeInduk: 'T1',
    level: 'Sasaran',
    uraian: 'Meningkatnya kesejahteraan sosial dan perlindungan kelompok rentan',
    indikator: 'Persentase penduduk miskin (%)',
  },
  {
    kode: 'T2',
    kodeInduk: '',
    level: 'Tujuan',
    uraian: 'Mewujudkan kota yang nyaman, tertib, tangguh, dan berwawasan lingkungan',
    indikator: 'Indeks Kota Layak Huni',
  },
  {
    kode: 'S4',
    kodeInduk: 'T2',
    level: 'Sasaran',
    uraian: 'Meningkatnya kualitas infrastruktur kota dan kawasan permukiman',
    indikator: 'Persentase jalan kota dalam kondisi mantap (%)',
  },
  {
    kode: 'S5',
    kodeInduk: 'T2',
    level: 'Sasaran',
    uraian: 'Meningkatnya kualitas lingkungan hidup dan ketangguhan terhadap bencana',
    indikator: 'Indeks Kualitas Lingkungan Hidup; Indeks Risiko Bencana',
  },
  {
    kode: 'S6',
    kodeInduk: 'T2',
    level: 'Sasaran',
    uraian: 'Meningkatnya ketenteraman, ketertiban umum, dan kelancaran lalu lintas',
    indikator: 'Persentase gangguan trantibum yang tertangani (%)',
  },
  {
    kode: 'T3',
    kodeInduk: '',
    level: 'Tujuan',
    uraian: 'Mewujudkan tata kelola pemerintahan yang baik dan ekonomi yang tumbuh inklusif',
    indikator: 'Indeks Reformasi Birokrasi',
  },
  {
    kode: 'S7',
    kodeInduk: 'T3',
    level: 'Sasaran',
    uraian: 'Meningkatnya akuntabilitas kinerja dan kualitas pelayanan publik',
    indikator: 'Nilai SAKIP Kota; Indeks Kepuasan Masyarakat',
  },
  {
    kode: 'S8',
    kodeInduk: 'T3',
    level: 'Sasaran',
    uraian: 'Meningkatnya pertumbuhan ekonomi daerah yang inklusif dan berdaya saing',
    indikator: 'Laju pertumbuhan ekonomi (%); Tingkat pengangguran terbuka (%)',
  },
];
