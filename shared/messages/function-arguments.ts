/**
 * Messages for the arguments of the spreadsheet functions (the add-in's `=SAKIP.*`), in
 * Indonesian (`id`) and English (`en`). Problems a workbook cell can also have (a number that is
 * not a number, an unknown code, an invalid answer) use the finding catalogue instead, so the
 * function and the pane say the same thing.
 */
import { formatNumber } from '../format/number-format';

interface Message<P> {
  readonly id: (params: P) => string;
  readonly en: (params: P) => string;
}

const message = <P = Record<string, never>>(m: Message<P>): Message<P> => m;
const list = (items: readonly string[]): string => items.join(', ');
const n = (value: number): string => formatNumber(value, 'id', 4);

export const FUNCTION_ARGUMENT_MESSAGES = {
  RANGES_DIFFER: message<{ first: string; second: string; firstSize: string; secondSize: string }>({
    id: (p) => `Rentang ${p.first} (${p.firstSize}) dan rentang ${p.second} (${p.secondSize}) harus berukuran sama`,
    en: (p) => `The ${p.first} range (${p.firstSize}) and the ${p.second} range (${p.secondSize}) must be the same size`,
  }),
  ANSWER_BLANK: message({
    id: () => 'Jawaban kosong (belum dijawab)',
    en: () => 'The answer is blank (unanswered)',
  }),
  ANSWER_NOT_OF_TYPE: message<{ jawaban: string; tipe: string; allowed: readonly string[] }>({
    id: (p) => `Jawaban "${p.jawaban}" tidak sah untuk tipe ${p.tipe}; pilihan: ${list(p.allowed)}`,
    en: (p) => `Answer "${p.jawaban}" is not valid for type ${p.tipe}; allowed: ${list(p.allowed)}`,
  }),
  ANSWER_WITHOUT_CODE: message<{ jawaban: string }>({
    id: (p) => `Jawaban "${p.jawaban}" tidak punya kode kriteria`,
    en: (p) => `Answer "${p.jawaban}" has no criterion code`,
  }),
  CODE_REPEATED: message<{ kode: string }>({
    id: (p) => `Kode kriteria ${p.kode} muncul lebih dari sekali`,
    en: (p) => `Criterion code ${p.kode} appears more than once`,
  }),
  COMPONENT_UNKNOWN: message<{ komponen: string; model: string; known: readonly string[] }>({
    id: (p) => `Komponen "${p.komponen}" tidak ada di model ${p.model}; pilihan: ${list(p.known)}`,
    en: (p) => `Component "${p.komponen}" is not in model ${p.model}; known: ${list(p.known)}`,
  }),
  CAP_NOT_POSITIVE: message<{ value: number }>({
    id: (p) => `Batas atas harus lebih dari 0 (tertulis ${n(p.value)})`,
    en: (p) => `The upper limit must be above 0 (given ${p.value})`,
  }),
} as const;

/** `3 × 1 sel` / `3 × 1 cells`: the size of a range as rows × columns. */
export function rangeSize(rows: number, columns: number, lang: 'id' | 'en' = 'id'): string {
  return `${rows} × ${columns} ${lang === 'id' ? 'sel' : 'cells'}`;
}
