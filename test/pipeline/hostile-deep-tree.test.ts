/**
 * Issue 17: a performance tree deep enough to overflow any recursive walk (a 20,000-node chain in
 * one OPD's Pohon Kinerja) never stops the city's run: the other OPDs are consolidated, the deep
 * tree is handled (written whole, depth capped in the layout) and its OPD gets POHON_TOO_DEEP.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { MAX_POHON_DEPTH } from '../../shared/tree/tree-depth';
import { loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';

const CHAIN = 20_000;

describe('a 20,000-node chain in one OPD\'s Pohon Kinerja', function () {
  this.timeout(120_000);
  let root: string;
  let outcome: Awaited<ReturnType<typeof runConsolidation>>;
  let workbook: ExcelJS.Workbook;

  before(async () => {
    root = await tempFolder('deep-tree');
    const input = join(root, 'masukan');
    await mkdir(input);
    const city = await writeCity(root, [
      ['DINKES', 'Dinas Kesehatan'],
      ['DALAM', 'Dinas Pohon Dalam'],
      ['DISDIK', 'Dinas Pendidikan'],
    ]);
    await writeOpd(input, { kode: 'DINKES' });
    await writeOpd(input, { kode: 'DISDIK' });
    await writeOpd(input, {
      kode: 'DALAM',
      edit: (f) => {
        f.pohon = [f.pohon[0]!, ['P1', 'S1', 'Outcome Antara', 'Akar', 'Kepala Dinas']];
        for (let i = 2; i <= CHAIN; i++) f.pohon.push([`P${i}`, `P${i - 1}`, 'Output', `Simpul ${i}`, 'Staf']);
      },
    });
    outcome = await runConsolidation({ city, input, out: join(root, 'hasil.xlsx'), period: { year: 2025, month: 5 } });
    workbook = await loadXlsx(join(root, 'hasil.xlsx'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('consolidates every OPD', () => {
    assert.equal(outcome.kind, 'done');
    const status = new Map(records(workbook, 'Ringkasan').map((r) => [r['Kode OPD'], r.Status]));
    assert.equal(status.get('DINKES'), 'Lengkap');
    assert.equal(status.get('DISDIK'), 'Lengkap');
    assert.equal(status.get('DALAM'), 'Lengkap');
  });

  it('gives the deep OPD a POHON_TOO_DEEP finding at the first node past the limit', () => {
    const temuan = records(workbook, 'Temuan').filter((r) => r.Kode === 'POHON_TOO_DEEP');
    assert.equal(temuan.length, 1);
    assert.equal(temuan[0]!.Berkas, 'dalam.xlsx');
    assert.match(String(temuan[0]!.Pesan), new RegExp(`P${MAX_POHON_DEPTH + 1}\\b`));
  });

  it('writes the whole chain under the city tree, in order', () => {
    const pohon = records(workbook, 'Pohon Kinerja').filter((r) => r['Kode OPD'] === 'DALAM');
    assert.equal(pohon.length, CHAIN);
    assert.equal(pohon[0]!.Kode, 'P1');
    assert.equal(pohon[CHAIN - 1]!.Kode, `P${CHAIN}`);
    assert.ok(pohon.every((r) => r['Status Tautan'] === 'Tersambung'));
  });
});
