/**
 * The default evaluation model: PermenPANRB No. 88 Tahun 2021 (scoring.md §1, reference
 * lke-88-2021-criteria.md). Criteria texts are the project's own wording of the reference
 * topics; codes, counts, weights and answer types are the contract.
 */
import type { AnswerType, Component, Criterion, EvaluationModel, Rule } from './model';

const SLOT_NAMES = ['Keberadaan', 'Kualitas', 'Pemanfaatan'] as const;
/** Slot 1 is answered Y/T; slots 2 and 3 on A-E. */
const SLOT_TYPES: readonly AnswerType[] = ['Y/T', 'A-E', 'A-E'];

interface ComponentTable {
  readonly number: number;
  readonly name: string;
  readonly shortName: string;
  readonly weight: number;
  /** Sub-component weights by slot (20% / 30% / 50%). */
  readonly subWeights: readonly [number, number, number];
  /** Criterion texts by slot; a text's position gives its number. */
  readonly texts: readonly [readonly string[], readonly string[], readonly string[]];
}

const TABLE: readonly ComponentTable[] = [
  {
    number: 1,
    name: 'Perencanaan Kinerja',
    shortName: 'Perencanaan',
    weight: 30,
    subWeights: [6, 9, 15],
    texts: [
      [
        'Terdapat pedoman teknis perencanaan kinerja',
        'Terdapat dokumen perencanaan kinerja jangka panjang',
        'Terdapat dokumen perencanaan kinerja jangka menengah (Renstra)',
        'Terdapat dokumen perencanaan kinerja tahunan (Renja/RKT)',
        'Terdapat dokumen perencanaan aktivitas yang mendukung kinerja',
        'Terdapat dokumen perencanaan anggaran yang mendukung kinerja',
        'Setiap unit kerja merumuskan dan menetapkan perencanaan kinerja (Perjanjian Kinerja)',
      ],
      [
        'Dokumen perencanaan kinerja telah diformalkan (ditandatangani dan ditetapkan)',
        'Dokumen perencanaan kinerja telah dipublikasikan tepat waktu',
        'Dokumen perencanaan kinerja menggambarkan kebutuhan kinerja yang sebenarnya',
        'Tujuan dan sasaran dirumuskan sebagai kondisi hasil yang ingin dicapai (berorientasi hasil)',
        'Indikator kinerja memenuhi kriteria SMART',
        'Indikator Kinerja Utama (IKU) menggambarkan kinerja utama dan tetap selama periode strategis',
        'Target kinerja dapat dicapai, menantang, dan realistis',
        'Perencanaan kinerja selaras secara berjenjang antar level jabatan (pohon kinerja)',
        'Perencanaan kinerja menunjukkan keterkaitan lintas sektor dengan unit kerja lain',
        'Setiap pegawai menyusun dan menetapkan rencana kinerja',
      ],
      [
        'Anggaran dialokasikan mengikuti kinerja yang ingin dicapai',
        'Aktivitas yang dilaksanakan mendukung kinerja yang ingin dicapai',
        'Target kinerja tercapai atau berada pada jalur pencapaian',
        'Rencana aksi dipantau secara berkala dan disesuaikan',
        'Perencanaan kinerja direviu berdasarkan analisis capaian kinerja sebelumnya',
        'Perencanaan kinerja direviu untuk mencapai hasil yang lebih baik',
        'Setiap unit kerja memahami dan berkomitmen terhadap rencana kinerja',
        'Setiap pegawai memahami dan berkomitmen terhadap rencana kinerja',
      ],
    ],
  },
  {
    number: 2,
    name: 'Pengukuran Kinerja',
    shortName: 'Pengukuran',
    weight: 30,
    subWeights: [6, 9, 15],
    texts: [
      [
        'Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja',
        'Terdapat definisi operasional dan cara mengukur yang jelas untuk setiap indikator kinerja',
        'Terdapat mekanisme pengumpulan data kinerja yang andal',
      ],
      [
        'Pimpinan terlibat sebagai pengambil keputusan dalam pengukuran kinerja',
        'Data kinerja yang dikumpulkan relevan',
        'Data kinerja yang dikumpulkan mendukung capaian kinerja yang diharapkan',
        'Pengukuran kinerja dilakukan secara berkala',
        'Setiap level organisasi memantau kinerja level di bawahnya',
        'Pengumpulan data kinerja memanfaatkan sistem informasi',
        'Pengukuran capaian kinerja memanfaatkan sistem informasi',
      ],
      [
        'Hasil pengukuran kinerja dimanfaatkan sebagai dasar pemberian tunjangan kinerja',
        'Hasil pengukuran kinerja dimanfaatkan sebagai dasar penempatan dan penghapusan jabatan',
        'Hasil pengukuran kinerja dimanfaatkan untuk penyesuaian (refocusing) organisasi',
        'Hasil pengukuran kinerja dimanfaatkan untuk penyesuaian strategi',
        'Hasil pengukuran kinerja dimanfaatkan untuk penyesuaian kebijakan',
        'Hasil pengukuran kinerja dimanfaatkan untuk penyesuaian aktivitas',
        'Hasil pengukuran kinerja dimanfaatkan untuk penyesuaian anggaran',
        'Hasil pengukuran kinerja dimanfaatkan untuk efisiensi anggaran',
        'Setiap unit kerja memahami dan peduli terhadap hasil pengukuran kinerja',
        'Setiap pegawai memahami dan peduli terhadap hasil pengukuran kinerja',
      ],
    ],
  },
  {
    number: 3,
    name: 'Pelaporan Kinerja',
    shortName: 'Pelaporan',
    weight: 15,
    subWeights: [3, 4.5, 7.5],
    texts: [
      [
        'Laporan kinerja (LKjIP) telah disusun',
        'Laporan kinerja disusun secara berkala',
        'Laporan kinerja telah diformalkan',
        'Laporan kinerja telah direviu',
        'Laporan kinerja telah dipublikasikan',
        'Laporan kinerja disampaikan tepat waktu',
      ],
      [
        'Laporan kinerja disusun sesuai standar kualitas',
        'Laporan kinerja mengungkap seluruh informasi kinerja',
        'Laporan kinerja membandingkan capaian dengan target tahunan',
        'Laporan kinerja membandingkan capaian dengan target jangka menengah',
        'Laporan kinerja membandingkan capaian dengan tahun-tahun sebelumnya',
        'Laporan kinerja membandingkan capaian dengan standar nasional atau daerah',
        'Laporan kinerja menjelaskan capaian, upaya, dan kendala yang dihadapi',
        'Laporan kinerja menyajikan efisiensi penggunaan sumber daya',
        'Laporan kinerja memuat rekomendasi perbaikan kinerja',
      ],
      [
        'Informasi laporan kinerja mendapat perhatian pimpinan',
        'Informasi laporan kinerja mendapat perhatian pegawai',
        'Informasi laporan kinerja dimanfaatkan untuk penyesuaian aktivitas',
        'Informasi laporan kinerja dimanfaatkan untuk penyesuaian penggunaan anggaran',
        'Informasi laporan kinerja dimanfaatkan untuk evaluasi keberhasilan',
        'Informasi laporan kinerja dimanfaatkan untuk penyesuaian perencanaan berikutnya',
        'Informasi laporan kinerja membentuk budaya kinerja',
      ],
    ],
  },
  {
    number: 4,
    name: 'Evaluasi Akuntabilitas Kinerja Internal',
    shortName: 'Evaluasi Internal',
    weight: 25,
    subWeights: [5, 7.5, 12.5],
    texts: [
      [
        'Terdapat pedoman teknis evaluasi akuntabilitas kinerja internal',
        'Evaluasi akuntabilitas kinerja internal mencakup seluruh unit kerja',
        'Evaluasi akuntabilitas kinerja internal dilaksanakan secara berjenjang',
      ],
      [
        'Evaluasi dilaksanakan sesuai standar',
        'Evaluasi dilaksanakan oleh SDM yang kompeten',
        'Evaluasi dilaksanakan dengan pendalaman yang memadai',
        'Evaluasi dilaksanakan pada seluruh unit kerja',
        'Evaluasi memanfaatkan sistem informasi',
      ],
      [
        'Seluruh rekomendasi hasil evaluasi telah ditindaklanjuti',
        'Tindak lanjut rekomendasi meningkatkan implementasi SAKIP',
        'Hasil evaluasi dimanfaatkan untuk perbaikan akuntabilitas kinerja',
        'Hasil evaluasi mendukung efektivitas dan efisiensi kinerja',
        'Kinerja meningkat dari pemanfaatan hasil evaluasi',
      ],
    ],
  },
];

const components: Component[] = TABLE.map((c) => ({
  number: c.number,
  name: c.name,
  shortName: c.shortName,
  weight: c.weight,
  subComponents: c.subWeights.map((weight, i) => ({ slot: i + 1, name: SLOT_NAMES[i]!, weight })),
}));

const criteria: Criterion[] = TABLE.flatMap((c) =>
  c.texts.flatMap((texts, i) =>
    texts.map((text, n) => ({
      code: `${c.number}.${i + 1}.${n + 1}`,
      component: c.number,
      slot: i + 1,
      text,
      type: SLOT_TYPES[i]!,
    })),
  ),
);

/** Every Pemanfaatan criterion ≤ the mean of the Kualitas sub-component of its component. */
const averageRules: Rule[] = criteria
  .filter((c) => c.slot === 3)
  .map((c) => ({ kind: 'average', criterion: c.code, reference: `${c.component}.2` }));

const prerequisiteRules: Rule[] = [
  { kind: 'prerequisite', criterion: '1.1.4', reference: '1.1.3' },
  ...criteria
    .filter((c) => c.component === 3 && c.slot === 3)
    .map((c): Rule => ({ kind: 'prerequisite', criterion: c.code, reference: '3.1.1' })),
  { kind: 'prerequisite', criterion: '4.3.1', reference: '4.1.2' },
];

export const MODEL_88_2021: EvaluationModel = {
  id: '88/2021',
  name: 'PermenPANRB No. 88 Tahun 2021',
  components,
  criteria,
  rules: [...averageRules, ...prerequisiteRules],
};
