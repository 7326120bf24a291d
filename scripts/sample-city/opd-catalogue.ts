/**
 * The OPDs of the sample city with realistic names, codes, their sasaran (linked to the city
 * tree) and their indicators. Names follow the usual nomenclature of a kota's perangkat daerah.
 */
import { neg, pos, type IndicatorSpec } from './indicator-spec';

export interface OpdSpec {
  readonly kode: string;
  readonly nama: string;
  /** City Sasaran (Pohon Kinerja Kota) the OPD's top node hangs under. */
  readonly sasaranKota: string;
  /** The OPD's own sasaran (its top tree node, Outcome Antara). */
  readonly sasaranOpd: string;
  /** Position responsible for the top node. */
  readonly kepala: string;
  readonly indicators: readonly IndicatorSpec[];
}

const IKM = (target = 82): IndicatorSpec => pos('Indeks Kepuasan Masyarakat atas layanan', 'indeks', target, { start: target - 2, decimals: 2, iku: true });
const SAKIP_OPD = pos('Nilai evaluasi SAKIP perangkat daerah', 'nilai', 75, { start: 70, decimals: 2, outcome: 'Meningkatnya akuntabilitas kinerja perangkat daerah' });
const SERAPAN = pos('Persentase realisasi anggaran', '%', 95, { start: 8, outcome: 'Terlaksananya program dan kegiatan sesuai rencana' });

function kecamatan(kode: string, wilayah: string): OpdSpec {
  return {
    kode,
    nama: `Kecamatan ${wilayah}`,
    sasaranKota: 'S7',
    sasaranOpd: `Meningkatnya kualitas pelayanan publik dan pemberdayaan masyarakat di Kecamatan ${wilayah}`,
    kepala: 'Camat',
    indicators: [
      IKM(80),
      pos('Persentase layanan administrasi kependudukan tingkat kecamatan selesai tepat waktu', '%', 95, { start: 90, iku: true, outcome: 'Meningkatnya ketepatan waktu layanan administrasi' }),
      pos('Jumlah kegiatan pemberdayaan masyarakat kelurahan', 'kegiatan', 36, { agregasi: 'Kumulatif', outcome: 'Meningkatnya partisipasi masyarakat dalam pembangunan' }),
      SERAPAN,
    ],
  };
}

export const OPD_CATALOGUE: readonly OpdSpec[] = [
  {
    kode: 'DISDIK',
    nama: 'Dinas Pendidikan',
    sasaranKota: 'S2',
    sasaranOpd: 'Meningkatnya akses dan mutu pendidikan dasar',
    kepala: 'Kepala Dinas Pendidikan',
    indicators: [
      pos('Angka Partisipasi Murni SD/MI', '%', 98.5, { start: 97.9, iku: true }),
      pos('Angka Partisipasi Murni SMP/MTs', '%', 82, { start: 80.5, iku: true, outcome: 'Meningkatnya partisipasi sekolah jenjang SMP' }),
      pos('Persentase sekolah terakreditasi minimal B', '%', 92, { start: 88, outcome: 'Meningkatnya mutu satuan pendidikan' }),
      pos('Persentase guru berkualifikasi S1/D4', '%', 96, { start: 94, outcome: 'Meningkatnya kualitas pendidik' }),
      neg('Angka putus sekolah SMP', '%', 0.35, { start: 0.5, outcome: 'Menurunnya angka putus sekolah' }),
      SERAPAN,
    ],
  },
  {
    kode: 'DINKES',
    nama: 'Dinas Kesehatan',
    sasaranKota: 'S1',
    sasaranOpd: 'Meningkatnya kualitas pelayanan kesehatan masyarakat',
    kepala: 'Kepala Dinas Kesehatan',
    indicators: [
      neg('Angka Kematian Ibu', 'per 100.000 KH', 75, { agregasi: 'Rata-rata', iku: true, decimals: 1 }),
      neg('Prevalensi stunting pada balita', '%', 14, { start: 17, iku: true, outcome: 'Menurunnya prevalensi stunting' }),
      pos('Cakupan imunisasi dasar lengkap', '%', 95, { start: 8, outcome: 'Meningkatnya cakupan imunisasi dasar lengkap' }),
      pos('Jumlah kunjungan pelayanan kesehatan di puskesmas', 'kunjungan', 420000, { agregasi: 'Kumulatif', outcome: 'Meningkatnya akses pelayanan kesehatan dasar' }),
      pos('Persentase puskesmas terakreditasi paripurna', '%', 60, { start: 50, outcome: 'Meningkatnya mutu fasilitas kesehatan' }),
      IKM(83),
      SERAPAN,
    ],
  },
  {
    kode: 'PUPR',
    nama: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    sasaranKota: 'S4',
    sasaranOpd: 'Meningkatnya kualitas jalan, drainase, dan penataan ruang kota',
    kepala: 'Kepala Dinas PUPR',
    indicators: [
      pos('Persentase panjang jalan kota dalam kondisi mantap', '%', 85, { start: 79, iku: true }),
      neg('Luas genangan banjir di kawasan perkotaan', 'ha', 42, { start: 55, iku: true, outcome: 'Berkurangnya genangan di kawasan perkotaan', decimals: 1 }),
      pos('Panjang saluran drainase yang dibangun/direhabilitasi', 'km', 18, { agregasi: 'Kumulatif', outcome: 'Meningkatnya kapasitas drainase kota', decimals: 1 }),
      pos('Persentase bangunan gedung ber-PBG', '%', 70, { start: 61, outcome: 'Meningkatnya ketertiban pemanfaatan ruang' }),
      SERAPAN,
    ],
  },
  {
    kode: 'DISPERKIM',
    nama: 'Dinas Perumahan dan Kawasan Permukiman',
    sasaranKota: 'S4',
    sasaranOpd: 'Meningkatnya kualitas kawasan permukiman',
    kepala: 'Kepala Dinas Perumahan dan Kawasan Permukiman',
    indicators: [
      neg('Luas kawasan permukiman kumuh', 'ha', 38.5, { start: 46.2, iku: true, decimals: 1 }),
      pos('Jumlah rumah tidak layak huni yang ditangani', 'unit', 240, { agregasi: 'Kumulatif', iku: true, outcome: 'Berkurangnya rumah tidak layak huni' }),
      pos('Persentase penerangan jalan umum yang berfungsi baik', '%', 92, { start: 86, outcome: 'Meningkatnya kualitas penerangan jalan umum' }),
    ],
  },
  {
    kode: 'SATPOLPP',
    nama: 'Satuan Polisi Pamong Praja',
    sasaranKota: 'S6',
    sasaranOpd: 'Meningkatnya ketenteraman dan ketertiban umum',
    kepala: 'Kepala Satuan Polisi Pamong Praja',
    indicators: [
      pos('Persentase gangguan trantibum yang tertangani', '%', 95, { start: 90, iku: true }),
      pos('Persentase penegakan Perda yang ditindaklanjuti', '%', 88, { start: 80, iku: true, outcome: 'Meningkatnya kepatuhan terhadap Perda dan Perkada' }),
      neg('Waktu tanggap pengaduan trantibum', 'menit', 30, { agregasi: 'Rata-rata', outcome: 'Meningkatnya kecepatan respon pengaduan' }),
      SERAPAN,
    ],
  },
  {
    kode: 'DINSOS',
    nama: 'Dinas Sosial',
    sasaranKota: 'S3',
    sasaranOpd: 'Meningkatnya perlindungan dan jaminan sosial bagi PPKS',
    kepala: 'Kepala Dinas Sosial',
    indicators: [
      pos('Persentase PPKS yang memperoleh bantuan sosial', '%', 80, { start: 62, iku: true }),
      pos('Persentase data terpadu kesejahteraan sosial yang diverifikasi', '%', 90, { start: 40, outcome: 'Meningkatnya akurasi data kesejahteraan sosial' }),
      pos('Jumlah penyandang disabilitas yang mendapat rehabilitasi sosial', 'orang', 360, { agregasi: 'Kumulatif', outcome: 'Meningkatnya layanan rehabilitasi sosial' }),
      IKM(80),
    ],
  },
  {
    kode: 'DP3AP2KB',
    nama: 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana',
    sasaranKota: 'S3',
    sasaranOpd: 'Meningkatnya perlindungan perempuan dan anak serta kualitas keluarga',
    kepala: 'Kepala Dinas P3AP2KB',
    indicators: [
      pos('Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani', '%', 100, { start: 100, iku: true }),
      pos('Angka prevalensi pemakaian kontrasepsi modern', '%', 62, { start: 60, outcome: 'Meningkatnya kesertaan ber-KB' }),
      pos('Jumlah kelurahan layak anak', 'kelurahan', 18, { start: 12, outcome: 'Meningkatnya pemenuhan hak anak' }),
    ],
  },
  {
    kode: 'DISNAKER',
    nama: 'Dinas Tenaga Kerja',
    sasaranKota: 'S8',
    sasaranOpd: 'Meningkatnya penempatan dan kompetensi tenaga kerja',
    kepala: 'Kepala Dinas Tenaga Kerja',
    indicators: [
      neg('Tingkat pengangguran terbuka', '%', 6.2, { start: 6.9, iku: true }),
      pos('Jumlah pencari kerja yang ditempatkan', 'orang', 1800, { agregasi: 'Kumulatif', iku: true, outcome: 'Meningkatnya penempatan tenaga kerja' }),
      pos('Jumlah peserta pelatihan berbasis kompetensi yang tersertifikasi', 'orang', 480, { agregasi: 'Kumulatif', outcome: 'Meningkatnya kompetensi tenaga kerja' }),
    ],
  },
  {
    kode: 'DLH',
    nama: 'Dinas Lingkungan Hidup',
    sasaranKota: 'S5',
    sasaranOpd: 'Meningkatnya kualitas lingkungan hidup kota',
    kepala: 'Kepala Dinas Lingkungan Hidup',
    indicators: [
      pos('Indeks Kualitas Lingkungan Hidup', 'indeks', 62, { start: 60.5, iku: true, decimals: 2 }),
      pos('Persentase sampah rumah tangga yang tertangani', '%', 78, { start: 71, iku: true, outcome: 'Meningkatnya penanganan sampah' }),
      pos('Persentase sampah yang dikurangi melalui bank sampah dan 3R', '%', 22, { start: 17, outcome: 'Meningkatnya pengurangan sampah' }),
      pos('Luas ruang terbuka hijau publik', 'ha', 310, { start: 302, outcome: 'Bertambahnya ruang terbuka hijau', decimals: 1 }),
    ],
  },
  {
    kode: 'DISDUKCAPIL',
    nama: 'Dinas Kependudukan dan Pencatatan Sipil',
    sasaranKota: 'S7',
    sasaranOpd: 'Meningkatnya kualitas layanan administrasi kependudukan',
    kepala: 'Kepala Dinas Kependudukan dan Pencatatan Sipil',
    indicators: [
      pos('Persentase penduduk wajib KTP yang memiliki KTP-el', '%', 99, { start: 98.2, iku: true }),
      pos('Persentase anak usia 0–17 tahun yang memiliki akta kelahiran', '%', 97, { start: 94, iku: true, outcome: 'Meningkatnya kepemilikan dokumen pencatatan sipil' }),
      neg('Rata-rata waktu penerbitan dokumen kependudukan', 'hari', 1, { agregasi: 'Rata-rata', outcome: 'Meningkatnya kecepatan layanan', decimals: 1 }),
      IKM(85),
    ],
  },
  {
    kode: 'DISHUB',
    nama: 'Dinas Perhubungan',
    sasaranKota: 'S6',
    sasaranOpd: 'Meningkatnya kelancaran dan keselamatan lalu lintas',
    kepala: 'Kepala Dinas Perhubungan',
    indicators: [
      pos('Rata-rata kecepatan kendaraan di ruas jalan utama', 'km/jam', 28, { agregasi: 'Rata-rata', iku: true, decimals: 1 }),
      neg('Jumlah kecelakaan lalu lintas di jalan kota', 'kejadian', 120, { agregasi: 'Kumulatif', iku: true, outcome: 'Meningkatnya keselamatan lalu lintas' }),
      pos('Persentase simpang bersinyal yang berfungsi baik', '%', 95, { start: 88, outcome: 'Meningkatnya kinerja perlengkapan jalan' }),
      pos('Jumlah penumpang angkutan umum massal', 'penumpang', 1250000, { agregasi: 'Kumulatif', outcome: 'Meningkatnya penggunaan angkutan umum' }),
      pos('Pendapatan retribusi parkir', 'juta rupiah', 6500, { agregasi: 'Kumulatif', outcome: 'Meningkatnya tata kelola perparkiran' }),
    ],
  },
  {
    kode: 'DISKOMINFO',
    nama: 'Dinas Komunikasi dan Informatika',
    sasaranKota: 'S7',
    sasaranOpd: 'Meningkatnya penerapan Sistem Pemerintahan Berbasis Elektronik',
    kepala: 'Kepala Dinas Komunikasi dan Informatika',
    indicators: [
      pos('Indeks SPBE', 'indeks', 3.5, { start: 3.2, iku: true, decimals: 2 }),
      pos('Persentase perangkat daerah yang terhubung jaringan intra pemerintah', '%', 100, { start: 92, outcome: 'Meningkatnya konektivitas jaringan pemerintah' }),
      pos('Persentase layanan publik yang tersedia daring', '%', 75, { start: 60, outcome: 'Meningkatnya layanan publik berbasis elektronik' }),
      pos('Persentase aduan masyarakat yang ditindaklanjuti melalui kanal pengaduan', '%', 90, { start: 85, outcome: 'Meningkatnya keterbukaan informasi publik' }),
    ],
  },
  {
    kode: 'DISKOPUKM',
    nama: 'Dinas Koperasi dan Usaha Mikro',
    sasaranKota: 'S8',
    sasaranOpd: 'Meningkatnya daya saing koperasi dan usaha mikro',
    kepala: 'Kepala Dinas Koperasi dan Usaha Mikro',
    indicators: [
      pos('Persentase koperasi aktif', '%', 68, { start: 63, iku: true }),
      pos('Jumlah usaha mikro yang naik kelas', 'unit', 150, { agregasi: 'Kumulatif', outcome: 'Meningkatnya skala usaha mikro' }),
      pos('Jumlah usaha mikro yang memanfaatkan pemasaran digital', 'unit', 600, { agregasi: 'Kumulatif', outcome: 'Meningkatnya akses pasar usaha mikro' }),
    ],
  },
  {
    kode: 'DPMPTSP',
    nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    sasaranKota: 'S8',
    sasaranOpd: 'Meningkatnya investasi dan kualitas pelayanan perizinan',
    kepala: 'Kepala DPMPTSP',
    indicators: [
      pos('Nilai realisasi investasi', 'miliar rupiah', 1450, { agregasi: 'Kumulatif', iku: true }),
      pos('Persentase izin yang terbit tepat waktu', '%', 98, { start: 95, iku: true, outcome: 'Meningkatnya kepastian waktu layanan perizinan' }),
      IKM(86),
    ],
  },
  {
    kode: 'DISPORAPAR',
    nama: 'Dinas Kepemudaan, Olahraga dan Pariwisata',
    sasaranKota: 'S8',
    sasaranOpd: 'Meningkatnya kunjungan wisata dan prestasi olahraga',
    kepala: 'Kepala Dinas Kepemudaan, Olahraga dan Pariwisata',
    indicators: [
      pos('Jumlah kunjungan wisatawan', 'orang', 850000, { agregasi: 'Kumulatif', iku: true }),
      pos('Jumlah medali pada kejuaraan tingkat provinsi dan nasional', 'medali', 64, { agregasi: 'Kumulatif', outcome: 'Meningkatnya prestasi olahraga' }),
      pos('Persentase organisasi kepemudaan yang aktif', '%', 75, { start: 70, outcome: 'Meningkatnya peran pemuda dalam pembangunan' }),
    ],
  },
  {
    kode: 'DKPP',
    nama: 'Dinas Ketahanan Pangan dan Pertanian',
    sasaranKota: 'S3',
    sasaranOpd: 'Meningkatnya ketersediaan dan keamanan pangan',
    kepala: 'Kepala Dinas Ketahanan Pangan dan Pertanian',
    indicators: [
      pos('Skor Pola Pangan Harapan', 'skor', 90, { start: 88.6, iku: true, decimals: 1 }),
      pos('Persentase pangan segar yang memenuhi syarat keamanan pangan', '%', 92, { start: 89, outcome: 'Meningkatnya keamanan pangan segar' }),
      pos('Jumlah kelompok urban farming yang dibina', 'kelompok', 45, { start: 30, outcome: 'Meningkatnya pemanfaatan pekarangan' }),
    ],
  },
  {
    kode: 'BAPPEDA',
    nama: 'Badan Perencanaan Pembangunan Daerah',
    sasaranKota: 'S7',
    sasaranOpd: 'Meningkatnya kualitas perencanaan dan pengendalian pembangunan daerah',
    kepala: 'Kepala Bappeda',
    indicators: [
      pos('Persentase keselarasan program RKPD dengan RPJMD', '%', 100, { start: 96, iku: true }),
      { nama: 'Laju inflasi daerah (year on year)', satuan: '%', polaritas: 'Positif', agregasi: 'Akhir', target: { low: 2.5, high: 3.5 }, iku: true, outcome: 'Terkendalinya inflasi daerah', decimals: 2 },
      pos('Persentase rekomendasi hasil pengendalian dan evaluasi yang ditindaklanjuti', '%', 85, { start: 70, outcome: 'Meningkatnya efektivitas pengendalian pembangunan' }),
      pos('Jumlah kajian dan inovasi daerah yang dimanfaatkan', 'dokumen', 12, { agregasi: 'Kumulatif', outcome: 'Meningkatnya pemanfaatan hasil penelitian dan inovasi' }),
      SAKIP_OPD,
    ],
  },
  {
    kode: 'BPKAD',
    nama: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    sasaranKota: 'S7',
    sasaranOpd: 'Meningkatnya akuntabilitas pengelolaan keuangan dan aset daerah',
    kepala: 'Kepala BPKAD',
    indicators: [
      pos('Opini BPK atas Laporan Keuangan Pemerintah Daerah (WTP = 4)', 'skor', 4, { start: 4, iku: true }),
      pos('Persentase aset tetap yang bersertifikat', '%', 72, { start: 64, outcome: 'Meningkatnya legalitas aset daerah' }),
      pos('Persentase SP2D yang terbit tepat waktu', '%', 99, { start: 97, outcome: 'Meningkatnya ketepatan layanan perbendaharaan' }),
      SERAPAN,
    ],
  },
  {
    kode: 'BAPENDA',
    nama: 'Badan Pendapatan Daerah',
    sasaranKota: 'S8',
    sasaranOpd: 'Meningkatnya pendapatan asli daerah',
    kepala: 'Kepala Bapenda',
    indicators: [
      pos('Realisasi Pendapatan Asli Daerah', 'miliar rupiah', 640, { agregasi: 'Kumulatif', iku: true, decimals: 1 }),
      pos('Persentase realisasi penerimaan PBB-P2', '%', 85, { start: 6, iku: true, outcome: 'Meningkatnya kepatuhan wajib pajak PBB-P2' }),
      neg('Persentase tunggakan pajak daerah terhadap ketetapan', '%', 12, { start: 18, outcome: 'Berkurangnya tunggakan pajak daerah' }),
      pos('Jumlah wajib pajak yang menggunakan pembayaran nontunai', 'wajib pajak', 52000, { start: 40000, outcome: 'Meningkatnya layanan pajak berbasis elektronik' }),
    ],
  },
  {
    kode: 'BKPSDM',
    nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    sasaranKota: 'S7',
    sasaranOpd: 'Meningkatnya profesionalitas aparatur sipil negara',
    kepala: 'Kepala BKPSDM',
    indicators: [
      pos('Indeks Profesionalitas ASN', 'indeks', 76, { start: 72, iku: true, decimals: 2 }),
      pos('Persentase ASN yang mengikuti pengembangan kompetensi minimal 20 JP', '%', 80, { start: 10, outcome: 'Meningkatnya kompetensi ASN' }),
      pos('Persentase pegawai yang menyusun SKP tepat waktu', '%', 100, { start: 92, outcome: 'Meningkatnya penerapan manajemen kinerja pegawai' }),
    ],
  },
  {
    kode: 'BPBD',
    nama: 'Badan Penanggulangan Bencana Daerah',
    sasaranKota: 'S5',
    sasaranOpd: 'Meningkatnya ketangguhan masyarakat terhadap bencana',
    kepala: 'Kepala Pelaksana BPBD',
    indicators: [
      neg('Indeks Risiko Bencana', 'indeks', 118, { start: 124, iku: true, decimals: 2 }),
      neg('Waktu tanggap darurat bencana', 'menit', 15, { agregasi: 'Rata-rata', outcome: 'Meningkatnya kecepatan penanganan darurat' }),
      pos('Jumlah kelurahan tangguh bencana', 'kelurahan', 14, { start: 10, outcome: 'Meningkatnya kesiapsiagaan masyarakat' }),
    ],
  },
  {
    kode: 'INSP',
    nama: 'Inspektorat',
    sasaranKota: 'S7',
    sasaranOpd: 'Meningkatnya kualitas pengawasan internal pemerintah daerah',
    kepala: 'Inspektur',
    indicators: [
      pos('Level kapabilitas APIP', 'level', 3, { start: 3, iku: true }),
      pos('Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti', '%', 90, { start: 78, iku: true, outcome: 'Meningkatnya tindak lanjut hasil pengawasan' }),
      pos('Jumlah perangkat daerah yang dievaluasi SAKIP-nya', 'perangkat daerah', 26, { start: 0, outcome: 'Terlaksananya evaluasi akuntabilitas kinerja internal' }),
      pos('Level maturitas SPIP', 'level', 3.5, { start: 3.2, decimals: 2, outcome: 'Meningkatnya maturitas SPIP' }),
    ],
  },
  {
    kode: 'SETDA',
    nama: 'Sekretariat Daerah',
    sasaranKota: 'S7',
    sasaranOpd: 'Meningkatnya kualitas koordinasi dan tata kelola pemerintahan',
    kepala: 'Sekretaris Daerah',
    indicators: [
      pos('Indeks Reformasi Birokrasi', 'indeks', 72, { start: 68, iku: true, decimals: 2 }),
      pos('Nilai SAKIP Kota', 'nilai', 72, { start: 68.4, iku: true, decimals: 2, outcome: 'Meningkatnya akuntabilitas kinerja pemerintah kota' }),
      pos('Persentase produk hukum daerah yang ditetapkan tepat waktu', '%', 90, { start: 85, outcome: 'Meningkatnya kualitas produk hukum daerah' }),
      pos('Persentase pengadaan barang/jasa melalui e-katalog', '%', 60, { start: 35, outcome: 'Meningkatnya efisiensi pengadaan barang/jasa' }),
      IKM(81),
      SAKIP_OPD,
      SERAPAN,
    ],
  },
  {
    kode: 'SETWAN',
    nama: 'Sekretariat DPRD',
    sasaranKota: 'S7',
    sasaranOpd: 'Meningkatnya dukungan terhadap fungsi DPRD',
    kepala: 'Sekretaris DPRD',
    indicators: [
      pos('Persentase fasilitasi fungsi legislasi, anggaran, dan pengawasan DPRD yang terlaksana', '%', 100, { start: 100, iku: true }),
      pos('Jumlah rapat paripurna dan alat kelengkapan DPRD yang difasilitasi', 'rapat', 140, { agregasi: 'Kumulatif', outcome: 'Terfasilitasinya persidangan DPRD' }),
      pos('Persentase aspirasi masyarakat yang ditindaklanjuti', '%', 80, { start: 70, outcome: 'Meningkatnya penyerapan aspirasi masyarakat' }),
    ],
  },
  kecamatan('KEC-UTARA', 'Sukamaju Utara'),
  kecamatan('KEC-SELATAN', 'Sukamaju Selatan'),
  kecamatan('KEC-TIMUR', 'Cempaka Sari'),
  kecamatan('KEC-BARAT', 'Tirta Jaya'),
];
