/** Sheet `Profil` (and the city's `Kota`): labels in column A, values in column B. */
import { cellAt, cellText, normalizeName } from '../table/cells';
import type { TableCell, TableSheet } from '../table/table';
import type { LabelSpec } from './opd-format';

/** The value cell of each label found (first occurrence), keyed by the spec's key. */
export function readLabelValues<K extends string>(sheet: TableSheet, labels: readonly LabelSpec<K>[]): Partial<Record<K, TableCell>> {
  const byName = new Map<string, K>();
  for (const spec of labels) for (const name of spec.names) byName.set(normalizeName(name), spec.key);
  const values: Partial<Record<K, TableCell>> = {};
  for (let r = 0; r < sheet.rows.length; r += 1) {
    const label = normalizeName(cellText(cellAt(sheet, r, 0).value).replace(/:\s*$/, ''));
    const key = byName.get(label);
    if (key !== undefined && values[key] === undefined) values[key] = cellAt(sheet, r, 1);
  }
  return values;
}
