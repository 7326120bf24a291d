/// <reference types="custom-functions-runtime" />
/**
 * The `=SAKIP.*` custom functions as Excel sees them: JSDoc (read by the metadata generator into
 * `functions.json`) over thin wrappers. What each computes is in `implementations.ts`; the list
 * of what exists is `function-list.ts`. Runs in the shared runtime, beside the task pane.
 */
import { scalarResult, spillResult } from './excel-result';
import * as impl from './implementations';

/**
 * Predikat (AA, A, BB, B, CC, C, D) dari nilai 0–100. Nilai dibulatkan ke 2 desimal lebih dulu.
 * @customfunction GRADE
 * @helpurl https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md#sakipgrade
 * @param nilai Nilai 0–100, atau rentang nilai (angka, atau teks seperti "70,96").
 * @param [batas] "eksklusif" (bawaan: AA di atas 90) atau "inklusif" (AA mulai 90).
 * @returns Predikat untuk setiap nilai.
 */
export function grade(nilai: unknown[][], batas?: string): unknown[][] {
  return spillResult(impl.grade(nilai, batas));
}

/**
 * Label predikat (mis. "Sangat Memuaskan") dari predikat atau dari nilai 0–100.
 * @customfunction LABEL
 * @helpurl https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md#sakiplabel
 * @param nilai_atau_predikat Predikat (AA … D) atau nilai 0–100, atau rentangnya.
 * @returns Label untuk setiap predikat atau nilai.
 */
export function label(nilai_atau_predikat: unknown[][]): unknown[][] {
  return spillResult(impl.label(nilai_atau_predikat));
}

/**
 * Poin yang masih dibutuhkan untuk naik ke predikat berikutnya (0 bila sudah AA).
 * @customfunction NEXTGRADE
 * @helpurl https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md#sakipnextgrade
 * @param nilai Nilai 0–100, atau rentang nilai.
 * @param [batas] "eksklusif" (bawaan) atau "inklusif".
 * @returns Poin yang dibutuhkan, 2 desimal.
 */
export function nextGrade(nilai: unknown[][], batas?: string): unknown[][] {
  return spillResult(impl.nextGrade(nilai, batas));
}

/**
 * Nilai kriteria 0–1 dari jawaban LKE (Y/T, A–E atau AA–E).
 * @customfunction ANSWER
 * @helpurl https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md#sakipanswer
 * @param jawaban Jawaban, mis. "Y", "Tidak", "B" atau "BB"; boleh rentang.
 * @param [tipe] "Y/T", "A-E" atau "AA-E"; bila kosong, tipe ditebak dari jawaban.
 * @returns Nilai 0–1 untuk setiap jawaban.
 */
export function answer(jawaban: unknown[][], tipe?: string): unknown[][] {
  return spillResult(impl.answer(jawaban, tipe));
}

/**
 * Nilai total LKE 0–100 dari rentang kode kriteria dan rentang jawaban menurut model.
 * @customfunction SCORE
 * @helpurl https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md#sakipscore
 * @param kode Rentang kode kriteria, mis. 1.1.1.
 * @param jawaban Rentang jawaban, sama ukurannya dengan rentang kode. Jawaban kosong bernilai 0.
 * @param [model] Model LKE: "88/2021" (bawaan) atau "12/2015".
 * @returns Nilai total 0–100.
 */
export function score(kode: unknown[][], jawaban: unknown[][], model?: string): number {
  return scalarResult(impl.score(kode, jawaban, model));
}

/**
 * Nilai satu komponen LKE dari rentang kode kriteria dan rentang jawaban.
 * @customfunction COMPONENT
 * @helpurl https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md#sakipcomponent
 * @param kode Rentang kode kriteria, mis. 1.1.1.
 * @param jawaban Rentang jawaban, sama ukurannya dengan rentang kode.
 * @param komponen Nomor komponen (1–4) atau namanya, mis. "Perencanaan".
 * @param [model] Model LKE: "88/2021" (bawaan) atau "12/2015".
 * @returns Nilai komponen.
 */
export function component(kode: unknown[][], jawaban: unknown[][], komponen: unknown, model?: string): number {
  return scalarResult(impl.component(kode, jawaban, komponen, model));
}

/**
 * Capaian kinerja (%) dari target dan realisasi. #N/A bila capaian tidak dapat dihitung.
 * @customfunction CAPAIAN
 * @helpurl https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md#sakipcapaian
 * @param target Target: angka atau rentang seperti "80-90"; boleh rentang sel.
 * @param realisasi Realisasi; satu sel atau rentang berukuran sama dengan target.
 * @param [polaritas] "Positif" (bawaan) atau "Negatif" ("+" / "-"); satu sel atau rentang.
 * @param [batas_atas] Batas atas capaian, mis. 120; bila kosong tidak dibatasi.
 * @returns Capaian dalam persen (85 berarti 85%).
 */
export function capaian(target: unknown[][], realisasi: unknown[][], polaritas?: unknown[][], batas_atas?: unknown): unknown[][] {
  return spillResult(impl.capaian(target, realisasi, polaritas, batas_atas));
}

/**
 * Kategori capaian kinerja: Sangat Tinggi, Tinggi, Sedang, Rendah atau Sangat Rendah.
 * @customfunction CAPAIANCATEGORY
 * @helpurl https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md#sakipcapaiancategory
 * @param persen Capaian dalam persen (85 berarti 85%), atau rentangnya.
 * @returns Kategori untuk setiap capaian.
 */
export function capaianCategory(persen: unknown[][]): unknown[][] {
  return spillResult(impl.capaianCategory(persen));
}

CustomFunctions.associate('GRADE', grade);
CustomFunctions.associate('LABEL', label);
CustomFunctions.associate('NEXTGRADE', nextGrade);
CustomFunctions.associate('ANSWER', answer);
CustomFunctions.associate('SCORE', score);
CustomFunctions.associate('COMPONENT', component);
CustomFunctions.associate('CAPAIAN', capaian);
CustomFunctions.associate('CAPAIANCATEGORY', capaianCategory);
