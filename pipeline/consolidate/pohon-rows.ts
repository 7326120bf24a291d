/**
 * The combined performance tree: the city tree in its sheet order, each node followed by its
 * city children and then by the OPD nodes linked under it (each OPD's subtree in turn); after the
 * tree, every OPD node that does not reach it (orphan, missing parent, cycle), flagged.
 * A node's `Kode Induk` resolves in its own OPD's tree first, then in the city tree (as linkTree).
 */
import type { PohonNode } from '../../shared/parse/opd-workbook-model';
import { linkTree, type NodeLink } from '../../shared/tree/link-tree';
import type { OpdRow } from './model';

export interface PohonRow {
  /** '' for a city node. */
  readonly kodeOpd: string;
  readonly node: PohonNode;
  readonly depth: number;
  readonly link: NodeLink | 'city';
}

const key = (code: string): string => code.trim().toLowerCase();

export function pohonRows(cityNodes: readonly PohonNode[], opds: readonly OpdRow[]): PohonRow[] {
  const cityUsable = cityNodes.filter((n) => n.usable);
  const cityCodes = new Set(cityUsable.map((n) => key(n.kode)));
  const trees = opds
    .filter((o) => o.scored)
    .map((o) => {
      const nodes = o.submission.assessment!.workbook.pohon.filter((n) => n.usable);
      const own = new Map<string, PohonNode>();
      for (const n of nodes) if (!own.has(key(n.kode))) own.set(key(n.kode), n);
      return { kodeOpd: o.submission.opd.kodeOpd, nodes, own, links: linkTree(nodes, cityCodes) };
    });

  const rows: PohonRow[] = [];
  const visited = new Set<PohonNode>();
  const visitOpd = (tree: (typeof trees)[number], node: PohonNode, depth: number): void => {
    if (visited.has(node)) return;
    visited.add(node);
    rows.push({ kodeOpd: tree.kodeOpd, node, depth, link: tree.links.status.get(node) ?? 'orphan' });
    for (const child of tree.nodes) if (child !== node && tree.own.get(key(child.kodeInduk)) === node) visitOpd(tree, child, depth + 1);
  };
  const visitCity = (node: PohonNode, depth: number): void => {
    if (visited.has(node)) return;
    visited.add(node);
    rows.push({ kodeOpd: '', node, depth, link: 'city' });
    for (const child of cityUsable) if (child !== node && key(child.kodeInduk) === key(node.kode)) visitCity(child, depth + 1);
    for (const tree of trees) {
      for (const child of tree.nodes) {
        const parent = key(child.kodeInduk);
        if (parent === key(node.kode) && !tree.own.has(parent)) visitOpd(tree, child, depth + 1);
      }
    }
  };
  for (const root of cityUsable) if (!key(root.kodeInduk) || !cityCodes.has(key(root.kodeInduk))) visitCity(root, 0);
  for (const node of cityUsable) visitCity(node, 0);
  for (const tree of trees) for (const node of tree.nodes) if (!visited.has(node)) visitOpd(tree, node, 0);
  return rows;
}
