/**
 * The combined performance tree: the city tree in its sheet order, each node followed by its
 * city children and then by the OPD nodes linked under it (each OPD's subtree in turn); after the
 * tree, every OPD node that does not reach it (orphan, missing parent, cycle), flagged.
 * A node's `Kode Induk` resolves in its own OPD's tree first, then in the city tree (as linkTree).
 */
import { type PohonNode, linkTree, type NodeLink } from '../../shared';
import type { OpdRow } from './consolidation-data';

export interface PohonRow {
  /** '' for a city node. */
  readonly kodeOpd: string;
  readonly node: PohonNode;
  readonly depth: number;
  readonly link: NodeLink | 'city';
}

const key = (code: string): string => code.trim().toLowerCase();

/**
 * Linear in the number of nodes: each node's children are listed once, by code (the walk visits
 * them in the same order as scanning every node for each parent would), and the walk keeps its own
 * stack, never the call stack.
 */
export function pohonRows(cityNodes: readonly PohonNode[], opds: readonly OpdRow[]): PohonRow[] {
  const cityUsable = cityNodes.filter((n) => n.usable);
  const cityCodes = new Set(cityUsable.map((n) => key(n.kode)));
  /** City nodes by their parent's code, in sheet order. */
  const cityChildren = new Map<string, PohonNode[]>();
  for (const n of cityUsable) push(cityChildren, key(n.kodeInduk), n);

  interface Tree {
    readonly kodeOpd: string;
    readonly status: ReadonlyMap<PohonNode, NodeLink>;
    readonly nodes: readonly PohonNode[];
    /** A node → the nodes whose Kode Induk resolves to it in this OPD's tree, in sheet order. */
    readonly children: Map<PohonNode, PohonNode[]>;
  }
  /** Parent code → the OPD nodes whose Kode Induk is not in their own tree (so it may be a city node), tree by tree, in sheet order. */
  const underCity = new Map<string, { tree: Tree; node: PohonNode }[]>();
  const trees: Tree[] = [];
  for (const o of opds) {
    if (!o.scored) continue;
    const nodes = o.submission.assessment!.workbook.pohon.filter((n) => n.usable);
    const own = new Map<string, PohonNode>();
    for (const n of nodes) if (!own.has(key(n.kode))) own.set(key(n.kode), n);
    const tree: Tree = { kodeOpd: o.submission.opd.kodeOpd, nodes, status: linkTree(nodes, cityCodes).status, children: new Map() };
    for (const n of nodes) {
      const parentKey = key(n.kodeInduk);
      const parent = own.get(parentKey);
      if (parent === undefined) push(underCity, parentKey, { tree, node: n });
      else if (parent !== n) push(tree.children, parent, n);
    }
    trees.push(tree);
  }

  const rows: PohonRow[] = [];
  const visited = new Set<PohonNode>();
  /**
   * Depth-first, pre-order, with an explicit stack (a tree may be a chain of any length): a node's
   * children are pushed in reverse so that they come off in sheet order, and `visited` is checked
   * when a node comes off, exactly where a recursive walk would check it.
   */
  type Pending = { readonly tree: Tree | undefined; readonly node: PohonNode; readonly depth: number };
  const stack: Pending[] = [];
  const walk = (first: Pending): void => {
    stack.push(first);
    while (stack.length > 0) {
      const { tree, node, depth } = stack.pop()!;
      if (visited.has(node)) continue;
      visited.add(node);
      const next = stack.length;
      if (tree) {
        rows.push({ kodeOpd: tree.kodeOpd, node, depth, link: tree.status.get(node) ?? 'orphan' });
        for (const child of tree.children.get(node) ?? []) stack.push({ tree, node: child, depth: depth + 1 });
      } else {
        rows.push({ kodeOpd: '', node, depth, link: 'city' });
        const code = key(node.kode);
        for (const child of cityChildren.get(code) ?? []) if (child !== node) stack.push({ tree: undefined, node: child, depth: depth + 1 });
        for (const { tree: opd, node: child } of underCity.get(code) ?? []) stack.push({ tree: opd, node: child, depth: depth + 1 });
      }
      reverseFrom(stack, next);
    }
  };
  for (const root of cityUsable) if (!key(root.kodeInduk) || !cityCodes.has(key(root.kodeInduk))) walk({ tree: undefined, node: root, depth: 0 });
  for (const node of cityUsable) walk({ tree: undefined, node, depth: 0 });
  for (const tree of trees) for (const node of tree.nodes) if (!visited.has(node)) walk({ tree, node, depth: 0 });
  return rows;
}

/** Reverses `list[from..]` in place. */
function reverseFrom<T>(list: T[], from: number): void {
  for (let i = from, j = list.length - 1; i < j; i++, j--) [list[i], list[j]] = [list[j]!, list[i]!];
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
