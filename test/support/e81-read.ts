/** Detects and reads one sheet with the registered layouts, asserting it is form E.81. */
import assert from 'node:assert/strict';
import { detectSheet } from '../../shared/import/registry';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import type { Indicator } from '../../shared/parse/opd-workbook-model';
import { SheetReport } from '../../shared/parse/sheet-report';
import type { TableSheet } from '../../shared/table/table';

export function readE81(sheet: TableSheet): { indicators: Indicator[]; report: SheetReport } {
  const detected = detectSheet(sheet);
  assert.ok(detected, 'a layout is detected');
  assert.equal(detected.layout.id, 'capaian-e81');
  const report = new SheetReport('e81.xlsx', sheet.name);
  const read = detected.layout.read(detected.view, detected.detection, { file: 'e81.xlsx', report, convention: 'id', model: MODEL_88_2021 });
  assert.equal(read.part, 'kinerja');
  return { indicators: read.part === 'kinerja' ? read.indicators : [], report };
}
