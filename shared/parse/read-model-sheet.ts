/**
 * A `Model LKE` sheet (Kode, Uraian, Tipe, Aturan, Bobot, Metode) read into a model on a shipped
 * model's weights: the city workbook's custom model, and the copy of it a consolidated workbook
 * keeps. Each problem becomes a finding at its cell.
 */
import type { Finding } from '../findings/finding';
import { buildCustomModel } from '../models/custom-model';
import type { EvaluationModel } from '../models/model';
import type { TableSheet } from '../table/table';
import { readText } from './cell-values';
import { MODEL_LKE_COLUMNS } from './city-format';
import { dataRows } from './data-rows';
import { findHeaderRow } from './header-row';
import { reportHeaderMissing } from './header-missing';
import { SheetReport } from './sheet-report';

export function readModelSheet(file: string, sheet: TableSheet, name: string, base: EvaluationModel): { model?: EvaluationModel; findings: Finding[] } {
  const report = new SheetReport(file, sheet.name);
  const header = findHeaderRow(sheet, MODEL_LKE_COLUMNS);
  if (!header.ok) {
    reportHeaderMissing(report, header.missing, header.nearest);
    return { findings: report.findings };
  }
  const rows = [...dataRows(sheet, header.headerRow, header.columns)].map((row) => {
    const aturan = row.get('aturan');
    const bobot = row.get('bobot');
    const metode = row.get('metode');
    return {
      code: readText(row.get('kode')!),
      text: readText(row.get('uraian')!),
      type: readText(row.get('tipe')!),
      ...(aturan && readText(aturan) ? { rule: readText(aturan) } : {}),
      ...(bobot && readText(bobot) ? { weight: readText(bobot) } : {}),
      ...(metode && readText(metode) ? { method: readText(metode) } : {}),
      cell: { code: row.get('kode')!.address, type: row.get('tipe')!.address, ...(aturan ? { rule: aturan.address } : {}) },
    };
  });
  const result = buildCustomModel(name, base, rows);
  for (const problem of result.problems) {
    const { code, ...params } = problem;
    const cell = 'cell' in params ? params.cell : undefined;
    if ('cell' in params) delete (params as { cell?: string }).cell;
    report.add(code, cell, params as never);
  }
  return { ...(result.model ? { model: result.model } : {}), findings: report.findings };
}
