/// <reference types="office-js" />
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROKEN, BROKEN_FILE, EXISTING_FILLS, writeBrokenOpdWorkbook } from '../support/broken-opd-workbook';
import { nodeStandin } from '../support/office-standin/node-standin';
import type { WorkbookSnapshot } from '../support/office-standin/snapshot';
import { snapshotFromXlsx } from '../support/office-standin/xlsx-snapshot';

const small: WorkbookSnapshot = {
  sheets: [
    {
      name: 'Data',
      cells: {
        A1: { value: 'Kode', bold: true },
        B1: { value: 'Nilai' },
        A2: { value: 'K1' },
        B2: { value: 2, formula: '=1+1', fill: { pattern: 'Solid', color: '#FFFF00', patternColor: '#000000' } },
        C3: { value: '#REF!' },
      },
    },
    { name: 'Pohon Kinerja', cells: {} },
  ],
};

/** Rejects with an Office error of `code`. */
async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (error: { code?: string }) => error.code === code);
}

describe('Office.js stand-in: strict like Excel', () => {
  it('throws PropertyNotLoaded for a property not loaded, or loaded but not yet synced', async () => {
    const excel = nodeStandin(small);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      assert.throws(() => range.values, { code: 'PropertyNotLoaded' });
      range.load('values');
      assert.throws(() => range.values, { code: 'PropertyNotLoaded' });
      assert.throws(() => range.formulas, { code: 'PropertyNotLoaded' });
      await context.sync();
      assert.deepEqual(range.values, [
        ['Kode', 'Nilai'],
        ['K1', 2],
      ]);
      assert.throws(() => range.formulas, { code: 'PropertyNotLoaded' });
      assert.throws(() => range.format.fill.color, { code: 'PropertyNotLoaded' });
    });
  });

  it('loads nested paths and collection items', async () => {
    const excel = nodeStandin(small);
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      assert.throws(() => sheets.items, { code: 'PropertyNotLoaded' });
      const b2 = sheets.getItem('data').getRange('B2').load('address,formulas,format/fill/color,format/fill/pattern,format/font/bold');
      await context.sync();
      assert.deepEqual(sheets.items.map((s) => s.name), ['Data', 'Pohon Kinerja']);
      assert.throws(() => sheets.items[0]!.position, { code: 'PropertyNotLoaded' });
      assert.equal(b2.address, 'Data!B2');
      assert.deepEqual(b2.formulas, [['=1+1']]);
      assert.equal(b2.format.fill.color, '#FFFF00');
      assert.equal(b2.format.fill.pattern, 'Solid');
      assert.equal(b2.format.font.bold, false);
    });
    assert.deepEqual(excel.recorder.runs, [1]);
  });

  it('applies writes at sync, in order, and reports no fill as #FFFFFF with pattern None', async () => {
    const excel = nodeStandin(small);
    await excel.run(async (context) => {
      const a2 = context.workbook.worksheets.getItem('Data').getRange('A2');
      a2.values = [['K2']];
      a2.format.fill.color = '#f4b6b6';
      assert.equal(excel.model.sheet('Data').cell(2, 1)?.value, 'K1', 'not before sync');
      a2.load('values,format/fill/color,format/fill/pattern');
      await context.sync();
      assert.deepEqual(a2.values, [['K2']]);
      assert.equal(a2.format.fill.color, '#F4B6B6');
      a2.format.fill.clear();
      a2.load('format/fill/color,format/fill/pattern');
      await context.sync();
      assert.equal(a2.format.fill.color, '#FFFFFF');
      assert.equal(a2.format.fill.pattern, 'None');
    });
  });

  it('fails the sync for a missing sheet, and gives null objects for …OrNullObject', async () => {
    const excel = nodeStandin(small);
    await rejectsWith(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nope').getRange('A1').load('values');
        await context.sync();
      }),
      'ItemNotFound',
    );
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const empty = context.workbook.worksheets.getItem('Pohon Kinerja').getUsedRangeOrNullObject(true);
      const used = context.workbook.worksheets.getItem('Data').getUsedRangeOrNullObject(true);
      missing.load('name');
      empty.load('address,values');
      used.load('address');
      await context.sync();
      assert.equal(missing.isNullObject, true);
      assert.throws(() => missing.name, { code: 'PropertyNotLoaded' });
      assert.equal(empty.isNullObject, true);
      assert.equal(used.isNullObject, false);
      assert.equal(used.address, 'Data!A1:C3');
    });
  });

  it('quotes sheet names with spaces in addresses, and the used range can start past A1', async () => {
    const excel = nodeStandin({ sheets: [{ name: 'Pohon Kinerja', cells: { C4: { value: 'x' }, E9: { value: 1 } } }] });
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('Pohon Kinerja').getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      assert.equal(used.address, "'Pohon Kinerja'!C4:E9");
    });
  });

  it('refuses proxies after their Excel.run has finished', async () => {
    const excel = nodeStandin(small);
    const range = await excel.run(async (context) => context.workbook.worksheets.getItem('Data').getRange('A1'));
    assert.throws(() => range.load('values'), { code: 'InvalidObjectPath' });
    assert.throws(() => range.select(), { code: 'InvalidObjectPath' });
  });

  it('refuses a values grid of the wrong shape, at sync', async () => {
    const excel = nodeStandin(small);
    await rejectsWith(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [['only one']];
        await context.sync();
      }),
      'InvalidArgument',
    );
  });

  it('turns typed number text into numbers unless the cell is formatted as text', async () => {
    const excel = nodeStandin(small);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('E1:E2').numberFormat = [['@'], ['@']];
      sheet.getRange('E1:F2').values = [
        ['1.1', '1.1'],
        ['=SAKIP.ANSWER(C2,"Y/T")', "'7"],
      ];
      await context.sync();
    });
    const sheet = excel.model.sheet('Data');
    assert.equal(sheet.cell(1, 5)?.value, '1.1');
    assert.equal(sheet.cell(1, 6)?.value, 1.1);
    assert.equal(sheet.cell(2, 5)?.formula, '=SAKIP.ANSWER(C2,"Y/T")');
    assert.equal(sheet.cell(2, 6)?.value, '7');
  });

  it('records activation, selection and sync counts', async () => {
    const excel = nodeStandin(small);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Pohon Kinerja').activate();
      context.workbook.worksheets.getItem('Data').getRange('C3').select();
      await context.sync();
    });
    assert.equal(excel.model.active.name, 'Data');
    assert.deepEqual(excel.model.selection, { sheet: 'Data', address: 'C3' });
    assert.deepEqual(excel.recorder.runs, [1]);
  });
});

describe('Office.js stand-in: backed by a real .xlsx', () => {
  let dir: string;
  let snapshot: WorkbookSnapshot;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sakip-standin-'));
    await writeBrokenOpdWorkbook(join(dir, BROKEN_FILE));
    snapshot = await snapshotFromXlsx(join(dir, BROKEN_FILE));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('serves values, cached formula results, Excel errors and fills as exceljs read them', () => {
    const sheet = (name: string) => snapshot.sheets.find((s) => s.name === name)!;
    assert.deepEqual(snapshot.sheets.map((s) => s.name), ['Profil', 'LKE', 'Kinerja', 'Pohon Kinerja']);
    assert.deepEqual(sheet('LKE').cells['D5'], { value: 1, formula: '=SAKIP.ANSWER(C5,"Y/T")' });
    assert.deepEqual(sheet('LKE').cells['C6'], { value: BROKEN.invalidAnswer.answer, fill: { pattern: 'Solid', color: BROKEN.answerFill, patternColor: '#000000' } });
    assert.equal(sheet('LKE').cells['D6']!.value, '#VALUE!');
    assert.equal(sheet('Kinerja').cells['H2']!.value, '1.250');
    assert.equal(sheet('Kinerja').cells['H2']!.fill!.color, '#FFFFFF');
    assert.equal(sheet('Kinerja').cells['W3']!.value, '#REF!');
    for (const [name, cells] of Object.entries(EXISTING_FILLS)) {
      for (const [a1, color] of Object.entries(cells)) assert.equal(sheet(name).cells[a1]!.fill!.color, color, `${name}!${a1}`);
    }
  });
});
