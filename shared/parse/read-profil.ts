/** Reads `Profil` into its typed form, reporting every missing or unreadable value. */
import { cellText, isBlank } from '../table/cells';
import { cleanCode } from '../text/invisible-characters';
import type { TableSheet } from '../table/table';
import { PROFIL_LABELS } from './opd-format';
import type { Profil } from './opd-workbook-model';
import { formatPeriode, parsePeriode } from './periode';
import { readLabelValues } from './profil-sheet';
import type { SheetReport } from './sheet-report';

export const DEFAULT_MODEL_ID = '88/2021';

export function readProfil(sheet: TableSheet, report: SheetReport): Profil | undefined {
  const cells = readLabelValues(sheet, PROFIL_LABELS);
  const addresses: Record<string, string> = {};
  for (const [key, cell] of Object.entries(cells)) if (cell) addresses[key] = cell.address;

  for (const spec of PROFIL_LABELS) {
    const cell = cells[spec.key];
    if (!spec.required) continue;
    if (!cell) report.add('REQUIRED_VALUE_MISSING', undefined, { field: spec.names[0] });
    else if (cell.value.type === 'error') report.add('CELL_EXCEL_ERROR', cell.address, { field: spec.names[0], error: cell.value.value });
    else if (isBlank(cell.value)) report.add('REQUIRED_VALUE_MISSING', cell.address, { field: spec.names[0] });
  }

  const text = (key: keyof typeof cells): string => {
    const cell = cells[key];
    return cell && cell.value.type !== 'error' ? cellText(cell.value) : '';
  };

  const tahunCell = cells.tahun;
  let tahun: number | undefined;
  if (tahunCell && tahunCell.value.type !== 'error' && !isBlank(tahunCell.value)) {
    const n = tahunCell.value.type === 'number' ? tahunCell.value.value : Number(text('tahun'));
    if (Number.isInteger(n) && n >= 2000 && n <= 2100) tahun = n;
    else report.add('PROFIL_YEAR_INVALID', tahunCell.address, { text: text('tahun') });
  }

  const periodeCell = cells.periode;
  let periode = periodeCell && periodeCell.value.type !== 'error' && !isBlank(periodeCell.value) ? parsePeriode(periodeCell.value) : undefined;
  if (periodeCell && !periode && periodeCell.value.type !== 'error' && !isBlank(periodeCell.value)) {
    report.add('PROFIL_PERIOD_INVALID', periodeCell.address, { text: text('periode') });
  }
  if (periode && periodeCell && tahun !== undefined && periode.year !== undefined && periode.year !== tahun) {
    report.add('PROFIL_PERIOD_YEAR_MISMATCH', periodeCell.address, { periode: formatPeriode(periode), tahun });
    periode = undefined;
  }

  const kodeOpd = cleanCode(text('kodeOpd'));
  const namaOpd = text('namaOpd');
  if (!kodeOpd || !namaOpd || tahun === undefined || !periode) return undefined;
  const profil: Profil = {
    kodeOpd,
    namaOpd,
    tahun,
    periode: { month: periode.month, year: tahun },
    model: text('model') || DEFAULT_MODEL_ID,
    cells: addresses,
  };
  if (text('pengisi')) profil.pengisi = text('pengisi');
  if (text('kontak')) profil.kontak = text('kontak');
  return profil;
}
