/// <reference types="office-js" />
/** The pane's Excel code (reading, highlighting, preparing sheets, going to a cell) run on the stand-in in Node. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goToCell } from '../../addin/taskpane/go-to-cell';
import { applyHighlight, clearHighlight } from '../../addin/taskpane/highlight';
import { HIGHLIGHT_FILL, highlightTargets } from '../../addin/taskpane/highlight-targets';
import { prepareSheets } from '../../addin/taskpane/prepare-sheets';
import { readWorkbookTable } from '../../addin/taskpane/read-workbook';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { DEFAULT_MODEL } from '../../shared/models/registry';
import { opdTemplate } from '../../shared/template/opd-template';
import { BROKEN_FINDINGS, BROKEN_FILE, writeBrokenOpdWorkbook } from '../support/broken-opd-workbook';
import { nodeStandin } from '../support/office-standin/node-standin';
import { NO_FILL, type WorkbookSnapshot } from '../support/office-standin/snapshot';
import { snapshotFromXlsx } from '../support/office-standin/xlsx-snapshot';

describe('task pane Excel actions (on the stand-in)', () => {
  let dir: string;
  let snapshot: WorkbookSnapshot;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sakip-pane-'));
    await writeBrokenOpdWorkbook(join(dir, BROKEN_FILE));
    snapshot = await snapshotFromXlsx(join(dir, BROKEN_FILE));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const fillAt = (excel: ReturnType<typeof nodeStandin>, sheet: string, a1: string) => excel.model.toSnapshot().sheets.find((s) => s.name === sheet)!.cells[a1]?.fill ?? NO_FILL;

  it('reads every sheet in two syncs and finds the deliberate errors', async () => {
    const excel = nodeStandin(snapshot);
    const table = await excel.run((context) => readWorkbookTable(context, BROKEN_FILE));
    assert.deepEqual(excel.recorder.runs, [2]);
    assert.deepEqual(table.sheets.map((s) => s.name), ['Profil', 'LKE', 'Kinerja', 'Pohon Kinerja']);
    const found = assessOpdWorkbook(table).findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    assert.deepEqual(found, BROKEN_FINDINGS);
  });

  it('places cells right when a used range starts below or right of A1', async () => {
    const excel = nodeStandin({ sheets: [{ name: 'LKE', cells: { C3: { value: 'Kode' }, D5: { value: 'x', formula: '=A1' } } }] });
    const table = await excel.run((context) => readWorkbookTable(context, 'a.xlsx'));
    assert.deepEqual(table.sheets[0]!.rows[2]![2], { address: 'C3', value: { type: 'text', value: 'Kode' } });
    assert.deepEqual(table.sheets[0]!.rows[4]![3], { address: 'D5', value: { type: 'text', value: 'x' }, formula: 'A1' });
  });

  it('highlights finding cells and restores exactly the fills they had: none, white, colours', async () => {
    const excel = nodeStandin(snapshot);
    const table = await excel.run((context) => readWorkbookTable(context, BROKEN_FILE));
    const targets = highlightTargets(assessOpdWorkbook(table).findings);
    const before = excel.model.toSnapshot();

    let saved = await excel.run((context) => applyHighlight(context, targets));
    assert.equal(excel.recorder.runs.at(-1), 2);
    assert.equal(fillAt(excel, 'LKE', 'C6').color, HIGHLIGHT_FILL.error);
    assert.equal(fillAt(excel, 'LKE', 'D13').color, HIGHLIGHT_FILL.warning);
    assert.equal(fillAt(excel, 'Kinerja', 'H2').color, HIGHLIGHT_FILL.warning);
    assert.equal(fillAt(excel, 'Pohon Kinerja', 'B4').pattern, 'Solid');

    // Highlighting again first undoes the earlier highlight: originals are never overwritten.
    saved = await excel.run(async (context) => {
      await clearHighlight(context, saved);
      return applyHighlight(context, targets);
    });
    await excel.run((context) => clearHighlight(context, saved));
    assert.deepEqual(excel.model.toSnapshot(), before);
    assert.equal(fillAt(excel, 'Kinerja', 'H2').pattern, 'Solid', 'an explicit white fill stays a fill');
    assert.equal(fillAt(excel, 'Pohon Kinerja', 'B4').pattern, 'None', 'no fill stays no fill');
  });

  it('leaves a highlighted cell alone when the user recoloured it before "Hapus sorotan"', async () => {
    const excel = nodeStandin(snapshot);
    const saved = await excel.run((context) => applyHighlight(context, [{ sheet: 'LKE', cell: 'C6', severity: 'error' }, { sheet: 'Kinerja', cell: 'A4', severity: 'error' }]));
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('LKE').getRange('C6').format.fill.color = '#00B050';
      await context.sync();
    });
    await excel.run((context) => clearHighlight(context, saved));
    assert.equal(fillAt(excel, 'LKE', 'C6').color, '#00B050');
    assert.equal(fillAt(excel, 'Kinerja', 'A4').pattern, 'None');
  });

  it('goes to a finding: activates its sheet and selects its cell', async () => {
    const excel = nodeStandin(snapshot);
    await excel.run((context) => goToCell(context, 'Kinerja', 'W3'));
    assert.equal(excel.model.active.name, 'Kinerja');
    assert.deepEqual(excel.model.selection, { sheet: 'Kinerja', address: 'W3' });
    assert.deepEqual(excel.recorder.runs, [1]);
  });

  it('adds only the missing sheets, with headers, dropdowns, text codes and a frozen header', async () => {
    const excel = nodeStandin(snapshot);
    const before = excel.model.toSnapshot();
    const added = await excel.run((context) => prepareSheets(context, opdTemplate({ dataRows: 50 })));
    assert.deepEqual(added, ['Rekomendasi']);
    assert.equal(excel.recorder.runs.at(-1), 2);
    const after = excel.model.toSnapshot();
    assert.deepEqual(after.sheets.slice(0, 4), before.sheets, 'existing sheets untouched');
    const rekomendasi = after.sheets[4]!;
    assert.equal(rekomendasi.name, 'Rekomendasi');
    assert.equal(rekomendasi.frozenRows, 1);
    assert.deepEqual(
      ['A1', 'B1', 'C1', 'D1', 'E1'].map((a1) => rekomendasi.cells[a1]),
      ['No', 'Rekomendasi', 'Tindak Lanjut', 'Status', 'Bukti Dukung'].map((value) => ({ value, bold: true })),
    );
    assert.deepEqual(rekomendasi.validations, [{ address: 'D2:D51', source: 'Belum,Proses,Selesai', showAlert: true }]);
    assert.deepEqual(await excel.run((context) => prepareSheets(context)), []);
  });

  it('writes a complete LKE sheet into an empty workbook', async () => {
    const excel = nodeStandin({ sheets: [{ name: 'Sheet1', cells: {} }] });
    const added = await excel.run((context) => prepareSheets(context));
    assert.deepEqual(added, ['Profil', 'LKE', 'Kinerja', 'Pohon Kinerja', 'Rekomendasi']);
    const lke = excel.model.toSnapshot().sheets.find((s) => s.name === 'LKE')!;
    const codes = Object.entries(lke.cells).filter(([a1]) => /^A\d+$/.test(a1)).map(([, cell]) => cell.value);
    for (const c of DEFAULT_MODEL.criteria) assert.ok(codes.includes(c.code), c.code);
    assert.ok(codes.includes('1.1'), 'sub-component codes stay text');
    const first = DEFAULT_MODEL.criteria[0]!;
    const row = Object.entries(lke.cells).find(([a1, cell]) => a1.startsWith('A') && cell.value === first.code)![0].slice(1);
    assert.equal(lke.cells[`D${row}`]!.formula, `=SAKIP.ANSWER(C${row},"${first.type}")`);
    assert.ok(lke.validations!.some((v) => v.source === 'Y,T' && v.address.startsWith('C')));
    const profil = excel.model.toSnapshot().sheets.find((s) => s.name === 'Profil')!;
    assert.deepEqual(profil.validations!.map((v) => v.showAlert), [false, false], 'Periode and Model LKE lists are suggestions');
    assert.equal(profil.cells['B6']!.value, '88/2021');
    const table = await excel.run((context) => readWorkbookTable(context, 'baru.xlsx'));
    const codesFound = assessOpdWorkbook(table).findings.map((f) => f.code);
    assert.ok(!codesFound.includes('HEADER_MISSING') && !codesFound.includes('SHEET_MISSING') && !codesFound.includes('LKE_CODE_UNKNOWN'), codesFound.join());
  });
});
