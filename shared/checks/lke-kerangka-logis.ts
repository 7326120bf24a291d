/** Kerangka-logis rules of the model: a violation is a warning on the dependent criterion's answer cell. */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { checkKerangkaLogis } from '../scoring/kerangka-logis';
import type { CheckInput } from './check-input';

export function checkLkeKerangkaLogis({ workbook: wb, model, values }: CheckInput): Finding[] {
  if (!wb.lke) return [];
  const answerCell = new Map(wb.lke.map((e) => [e.kode, e.cells.jawaban] as const));
  return checkKerangkaLogis(model, values).map((v) =>
    makeFinding(
      'LKE_KERANGKA_LOGIS',
      { file: wb.file, sheet: wb.lkeSheet, cell: answerCell.get(v.criterion) },
      { kode: v.criterion, value: v.value, rule: v.ruleText, reference: v.reference, referenceValue: v.referenceValue },
    ),
  );
}
