/**
 * The `=SAKIP.*` functions, each defined once: id, parameters, texts in Indonesian and English, and
 * its implementation (a single-cell one for the functions that spill). The metadata (functions.json
 * and functions.en-US.json), the associations, docs/functions.md (with the prose in
 * `details/<ID>.md`) and the golden files are all generated from this list, in this order.
 */
import type { FunctionSpec, ParameterSpec, Texts } from './function-spec';
import {
  answerCell,
  capaianCategoryCell,
  capaianCell,
  component,
  gradeCell,
  labelCell,
  nextGradeCell,
  readAnswerType,
  readBoundMode,
  readCap,
  score,
} from './implementations';

const texts = (id: string, en: string): Texts => ({ id, en });

const BATAS: ParameterSpec = {
  name: 'batas',
  kind: 'text',
  optional: true,
  description: texts(
    '"eksklusif" (bawaan: batas bawah tidak termasuk, AA di atas 90) atau "inklusif" (AA mulai 90), sesuai ketentuan daerah.',
    '"eksklusif" (default: lower bounds excluded, AA above 90) or "inklusif" (AA from 90), as the region rules.',
  ),
  read: readBoundMode,
};

const MODEL: ParameterSpec = {
  name: 'model',
  kind: 'text',
  optional: true,
  description: texts('Model LKE: "88/2021" (bawaan) atau "12/2015".', 'LKE model: "88/2021" (default) or "12/2015".'),
};

const KODE: ParameterSpec = {
  name: 'kode',
  kind: 'range',
  description: texts('Rentang kode kriteria, mis. 1.1.1 — biasanya kolom Kode lembar LKE.', 'Range of criterion codes, e.g. 1.1.1 — usually the Kode column of the LKE sheet.'),
};

export const FUNCTION_REGISTRY: readonly FunctionSpec[] = [
  {
    id: 'GRADE',
    description: texts(
      'Predikat (AA, A, BB, B, CC, C, D) dari nilai 0–100. Nilai dibulatkan ke 2 desimal lebih dulu.',
      'Grade (AA, A, BB, B, CC, C, D) of a score 0–100. The score is rounded to 2 decimals first.',
    ),
    summary: texts('predikat AA … D dari nilai', 'grade AA … D of a score'),
    parameters: [
      {
        name: 'nilai',
        kind: 'cells',
        description: texts('Nilai 0–100, atau rentang nilai (angka, atau teks seperti "70,96").', 'Score 0–100, or a range of scores (numbers, or text such as "70,96").'),
      },
      BATAS,
    ],
    result: 'cells',
    cell: gradeCell,
  },
  {
    id: 'LABEL',
    description: texts(
      'Label predikat (mis. "Sangat Memuaskan") dari predikat atau dari nilai 0–100.',
      'Grade label (e.g. "Sangat Memuaskan") of a grade or of a score 0–100.',
    ),
    summary: texts('label predikat, mis. "Sangat Memuaskan"', 'grade label, e.g. "Sangat Memuaskan"'),
    parameters: [
      {
        name: 'nilai_atau_predikat',
        kind: 'cells',
        description: texts('Predikat (AA … D) atau nilai 0–100, atau rentangnya.', 'Grade (AA … D) or score 0–100, or a range of them.'),
      },
    ],
    result: 'cells',
    cell: labelCell,
  },
  {
    id: 'NEXTGRADE',
    description: texts(
      'Poin yang masih dibutuhkan untuk naik ke predikat berikutnya (0 bila sudah AA).',
      'Points still needed to reach the next grade (0 at AA).',
    ),
    summary: texts('poin yang masih dibutuhkan untuk predikat berikutnya', 'points still needed for the next grade'),
    parameters: [
      { name: 'nilai', kind: 'cells', description: texts('Nilai 0–100, atau rentang nilai.', 'Score 0–100, or a range of scores.') },
      { ...BATAS, description: texts('"eksklusif" (bawaan) atau "inklusif".', '"eksklusif" (default) or "inklusif".') },
    ],
    result: 'cells',
    cell: nextGradeCell,
  },
  {
    id: 'ANSWER',
    description: texts('Nilai kriteria 0–1 dari jawaban LKE (Y/T, A–E atau AA–E).', 'Criterion value 0–1 of an LKE answer (Y/T, A–E or AA–E).'),
    summary: texts('nilai kriteria 0–1 dari jawaban LKE', 'criterion value 0–1 of an LKE answer'),
    parameters: [
      {
        name: 'jawaban',
        kind: 'cells',
        description: texts('Jawaban, mis. "Y", "Tidak", "B" atau "BB"; boleh rentang.', 'Answer, e.g. "Y", "Tidak", "B" or "BB"; may be a range.'),
      },
      {
        name: 'tipe',
        kind: 'text',
        optional: true,
        description: texts('"Y/T", "A-E" atau "AA-E"; bila kosong, tipe ditebak dari jawaban.', '"Y/T", "A-E" or "AA-E"; when blank, the type is inferred from the answer.'),
        read: readAnswerType,
      },
    ],
    result: 'cells',
    cell: answerCell,
  },
  {
    id: 'SCORE',
    description: texts(
      'Nilai total LKE 0–100 dari rentang kode kriteria dan rentang jawaban menurut model.',
      'LKE total score 0–100 of a range of criterion codes and a range of answers, by the model.',
    ),
    summary: texts('nilai total LKE 0–100', 'LKE total score 0–100'),
    parameters: [
      KODE,
      {
        name: 'jawaban',
        kind: 'range',
        description: texts(
          'Rentang jawaban, berukuran sama dengan rentang kode. Jawaban kosong bernilai 0.',
          'Range of answers, the same size as the range of codes. A blank answer counts 0.',
        ),
      },
      MODEL,
    ],
    result: 'number',
    compute: score,
  },
  {
    id: 'COMPONENT',
    description: texts('Nilai satu komponen LKE dari rentang kode kriteria dan rentang jawaban.', 'Score of one LKE component from a range of criterion codes and a range of answers.'),
    summary: texts('nilai satu komponen LKE', 'score of one LKE component'),
    parameters: [
      KODE,
      {
        name: 'jawaban',
        kind: 'range',
        description: texts('Rentang jawaban, sama ukurannya dengan rentang kode.', 'Range of answers, the same size as the range of codes.'),
      },
      {
        name: 'komponen',
        kind: 'value',
        description: texts('Nomor komponen (1–4) atau namanya, mis. "Perencanaan".', 'Component number (1–4) or its name, e.g. "Perencanaan".'),
      },
      MODEL,
    ],
    result: 'number',
    compute: component,
  },
  {
    id: 'CAPAIAN',
    description: texts(
      'Capaian kinerja (%) dari target dan realisasi. #N/A bila capaian tidak dapat dihitung.',
      'Performance achievement (%) of target and realisation. #N/A when it cannot be computed.',
    ),
    summary: texts('capaian kinerja dalam persen', 'performance achievement in percent'),
    parameters: [
      {
        name: 'target',
        kind: 'cells',
        description: texts(
          'Target: angka, teks angka ("1.000") atau rentang seperti "80-90" atau "80 s.d. 90"; boleh rentang sel.',
          'Target: a number, number text ("1.000") or a band such as "80-90" or "80 s.d. 90"; may be a range of cells.',
        ),
      },
      {
        name: 'realisasi',
        kind: 'cells',
        description: texts(
          'Realisasi (0 adalah nilai yang sah); satu sel atau rentang berukuran sama dengan target.',
          'Realisation (0 is a valid value); one cell or a range the size of target.',
        ),
      },
      {
        name: 'polaritas',
        kind: 'cells',
        optional: true,
        description: texts('"Positif" (bawaan) atau "Negatif" ("+" / "-"); satu sel atau rentang.', '"Positif" (default) or "Negatif" ("+" / "-"); one cell or a range.'),
      },
      {
        name: 'batas_atas',
        kind: 'value',
        optional: true,
        description: texts('Batas atas capaian, mis. 120; bila kosong tidak dibatasi.', 'Upper limit of the achievement, e.g. 120; when blank, no limit.'),
        read: readCap,
      },
    ],
    result: 'cells',
    cell: capaianCell,
  },
  {
    id: 'CAPAIANCATEGORY',
    description: texts(
      'Kategori capaian kinerja: Sangat Tinggi, Tinggi, Sedang, Rendah atau Sangat Rendah.',
      'Achievement category: Sangat Tinggi, Tinggi, Sedang, Rendah or Sangat Rendah.',
    ),
    summary: texts('kategori capaian', 'achievement category'),
    parameters: [
      {
        name: 'persen',
        kind: 'cells',
        description: texts('Capaian dalam persen (85 berarti 85%), atau rentangnya.', 'Achievement in percent (85 means 85%), or a range of them.'),
      },
    ],
    result: 'cells',
    cell: capaianCategoryCell,
  },
];

/** The registry entry of an id (upper case). */
export function functionSpec(id: string): FunctionSpec {
  const spec = FUNCTION_REGISTRY.find((f) => f.id === id);
  if (!spec) throw new Error(`no function ${id} in the registry`);
  return spec;
}
