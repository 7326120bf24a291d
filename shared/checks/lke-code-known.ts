/** Every criterion row of the LKE sheet must carry a code of the model; a model needs criteria at all. */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import type { CheckInput } from './check-input';

export function checkLkeCodes({ workbook: wb, model }: CheckInput): Finding[] {
  if (!wb.lke) return [];
  if (model.criteria.length === 0) return [makeFinding('LKE_MODEL_EMPTY', { file: wb.file, sheet: wb.lkeSheet }, { model: model.id })];
  const known = new Set(model.criteria.map((c) => c.code));
  return wb.lke
    .filter((entry) => !known.has(entry.kode))
    .map((entry) => makeFinding('LKE_CODE_UNKNOWN', { file: wb.file, sheet: wb.lkeSheet, cell: entry.cells.kode }, { kode: entry.kode, model: model.id }));
}
