/**
 * Every node must reach the city tree through its parents: a parent code that exists nowhere is an
 * error, a cycle is an error, an unlinked root is an orphan (warning), each on a `Kode Induk` cell;
 * a tree deeper than MAX_POHON_DEPTH levels is a warning on the first node past the limit.
 */
import type { Finding } from '../findings/finding';
import { makeFinding } from '../findings/make-finding';
import { linkTree } from '../tree/link-tree';
import { firstTooDeep, MAX_POHON_DEPTH } from '../tree/tree-depth';
import type { CheckInput } from './check-input';

export function checkPohonLinks({ workbook: wb, city }: CheckInput): Finding[] {
  const links = linkTree(wb.pohon, city ? new Set(city.pohon.map((n) => n.kode)) : undefined);
  const at = (cell: string) => ({ file: wb.file, sheet: wb.pohonSheet, cell });
  const deep = firstTooDeep(wb.pohon);
  return [
    ...links.parentMissing.map((n) => makeFinding('POHON_PARENT_MISSING', at(n.cells.kodeInduk), { kode: n.kode, kodeInduk: n.kodeInduk })),
    ...links.cycles.map((cycle) => {
      const last = cycle.reduce((a, b) => (rowOf(b.cells.kodeInduk) > rowOf(a.cells.kodeInduk) ? b : a));
      return makeFinding('POHON_CYCLE', at(last.cells.kodeInduk), { kode: last.kode, path: [...cycle.map((n) => n.kode), cycle[0]!.kode] });
    }),
    ...links.orphanRoots.map((n) => makeFinding('POHON_ORPHAN', at(n.cells.kodeInduk), { kode: n.kode })),
    ...(deep ? [makeFinding('POHON_TOO_DEEP', at(deep.node.cells.kodeInduk), { kode: deep.node.kode, depth: deep.depth, limit: MAX_POHON_DEPTH })] : []),
  ];
}

const rowOf = (a1: string): number => Number(/\d+$/.exec(a1)?.[0] ?? 0);
