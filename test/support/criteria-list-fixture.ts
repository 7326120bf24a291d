/**
 * A flat criteria list in the shape of published tables (`KOMPONEN | SUB - KOMPONEN | KRITERIA`,
 * numbered text `1. Perencanaan Kinerja`, component and sub-component written once), built from a
 * model's own criteria; optionally with an answer column. The project's own content.
 */
import type { EvaluationModel } from '../../shared/models/model';
import { sheetFromGrid } from '../../shared/table/from-grid';
import type { WorkbookTable } from '../../shared/table/table';
import type { Grid } from './opd-fixture';

export function criteriaListGrid(model: EvaluationModel, answers?: ReadonlyMap<string, string>): Grid {
  const grid: Grid = [['KOMPONEN', 'SUB - KOMPONEN', 'KRITERIA', ...(answers ? ['Jawaban Auditee'] : [])]];
  for (const component of model.components) {
    component.subComponents.forEach((sub, j) => {
      const criteria = model.criteria.filter((c) => c.component === component.number && c.slot === sub.slot);
      criteria.forEach((c, n) => {
        grid.push([
          j === 0 && n === 0 ? `${component.number}. ${component.name}` : '',
          n === 0 ? `${sub.slot}. ${sub.name}` : '',
          `${n + 1}. ${c.text}.`,
          ...(answers ? [answers.get(c.code) ?? ''] : []),
        ]);
      });
    });
  }
  return grid;
}

export function criteriaListTable(grid: Grid, file = 'tabel-kriteria.xlsx'): WorkbookTable {
  return { file, sheets: [sheetFromGrid('Tabel Kriteria', grid)] };
}
