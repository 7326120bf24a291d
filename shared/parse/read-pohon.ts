/** Reads a performance-tree sheet (`Pohon Kinerja` of an OPD, `Pohon Kinerja Kota` of the city). */
import type { TableSheet } from '../table/table';
import { normalizeName } from '../table/cells';
import { readRequiredText, readText } from './cell-values';
import { cleanCode } from '../text/invisible-characters';
import { dataRows } from './data-rows';
import { type ColumnSpec, findHeaderRow } from './header-row';
import { reportHeaderMissing } from './header-missing';
import { POHON_COLUMNS, POHON_LEVEL_ALIASES } from './opd-format';
import { POHON_LEVELS, type PohonNode } from './opd-workbook-model';
import type { SheetReport } from './sheet-report';

type PohonKey = 'kode' | 'kodeInduk' | 'level' | 'uraian' | 'penanggungJawab' | 'indikator';

export function readPohon(sheet: TableSheet, report: SheetReport, columns: readonly ColumnSpec<PohonKey>[] = POHON_COLUMNS): PohonNode[] {
  const header = findHeaderRow(sheet, columns);
  if (!header.ok) {
    reportHeaderMissing(report, header.missing, header.nearest);
    return [];
  }
  const nodes: PohonNode[] = [];
  for (const row of dataRows(sheet, header.headerRow, header.columns)) {
    const errorsBefore = report.errorCount;
    const text = (key: PohonKey): string => {
      const cell = row.get(key);
      return cell ? readText(cell) : '';
    };
    const kode = cleanCode(readRequiredText(row.get('kode')!, 'Kode', report));
    const levelText = readRequiredText(row.get('level')!, 'Level', report);
    const uraian = readRequiredText(row.get('uraian')!, 'Uraian', report);
    const level = POHON_LEVEL_ALIASES[normalizeName(levelText)] as PohonNode['level'];
    if (levelText && !level) report.add('VALUE_NOT_ALLOWED', row.get('level')!.address, { field: 'Level', value: levelText, allowed: POHON_LEVELS });
    if (!kode) continue;
    const node: PohonNode = {
      kode,
      kodeInduk: cleanCode(text('kodeInduk')),
      uraian,
      penanggungJawab: text('penanggungJawab'),
      indikator: text('indikator'),
      usable: report.errorCount === errorsBefore,
      cells: { kode: row.get('kode')!.address, kodeInduk: row.get('kodeInduk')!.address },
    };
    if (level) node.level = level;
    nodes.push(node);
  }
  return nodes;
}
