/** Reads one grid sheet (with merges) through the layout registry: the layout found and what it read. */
import assert from 'node:assert/strict';
import { detectSheet } from '../../../shared/import/registry';
import type { LayoutRead } from '../../../shared/import/layout';
import { MODEL_88_2021 } from '../../../shared/models/model-88-2021';
import { SheetReport } from '../../../shared/parse/sheet-report';
import { sheetFromGrid } from '../../../shared/table/from-grid';

export function readLayout(rows: unknown[][], merges: string[] = [], convention: 'id' | 'en' = 'id'): { id: string; read: LayoutRead; report: SheetReport } {
  const sheet = { ...sheetFromGrid('Lembar1', rows), merges };
  const detected = detectSheet(sheet);
  assert.ok(detected, 'a layout is detected');
  const report = new SheetReport('impor.xlsx', 'Lembar1');
  const read = detected.layout.read(detected.view, detected.detection, { file: 'impor.xlsx', report, convention, model: MODEL_88_2021 });
  return { id: detected.layout.id, read, report };
}
