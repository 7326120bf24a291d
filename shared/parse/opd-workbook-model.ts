/** The typed model of an OPD workbook, as parsed from its tables (workbook-format.md §1). */
import { z } from 'zod/mini';

const optionalText = z.optional(z.string());

export const ProfilSchema = z.object({
  kodeOpd: z.string(),
  namaOpd: z.string(),
  tahun: z.number(),
  periode: z.object({ month: z.number(), year: z.optional(z.number()) }),
  /** As written; `88/2021` when the sheet leaves it blank. */
  model: z.string(),
  pengisi: optionalText,
  kontak: optionalText,
  /** A1 address of each value cell found, by field (`kodeOpd`, `tahun`, `periode`, `model`, …). */
  cells: z.record(z.string(), z.string()),
});
export type Profil = z.infer<typeof ProfilSchema>;

export const LkeEntrySchema = z.object({
  kode: z.string(),
  uraian: z.string(),
  /** The answer as written (trimmed); '' when blank. */
  jawaban: z.string(),
  /** The Nilai cell's number (a formula's cached result), when it has one. */
  nilai: z.optional(z.number()),
  catatan: z.string(),
  buktiDukung: z.string(),
  cells: z.object({ kode: z.string(), jawaban: z.string(), nilai: z.optional(z.string()) }),
  /**
   * A criterion scored per required document (imported LKE): each document's answer (Y/T, as
   * written; '' when blank) and its share (the file's count, 1 when it gives none).
   */
  dokumen: z.optional(z.array(z.object({ nama: z.string(), jawaban: z.string(), bobot: z.number(), cell: z.string() }))),
  /** The evaluators' answer and note, when an imported LKE carries evaluator stages. */
  evaluator: z.optional(z.object({ jawaban: z.string(), catatan: z.string() })),
  /** Imported LKE: the criterion row's values in columns no field maps (header → value), kept for `sakip import`'s notes. */
  lainnya: z.optional(z.array(z.object({ kolom: z.string(), nilai: z.string() }))),
});
export type LkeEntry = z.infer<typeof LkeEntrySchema>;

export const TargetSchema = z.union([
  z.object({ kind: z.literal('number'), value: z.number() }),
  z.object({ kind: z.literal('range'), low: z.number(), high: z.number() }),
]);

const monthValues = z.array(z.nullable(z.number()));

export const IndicatorSchema = z.object({
  kode: z.string(),
  indikator: z.string(),
  satuan: z.string(),
  polaritas: z.enum(['positif', 'negatif']),
  agregasi: z.enum(['Kumulatif', 'Akhir', 'Rata-rata']),
  kodePohon: z.string(),
  iku: z.boolean(),
  target: z.nullable(TargetSchema),
  /** Jan..Des; null = blank. */
  monthlyTargets: monthValues,
  realisasi: monthValues,
  /** False when a cell of the row had an error: the indicator then gets no capaian. */
  usable: z.boolean(),
  cells: z.object({ kode: z.string(), target: z.string(), kodePohon: z.optional(z.string()), realisasi: z.array(z.optional(z.string())) }),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const POHON_LEVELS = ['Tujuan', 'Sasaran', 'Outcome Antara', 'Outcome Langsung', 'Output'] as const;

export const PohonNodeSchema = z.object({
  kode: z.string(),
  kodeInduk: z.string(),
  /** Undefined when the level cell could not be read (the node is then not usable). */
  level: z.optional(z.enum(POHON_LEVELS)),
  uraian: z.string(),
  /** False when a cell of the row had an error: the node is left out of the tree (its code still resolves). */
  usable: z.boolean(),
  penanggungJawab: z.string(),
  /** The indicator text (city tree only). */
  indikator: z.string(),
  cells: z.object({ kode: z.string(), kodeInduk: z.string() }),
});
export type PohonNode = z.infer<typeof PohonNodeSchema>;

export const REKOMENDASI_STATUSES = ['Belum', 'Proses', 'Selesai'] as const;

export const RekomendasiSchema = z.object({
  no: z.string(),
  rekomendasi: z.string(),
  tindakLanjut: z.string(),
  status: z.enum(REKOMENDASI_STATUSES),
  buktiDukung: z.string(),
  cell: z.string(),
});
export type Rekomendasi = z.infer<typeof RekomendasiSchema>;

export const OpdWorkbookSchema = z.object({
  file: z.string(),
  /** Undefined when the Profil sheet is missing or unreadable. */
  profil: z.optional(ProfilSchema),
  profilSheet: z.string(),
  /** Undefined when the LKE sheet is missing or its headers are. */
  lke: z.optional(z.array(LkeEntrySchema)),
  lkeSheet: z.string(),
  indicators: z.array(IndicatorSchema),
  kinerjaSheet: z.string(),
  pohon: z.array(PohonNodeSchema),
  pohonSheet: z.string(),
  rekomendasi: z.array(RekomendasiSchema),
});
export type OpdWorkbook = z.infer<typeof OpdWorkbookSchema>;
