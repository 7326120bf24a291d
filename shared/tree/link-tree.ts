/**
 * How an OPD's performance tree hangs under the city tree: each node's parent is a node of the
 * OPD tree or of the city tree. A node is `linked` when its parents lead to the city tree,
 * `orphan` when they end at a node with no parent that is not a city node itself, `broken`
 * when they end at a parent code that exists nowhere, `cycle` when they go round.
 */
import type { PohonNode } from '../parse/opd-workbook-model';

export type NodeLink = 'linked' | 'orphan' | 'broken' | 'cycle';

export interface TreeLinks {
  readonly status: ReadonlyMap<PohonNode, NodeLink>;
  /** Nodes whose `Kode Induk` exists nowhere. */
  readonly parentMissing: readonly PohonNode[];
  /** Nodes with an empty `Kode Induk` that are not city nodes. */
  readonly orphanRoots: readonly PohonNode[];
  /** Each cycle once, as its nodes in parent order. */
  readonly cycles: readonly (readonly PohonNode[])[];
}

const key = (code: string): string => code.trim().toLowerCase();

/**
 * `cityCodes` undefined means no city tree is known (the pane without a city workbook): then
 * parents outside the OPD tree and roots are taken as linked, not judged.
 */
export function linkTree(nodes: readonly PohonNode[], cityCodes: ReadonlySet<string> | undefined): TreeLinks {
  const byCode = new Map<string, PohonNode>();
  for (const node of nodes) if (!byCode.has(key(node.kode))) byCode.set(key(node.kode), node);
  const city = cityCodes ? new Set([...cityCodes].map(key)) : undefined;

  const status = new Map<PohonNode, NodeLink>();
  const parentMissing: PohonNode[] = [];
  const orphanRoots: PohonNode[] = [];
  const cycles: PohonNode[][] = [];

  const rootStatus = (node: PohonNode): NodeLink => {
    const parent = key(node.kodeInduk);
    if (parent === '') {
      if (!city || city.has(key(node.kode))) return 'linked';
      orphanRoots.push(node);
      return 'orphan';
    }
    if (!city || city.has(parent)) return 'linked';
    parentMissing.push(node);
    return 'broken';
  };

  for (const start of nodes) {
    if (status.has(start)) continue;
    const path: PohonNode[] = [];
    const onPath = new Set<PohonNode>();
    let node: PohonNode | undefined = start;
    let result: NodeLink | undefined;
    while (node) {
      const known = status.get(node);
      if (known) {
        result = known;
        break;
      }
      if (onPath.has(node)) {
        const cycle = path.slice(path.indexOf(node));
        cycles.push(cycle);
        for (const member of cycle) status.set(member, 'cycle');
        path.length = path.indexOf(node);
        result = 'cycle';
        break;
      }
      path.push(node);
      onPath.add(node);
      const parent: PohonNode | undefined = key(node.kodeInduk) === '' ? undefined : byCode.get(key(node.kodeInduk));
      if (!parent || parent === node) {
        if (parent === node) {
          cycles.push([node]);
          status.set(node, 'cycle');
          path.pop();
          result = 'cycle';
        } else {
          result = rootStatus(node);
        }
        break;
      }
      node = parent;
    }
    for (const member of path) if (!status.has(member)) status.set(member, result ?? 'orphan');
  }
  return { status, parentMissing, orphanRoots, cycles };
}
