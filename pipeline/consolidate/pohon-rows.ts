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

const LINKS: readonly NodeLink[] = ['linked', 'orphan', 'broken', 'cycle'];

/**
 * One OPD's usable nodes, with what the walk needs of them by position: link status, children (in
 * sheet order, as offsets into one list) and whether the walk has been there. Arrays of numbers,
 * not maps of nodes: 1,000 OPD workbooks have ~180,000 nodes, and maps of them held ~45 MB while
 * the sheet was written (issue 15, docs/performance.md).
 */
interface Tree {
  readonly kodeOpd: string;
  readonly nodes: readonly PohonNode[];
  /** Index into LINKS. */
  readonly links: Uint8Array;
  /** The children of node i are childList[firstChild[i] .. firstChild[i + 1]). */
  readonly firstChild: Int32Array;
  readonly childList: Int32Array;
  readonly visited: Uint8Array;
}

/** `nodes` as a tree: each node's parent is the first node with its Kode Induk as code; the others go to `underCity`. */
function opdTree(kodeOpd: string, nodes: readonly PohonNode[], cityCodes: ReadonlySet<string>, underCity: (parentKey: string, node: number) => void): Tree {
  const status = linkTree(nodes, cityCodes).status;
  const links = new Uint8Array(nodes.length);
  const own = new Map<string, number>();
  nodes.forEach((n, i) => {
    links[i] = LINKS.indexOf(status.get(n) ?? 'orphan');
    if (!own.has(key(n.kode))) own.set(key(n.kode), i);
  });
  const parents = new Int32Array(nodes.length).fill(-1);
  const firstChild = new Int32Array(nodes.length + 1);
  nodes.forEach((n, i) => {
    const parentKey = key(n.kodeInduk);
    const parent = own.get(parentKey);
    if (parent === undefined) underCity(parentKey, i);
    else if (parent !== i) {
      parents[i] = parent;
      firstChild[parent + 1]! += 1;
    }
  });
  for (let i = 0; i < nodes.length; i++) firstChild[i + 1]! += firstChild[i]!;
  const childList = new Int32Array(firstChild[nodes.length]!);
  const filled = firstChild.slice(0, nodes.length);
  parents.forEach((parent, i) => {
    if (parent >= 0) childList[filled[parent]!++] = i;
  });
  return { kodeOpd, nodes, links, firstChild, childList, visited: new Uint8Array(nodes.length) };
}

/**
 * Calls `emit` with every row in order and returns how many there were. Linear in the number of
 * nodes: each node's children are listed once, by code (the walk visits them in the same order as
 * scanning every node for each parent would), and the walk keeps its own stack, never the call stack.
 */
export function pohonRows(cityNodes: readonly PohonNode[], opds: readonly OpdRow[], emit: (row: PohonRow) => void): number {
  const cityUsable = cityNodes.filter((n) => n.usable);
  const cityCodes = new Set(cityUsable.map((n) => key(n.kode)));
  /** City nodes by their parent's code, in sheet order. */
  const cityChildren = new Map<string, PohonNode[]>();
  for (const n of cityUsable) push(cityChildren, key(n.kodeInduk), n);

  /** Parent code → the OPD nodes whose Kode Induk is not in their own tree (so it may be a city node), tree by tree, in sheet order. */
  const underCity = new Map<string, { tree: Tree; index: number }[]>();
  const trees: Tree[] = [];
  for (const o of opds) {
    if (!o.scored) continue;
    const nodes = o.submission.assessment!.workbook.pohon.filter((n) => n.usable);
    const outside: { parentKey: string; index: number }[] = [];
    const tree = opdTree(o.submission.opd.kodeOpd, nodes, cityCodes, (parentKey, index) => outside.push({ parentKey, index }));
    for (const { parentKey, index } of outside) push(underCity, parentKey, { tree, index });
    trees.push(tree);
  }

  let count = 0;
  const cityVisited = new Set<PohonNode>();
  /**
   * Depth-first, pre-order, with an explicit stack (a tree may be a chain of any length): a node's
   * children are pushed in reverse so that they come off in sheet order, and a node is marked
   * visited when it comes off, exactly where a recursive walk would check it.
   */
  type Pending = { readonly tree: Tree; readonly index: number; readonly depth: number } | { readonly tree: undefined; readonly node: PohonNode; readonly depth: number };
  const stack: Pending[] = [];
  const walk = (first: Pending): void => {
    stack.push(first);
    while (stack.length > 0) {
      const pending = stack.pop()!;
      const { depth } = pending;
      const next = stack.length;
      if (pending.tree) {
        const { tree, index } = pending;
        if (tree.visited[index]) continue;
        tree.visited[index] = 1;
        count += 1;
        emit({ kodeOpd: tree.kodeOpd, node: tree.nodes[index]!, depth, link: LINKS[tree.links[index]!]! });
        for (let c = tree.firstChild[index]!; c < tree.firstChild[index + 1]!; c++) stack.push({ tree, index: tree.childList[c]!, depth: depth + 1 });
      } else {
        const { node } = pending;
        if (cityVisited.has(node)) continue;
        cityVisited.add(node);
        count += 1;
        emit({ kodeOpd: '', node, depth, link: 'city' });
        const code = key(node.kode);
        for (const child of cityChildren.get(code) ?? []) if (child !== node) stack.push({ tree: undefined, node: child, depth: depth + 1 });
        for (const { tree, index } of underCity.get(code) ?? []) stack.push({ tree, index, depth: depth + 1 });
      }
      reverseFrom(stack, next);
    }
  };
  for (const root of cityUsable) if (!key(root.kodeInduk) || !cityCodes.has(key(root.kodeInduk))) walk({ tree: undefined, node: root, depth: 0 });
  for (const node of cityUsable) walk({ tree: undefined, node, depth: 0 });
  for (const tree of trees) for (let index = 0; index < tree.nodes.length; index++) if (!tree.visited[index]) walk({ tree, index, depth: 0 });
  return count;
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
