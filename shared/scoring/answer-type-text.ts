/**
 * Answer types written as text, and the type an answer implies when none is given
 * (for the spreadsheet function ANSWER): `Y`/`T`/`Ya`/`Tidak` → Y/T; `AA`/`BB`/`CC` → AA-E;
 * `A`…`E` → A-E (the single letters are read on the A–E scale, scoring.md §2).
 */
import { ANSWER_TYPES, type AnswerType } from '../models/model';
import { parseAnswer } from './answer-scale';

const normalise = (text: string): string => text.replace(/\s+/g, '').toUpperCase().replace(/[\u2013\u2014\u2212]/g, '-');

/**
 * `Y/T` (also `YT`, `Y-T`), `A-E` (also `A–E`, `AE`), `AA-E` (also `AA–E`, `AAE`), `A-D`, `M/BM`
 * (also `MEMADAI/BELUM MEMADAI`), `%` (also `persen`, `0-100`), any case; undefined otherwise.
 */
export function parseAnswerType(text: string): AnswerType | undefined {
  const key = normalise(text);
  if (key === 'MEMADAI/BELUMMEMADAI' || key === 'MEMADAI' || key === 'M/BM') return 'M/BM';
  if (key === 'PERSEN' || key === '0-100' || key === '%') return '%';
  return ANSWER_TYPES.find((type) => {
    const canonical = normalise(type);
    return key === canonical || key === canonical.replace(/[-/]/g, '') || key === canonical.replace(/[-/]/g, '-');
  });
}

/** Types tried in order when inferring: a letter that is valid on several scales takes the first. */
export const INFERENCE_ORDER: readonly AnswerType[] = ['Y/T', 'A-E', 'AA-E'];

/** The type an answer implies; undefined for blank or unknown answers. */
export function inferAnswerType(text: string): AnswerType | undefined {
  return INFERENCE_ORDER.find((type) => parseAnswer(text, type).kind === 'valid');
}
