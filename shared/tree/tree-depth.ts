/**
 * How deep each node of a performance tree sits within its own sheet: a node whose `Kode Induk`
 * is not a node of the same sheet is at level 1, its children at level 2, and so on. Computed
 * with an explicit path, never by recursion, so a tree of any shape (a 20,000-node chain) costs
 * linear time and no call stack. Nodes in or under a parent cycle have no level (POHON_CYCLE
 * reports them).
 *
 * Real trees have five to eight levels (Tujuan → Sasaran → Outcome → Output …); a tree deeper than
 * `MAX_POHON_DEPTH` is a Kode Induk mistake (or hostile), reported as POHON_TOO_DEEP. The tree is
 * still read and consolidated whole: every walk over it is iterative.
 */
import type { PohonNode } from '../parse/opd-workbook-model';

/** Deepest level a performance tree may have before POHON_TOO_DEEP (docs/input-safety.md). */
export const MAX_POHON_DEPTH = 100;

const key = (code: string): string => code.trim().toLowerCase();

/** Each node's level (1 = its parent is outside the sheet); absent for nodes in or under a cycle. */
export function treeDepths(nodes: readonly PohonNode[]): Map<PohonNode, number> {
  const byCode = new Map<string, PohonNode>();
  for (const node of nodes) if (!byCode.has(key(node.kode))) byCode.set(key(node.kode), node);
  const depth = new Map<PohonNode, number>();
  const inCycle = new Set<PohonNode>();
  const path: PohonNode[] = [];
  const onPath = new Set<PohonNode>();
  for (const start of nodes) {
    if (depth.has(start) || inCycle.has(start)) continue;
    path.length = 0;
    onPath.clear();
    let base = 0;
    let cycle = false;
    for (let node: PohonNode | undefined = start; node; ) {
      const known = depth.get(node);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (inCycle.has(node) || onPath.has(node)) {
        cycle = true;
        break;
      }
      path.push(node);
      onPath.add(node);
      const parent = key(node.kodeInduk);
      node = parent === '' ? undefined : byCode.get(parent);
    }
    for (let i = path.length - 1; i >= 0; i--) {
      if (cycle) inCycle.add(path[i]!);
      else depth.set(path[i]!, base + (path.length - i));
    }
  }
  return depth;
}

/** The first node (in sheet order) at level `limit + 1`, where the tree crosses the limit; undefined when it never does. */
export function firstTooDeep(nodes: readonly PohonNode[], limit: number = MAX_POHON_DEPTH): { node: PohonNode; depth: number } | undefined {
  const depths = treeDepths(nodes);
  let deepest: { node: PohonNode; depth: number } | undefined;
  for (const node of nodes) {
    const d = depths.get(node);
    if (d !== undefined && d > limit && (!deepest || d < deepest.depth)) deepest = { node, depth: d };
  }
  return deepest;
}
