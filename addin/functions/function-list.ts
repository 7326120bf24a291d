/**
 * The `=SAKIP.*` functions: what exists (id, parameters, whether the result spills). The JSDoc in
 * `functions.ts` says how each is described to Excel users; a test holds the generated
 * `functions.json`, the associations and `docs/functions.md` to this list.
 */

export const FUNCTIONS_NAMESPACE = 'SAKIP';
export const FUNCTIONS_HELP_URL = 'https://github.com/sakip-kit/sakip-kit/blob/main/docs/functions.md';

export interface FunctionParameter {
  readonly name: string;
  readonly optional: boolean;
}

export interface FunctionEntry {
  readonly id: string;
  readonly parameters: readonly FunctionParameter[];
  /** Takes a range and returns a range of the same shape. */
  readonly spills: boolean;
}

const required = (name: string): FunctionParameter => ({ name, optional: false });
const optional = (name: string): FunctionParameter => ({ name, optional: true });

export const FUNCTION_LIST: readonly FunctionEntry[] = [
  { id: 'GRADE', parameters: [required('nilai'), optional('batas')], spills: true },
  { id: 'LABEL', parameters: [required('nilai_atau_predikat')], spills: true },
  { id: 'NEXTGRADE', parameters: [required('nilai'), optional('batas')], spills: true },
  { id: 'ANSWER', parameters: [required('jawaban'), optional('tipe')], spills: true },
  { id: 'SCORE', parameters: [required('kode'), required('jawaban'), optional('model')], spills: false },
  { id: 'COMPONENT', parameters: [required('kode'), required('jawaban'), required('komponen'), optional('model')], spills: false },
  {
    id: 'CAPAIAN',
    parameters: [required('target'), required('realisasi'), optional('polaritas'), optional('batas_atas')],
    spills: true,
  },
  { id: 'CAPAIANCATEGORY', parameters: [required('persen')], spills: true },
];

/** The help page anchor of a function: the docs heading `## SAKIP.GRADE` → `#sakipgrade`. */
export const helpUrlOf = (id: string): string => `${FUNCTIONS_HELP_URL}#${FUNCTIONS_NAMESPACE.toLowerCase()}${id.toLowerCase()}`;
