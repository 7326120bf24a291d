import assert from 'node:assert/strict';
import type { PohonNode } from '../../shared/parse/opd-workbook-model';
import { linkTree } from '../../shared/tree/link-tree';
import { firstTooDeep, MAX_POHON_DEPTH, treeDepths } from '../../shared/tree/tree-depth';

const node = (kode: string, kodeInduk: string, row: number): PohonNode => ({
  kode,
  kodeInduk,
  level: 'Output',
  uraian: kode,
  penanggungJawab: '',
  indikator: '',
  usable: true,
  cells: { kode: `A${row}`, kodeInduk: `B${row}` },
});

describe('linking an OPD tree to the city tree', () => {
  const city = new Set(['T1', 'S1']);

  it('links chains that reach a city node, flags orphans, broken parents and cycles', () => {
    const nodes = [
      node('A', 's1', 2), // parent is a city node (any case)
      node('B', 'A', 3),
      node('C', '', 4), // orphan root
      node('D', 'C', 5), // below an orphan
      node('E', 'ZZ', 6), // parent exists nowhere
      node('F', 'G', 7),
      node('G', 'F', 8), // F ⇄ G
      node('H', 'F', 9), // hangs under the cycle
      node('S1', '', 10), // the city node itself, copied into the OPD tree
      node('I', 'I', 11), // its own parent
    ];
    const links = linkTree(nodes, city);
    assert.deepEqual(
      nodes.map((n) => `${n.kode}:${links.status.get(n)}`),
      ['A:linked', 'B:linked', 'C:orphan', 'D:orphan', 'E:broken', 'F:cycle', 'G:cycle', 'H:cycle', 'S1:linked', 'I:cycle'],
    );
    assert.deepEqual(links.orphanRoots.map((n) => n.kode), ['C']);
    assert.deepEqual(links.parentMissing.map((n) => n.kode), ['E']);
    assert.deepEqual(links.cycles.map((c) => c.map((n) => n.kode)), [['F', 'G'], ['I']]);
  });

  it('without a city tree, roots and outside parents are not judged', () => {
    const nodes = [node('A', 'X', 2), node('B', '', 3)];
    const links = linkTree(nodes, undefined);
    assert.deepEqual(nodes.map((n) => links.status.get(n)), ['linked', 'linked']);
  });
});

describe('tree depth and walks over deep trees (issue 17)', () => {
  it('gives each node its level within its sheet, none in or under a cycle', () => {
    const nodes = [node('B', 'A', 3), node('A', 'S1', 2), node('C', 'B', 4), node('F', 'G', 7), node('G', 'F', 8), node('H', 'F', 9), node('I', 'I', 10)];
    const depths = treeDepths(nodes);
    assert.deepEqual(nodes.map((n) => depths.get(n)), [2, 1, 3, undefined, undefined, undefined, undefined]);
  });

  it('walks a 200,000-node chain and a 200,000-node cycle without recursion', () => {
    const chain = [node('N1', 'S1', 2)];
    for (let i = 2; i <= 200_000; i++) chain.push(node(`N${i}`, `N${i - 1}`, i + 1));
    const deep = firstTooDeep(chain);
    assert.equal(deep?.node.kode, `N${MAX_POHON_DEPTH + 1}`);
    assert.equal(deep?.depth, MAX_POHON_DEPTH + 1);
    assert.equal(linkTree(chain, new Set(['S1'])).status.get(chain[chain.length - 1]!), 'linked');
    const cycle = chain.map((n, i) => (i === 0 ? { ...n, kodeInduk: 'N200000' } : n));
    assert.equal(firstTooDeep(cycle), undefined);
    assert.equal(linkTree(cycle, new Set(['S1'])).cycles[0]!.length, 200_000);
  });

  it('stays silent on a tree within the limit', () => {
    const chain = [node('N1', 'S1', 2)];
    for (let i = 2; i <= MAX_POHON_DEPTH; i++) chain.push(node(`N${i}`, `N${i - 1}`, i + 1));
    assert.equal(firstTooDeep(chain), undefined);
  });
});
