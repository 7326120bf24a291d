/**
 * Layout `pohon-panjang`: a performance tree written long, one node per row (docs/import.md):
 * `Level`, `Kode`, `Uraian` and the parent's code (`Kode Induk`, `Induk`, `Kode Parent`, `Parent`,
 * `Kode Atasan`), with `Penanggung Jawab` and `Indikator` when present. The level is a level name
 * of the own model or an alias (`Program` → Outcome Antara, `Kegiatan` → Outcome Langsung, `Sub
 * Kegiatan` → Output) or a number 1–5 (`Level 3`). The links are checked by the own Pohon checks
 * (unknown parent, cycles), as for the own sheet.
 */
import { normalizeName } from '../table/cells';
import { POHON_LEVEL_ALIASES } from '../parse/opd-format';
import { POHON_LEVELS, type PohonNode } from '../parse/opd-workbook-model';
import { findHeaderBand, type BandColumnSpec, type SheetView } from './header-bands';
import type { LayoutContext, LayoutDetection, LayoutRead, SheetLayout } from './layout';
import { cellAddress, dataText } from './quarterly-kinerja';

type Key = 'kode' | 'kodeInduk' | 'level' | 'uraian' | 'pj' | 'indikator';

const SPECS: readonly BandColumnSpec<Key>[] = [
  { key: 'level', names: ['Level', 'Tingkat', 'Jenjang'], required: true },
  { key: 'kodeInduk', names: ['Kode Induk', 'Induk', 'Kode Parent', 'Parent', 'Kode Atasan', 'Parent Kode', 'Kode Parent Node'], required: true },
  { key: 'kode', names: ['Kode', 'Kode Node', 'ID'], required: true },
  { key: 'uraian', names: ['Uraian', 'Nama', 'Uraian Kinerja', 'Kinerja', 'Nomenklatur'], required: true },
  { key: 'pj', names: ['Penanggung Jawab', 'PJ', 'Pelaksana'] },
  { key: 'indikator', names: ['Indikator', 'Indikator Kinerja'] },
];

const EXTRA_ALIASES: Record<string, (typeof POHON_LEVELS)[number]> = {
  program: 'Outcome Antara',
  kegiatan: 'Outcome Langsung',
  'sub kegiatan': 'Output',
  subkegiatan: 'Output',
  'sasaran strategis': 'Sasaran',
};

/** A level text → the own level, or undefined. */
export function pohonLevel(text: string): (typeof POHON_LEVELS)[number] | undefined {
  const key = normalizeName(text);
  const number = /^(?:level|lv\.?|tingkat)?\s*([1-5])$/.exec(key);
  if (number) return POHON_LEVELS[Number(number[1]) - 1];
  const own = POHON_LEVEL_ALIASES[key];
  if (own) return own as (typeof POHON_LEVELS)[number];
  return Object.hasOwn(EXTRA_ALIASES, key) ? EXTRA_ALIASES[key] : undefined;
}

function detect(view: SheetView): LayoutDetection | null {
  const match = findHeaderBand(view, SPECS);
  return match ? { score: match.found, match } : null;
}

function read(view: SheetView, detection: LayoutDetection, context: LayoutContext): LayoutRead {
  const { band, columns } = detection.match as typeof detection.match & { columns: Record<'kode' | 'kodeInduk' | 'level' | 'uraian', number> & Partial<Record<'pj' | 'indikator', number>> };
  const { report } = context;
  const nodes: PohonNode[] = [];
  for (let r = band.dataStart; r < view.sheet.rows.length; r += 1) {
    const kode = dataText(view, r, columns.kode);
    const levelText = dataText(view, r, columns.level);
    const uraian = dataText(view, r, columns.uraian);
    if (kode === '' && levelText === '' && uraian === '') continue;
    const errorsBefore = report.errorCount;
    if (kode === '') report.add('REQUIRED_VALUE_MISSING', cellAddress(r, columns.kode), { field: 'Kode' });
    if (uraian === '') report.add('REQUIRED_VALUE_MISSING', cellAddress(r, columns.uraian), { field: 'Uraian' });
    const level = pohonLevel(levelText);
    if (levelText === '') report.add('REQUIRED_VALUE_MISSING', cellAddress(r, columns.level), { field: 'Level' });
    else if (!level) report.add('VALUE_NOT_ALLOWED', cellAddress(r, columns.level), { field: 'Level', value: levelText, allowed: [...POHON_LEVELS, 'Level 1 … Level 5', 'Program', 'Kegiatan', 'Sub Kegiatan'] });
    if (kode === '') continue;
    const node: PohonNode = {
      kode,
      kodeInduk: dataText(view, r, columns.kodeInduk),
      uraian,
      usable: report.errorCount === errorsBefore,
      penanggungJawab: dataText(view, r, columns.pj),
      indikator: dataText(view, r, columns.indikator),
      cells: { kode: cellAddress(r, columns.kode), kodeInduk: cellAddress(r, columns.kodeInduk) },
    };
    if (level) node.level = level;
    nodes.push(node);
  }
  return { part: 'pohon', pohon: nodes };
}

export const pohonPanjangLayout: SheetLayout = {
  id: 'pohon-panjang',
  title: { id: 'Pohon kinerja (satu baris per simpul)', en: 'Performance tree (one row per node)' },
  part: 'pohon',
  detect,
  read,
};
