/**
 * The combined tree of the `Pohon Kinerja` sheet (pohon-rows.ts): the city tree in sheet order,
 * each city node followed by its city children and then the OPD nodes linked under it, OPD by OPD;
 * then every OPD node that does not reach the tree, flagged. Each OPD's subtree comes in its own
 * sheet order; a code resolves in the node's own tree first.
 */
import assert from 'node:assert/strict';
import type { PohonNode } from '../../shared';
import type { OpdRow } from '../../pipeline/consolidate/consolidation-data';
import { pohonRows, type PohonRow } from '../../pipeline/consolidate/pohon-rows';

const node = (kode: string, kodeInduk: string, usable = true): PohonNode => ({
  kode,
  kodeInduk,
  level: 'Sasaran',
  uraian: `Uraian ${kode}`,
  usable,
  penanggungJawab: '',
  indikator: '',
  cells: { kode: '', kodeInduk: '' },
});

/** Just what the walk reads of an OPD row. */
const opd = (kodeOpd: string, pohon: PohonNode[], scored = true): OpdRow =>
  ({ scored, submission: { opd: { kodeOpd }, assessment: { workbook: { pohon } } } }) as unknown as OpdRow;

const rowsOf = (city: PohonNode[], opds: OpdRow[]): string[] => {
  const rows: PohonRow[] = [];
  const count = pohonRows(city, opds, (row) => rows.push(row));
  assert.equal(count, rows.length);
  return rows.map((r) => `${r.kodeOpd || 'kota'} ${r.node.kode} ${r.depth} ${r.link}`);
};

describe('Pohon Kinerja rows: the city tree with the OPD trees under it (pohon-rows.ts)', () => {
  const city = [node('T1', ''), node('S1', 'T1'), node('S2', 'T1'), node('T2', ''), node('X', 'S1', false)];

  it('puts each OPD subtree under its city node, OPD by OPD, and the unlinked nodes last', () => {
    const a = opd('OPD-A', [
      node('P1', 'S2'),
      node('K1', 'P1'),
      node('P2', 'S1'),
      node('K2', 'P1'),
      node('Y1', 'TIDAK-ADA'),
      node('Y2', 'Y1'),
      node('C1', 'C2'),
      node('C2', 'C1'),
      node('Z', 'Z'),
      node('R', ''),
      node('U', 'S1', false),
    ]);
    const b = opd('OPD-B', [node('P1', 's1 '), node('K1', 'P1')]);
    const skipped = opd('OPD-C', [node('Q', 'S1')], false);
    assert.deepEqual(rowsOf(city, [a, b, skipped]), [
      'kota T1 0 city',
      'kota S1 1 city',
      'OPD-A P2 2 linked',
      'OPD-B P1 2 linked',
      'OPD-B K1 3 linked',
      'kota S2 1 city',
      'OPD-A P1 2 linked',
      'OPD-A K1 3 linked',
      'OPD-A K2 3 linked',
      'kota T2 0 city',
      'OPD-A Y1 0 broken',
      'OPD-A Y2 1 broken',
      'OPD-A C1 0 cycle',
      'OPD-A C2 1 cycle',
      'OPD-A Z 0 cycle',
      'OPD-A R 0 orphan',
    ]);
  });

  it('walks a chain of 100,000 nodes without the call stack, each node once', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => node(`N${i}`, i === 0 ? 'T1' : `N${i - 1}`));
    const rows = rowsOf([node('T1', '')], [opd('OPD-A', chain)]);
    assert.equal(rows.length, 100_001);
    assert.equal(rows[100_000], 'OPD-A N99999 100000 linked');
  });
});
