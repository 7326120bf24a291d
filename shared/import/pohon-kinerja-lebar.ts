/**
 * Layout `pohon-lebar`: a performance tree written wide, one column per level (docs/import.md):
 * `Level 1 … Level 5`, or `Tujuan | Sasaran | Program | Kegiatan | Sub Kegiatan` (also `Outcome
 * Antara`, `Outcome Langsung`, `Output`). Ancestors are merged down the rows or written once and
 * left blank below (blank-repeated): a row's blank level cell continues the node above it. Each
 * distinct path is a node of the own Pohon model: level n is the n-th own level (Tujuan, Sasaran,
 * Outcome Antara, Outcome Langsung, Output), with Program → Outcome Antara, Kegiatan → Outcome
 * Langsung, Sub Kegiatan → Output. Codes are given by position (`1`, `1.2`, `1.2.3`), the parent's
 * code is the node's Kode Induk. A level cell filled under a blank ancestor with nothing above it
 * is REQUIRED_VALUE_MISSING on the ancestor's cell. Read row by row, never recursively.
 */
import { POHON_LEVELS, type PohonNode } from '../parse/opd-workbook-model';
import { findHeaderBand, type BandColumnSpec, type SheetView } from './header-bands';
import type { LayoutContext, LayoutDetection, LayoutRead, SheetLayout } from './layout';
import { MergedValues } from './merged-values';
import { cellAddress } from './quarterly-kinerja';

type Key = 'l1' | 'l2' | 'l3' | 'l4' | 'l5' | 'pj';

const LEVEL_NAMES: readonly (readonly string[])[] = [
  ['Level 1', 'Tujuan', 'Tujuan Daerah', 'Tujuan Perangkat Daerah'],
  ['Level 2', 'Sasaran', 'Sasaran Strategis', 'Sasaran Perangkat Daerah', 'Ultimate Outcome'],
  ['Level 3', 'Program', 'Outcome Antara', 'Intermediate Outcome'],
  ['Level 4', 'Kegiatan', 'Outcome Langsung', 'Immediate Outcome'],
  ['Level 5', 'Sub Kegiatan', 'Subkegiatan', 'Output'],
];

const SPECS: readonly BandColumnSpec<Key>[] = [
  ...LEVEL_NAMES.map((names, i) => ({ key: `l${i + 1}` as Key, names, required: i < 3 })),
  { key: 'pj', names: ['Penanggung Jawab', 'PJ', 'Pelaksana'] },
];

function detect(view: SheetView): LayoutDetection | null {
  const match = findHeaderBand(view, SPECS);
  return match ? { score: match.found, match } : null;
}

function read(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead {
  const { band, columns } = detection.match as typeof detection.match & { columns: Partial<Record<Key, number>> };
  const { report } = context;
  // The level columns present, each with its own level (a sheet may skip one: no Outcome Langsung).
  const present = (['l1', 'l2', 'l3', 'l4', 'l5'] as const).map((k, level) => ({ level, column: columns[k] })).filter((l): l is { level: number; column: number } => l.column !== undefined);
  const levelColumns = present.map((l) => l.column);
  const sheet = view.sheet;
  const merged = new MergedValues(sheet, levelColumns, band.dataStart);
  const nodes: PohonNode[] = [];
  /** The open path: per level, the node's text and code (the row above's path). */
  const path: ({ text: string; code: string } | undefined)[] = [];
  const childCount = new Map<string, number>();
  const nextCode = (parent: string): string => {
    const n = (childCount.get(parent) ?? 0) + 1;
    childCount.set(parent, n);
    return parent === '' ? String(n) : `${parent}.${n}`;
  };
  for (let r = band.dataStart; r < sheet.rows.length; r += 1) {
    const texts = levelColumns.map((c) => merged.text(sheet, r, c));
    const deepest = texts.reduce((last, t, i) => (t !== '' ? i : last), -1);
    if (deepest < 0) continue;
    // Once a node is new on this row, every deeper text is a new node under it.
    let fresh = false;
    for (let level = 0; level <= deepest; level += 1) {
      const text = texts[level]!;
      const column = levelColumns[level]!;
      const above = path[level];
      if (text === '') {
        // Blank-repeated: the node above continues; with none above, the row has no ancestor.
        if (above && !fresh) continue;
        report.add('REQUIRED_VALUE_MISSING', cellAddress(r, column), { field: `Level ${present[level]!.level + 1}` });
        path.length = level;
        break;
      }
      // Merged down, or the same text written again under the same ancestors: the node above.
      if (!fresh && above !== undefined && above.text === text) continue;
      fresh = true;
      const parent = level === 0 ? '' : path[level - 1]!.code;
      const code = nextCode(parent);
      path[level] = { text, code };
      path.length = level + 1;
      nodes.push({
        kode: code,
        kodeInduk: parent,
        level: POHON_LEVELS[present[level]!.level]!,
        uraian: text,
        usable: true,
        penanggungJawab: level === deepest && columns.pj !== undefined ? merged.text(sheet, r, columns.pj) : '',
        indikator: '',
        cells: { kode: cellAddress(r, column), kodeInduk: cellAddress(r, levelColumns[Math.max(0, level - 1)]!) },
      });
    }
  }
  return { part: 'pohon', pohon: nodes };
}

export const pohonLebarLayout: SheetLayout = {
  id: 'pohon-lebar',
  title: { id: 'Pohon kinerja (satu kolom per level)', en: 'Performance tree (one column per level)' },
  part: 'pohon',
  detect,
  read,
};
