/**
 * The streaming writer of the consolidated workbook (pipeline/consolidate/xlsx/), on a
 * rich scenario (the hostile corpus beside good OPDs: injection texts, web and non-web links,
 * multibyte text, findings with cells): what exceljs's document writer used to produce, asserted
 * directly on the output — sheets and headers, frozen panes, autofilters, print setup and print
 * titles, column widths and formats, styles, formulas with cached results, list validations,
 * conditional formats, links split into target and location, the quote prefix — and the same
 * bytes for the same inputs.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type ExcelJS from 'exceljs';
import { CONSOLIDATED_SHEETS, LKE_HEADERS } from '../../pipeline/consolidate/consolidated-headers';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { StreamingWorkbook } from '../../pipeline/consolidate/xlsx';
import { allowedAnswers } from '../../shared/scoring/answer-scale';
import type { AnswerType } from '../../shared/models/model';
import { writeHostileFolder, type HostileFolder } from '../support/hostile-corpus';
import { loadXlsx } from '../support/consolidate-scenario';
import { inspectXlsx } from '../support/xlsx-inspect';

/** exceljs reads a sheet's conditional formats into this (not in its typings). */
const conditionalFormats = (sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] =>
  (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

/** Every sheet but Keterangan (label/value) and Grafik (charts over small tables) is a table. */
// Model LKE is written only for a city's own model (report-custom-model.test.ts); this city uses 88/2021.
const TABLE_SHEETS = Object.values(CONSOLIDATED_SHEETS).filter((name) => name !== CONSOLIDATED_SHEETS.keterangan && name !== CONSOLIDATED_SHEETS.grafik && name !== CONSOLIDATED_SHEETS.model);

describe('consolidate: the streaming workbook writer', function () {
  this.timeout(60_000);
  let folder: HostileFolder;
  let out: string;
  let again: string;
  let workbook: ExcelJS.Workbook;
  before(async () => {
    folder = await writeHostileFolder();
    out = join(folder.root, 'konsolidasi.xlsx');
    again = join(folder.root, 'lagi.xlsx');
    for (const path of [out, again]) {
      const result = await runConsolidation({ city: folder.city, input: folder.input, out: path, now: new Date(Date.UTC(2025, 5, 1)), read: { size: 1 } });
      assert.equal(result.kind, 'done');
    }
    workbook = await loadXlsx(out);
  });
  after(() => rmSync(folder.root, { recursive: true, force: true }));

  it('writes the sheets in order, each table with its header, frozen pane, autofilter and print setup', () => {
    // Model LKE only for a city's own model (report-custom-model.test.ts); this city uses 88/2021.
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      Object.values(CONSOLIDATED_SHEETS).filter((name) => name !== CONSOLIDATED_SHEETS.model),
    );
    assert.match(strFromU8(unzipSync(readFileSync(out))['xl/workbook.xml']!), /<calcPr [^>]*fullCalcOnLoad="1"/);
    assert.equal(workbook.title, `Konsolidasi Evaluasi SAKIP ${workbook.getWorksheet('Keterangan')!.getCell('B1').value} ${workbook.getWorksheet('Keterangan')!.getCell('B3').value}`);
    const workbookXml = strFromU8(unzipSync(readFileSync(out))['xl/workbook.xml']!);
    for (const name of TABLE_SHEETS) {
      const sheet = workbook.getWorksheet(name)!;
      const index = Object.values(CONSOLIDATED_SHEETS).indexOf(name);
      assert.ok(workbookXml.includes(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">&apos;${name}&apos;!$1:$1</definedName>`), `${name}: print titles`);
      const view = sheet.views[0] as ExcelJS.WorksheetViewFrozen;
      assert.equal(view.state, 'frozen', name);
      assert.equal(view.ySplit, 1, name);
      assert.equal(sheet.pageSetup.paperSize, 9, name);
      assert.equal(sheet.pageSetup.orientation, 'landscape', name);
      assert.equal(sheet.pageSetup.fitToPage, true, name);
      assert.equal(sheet.pageSetup.fitToWidth, 1, name);
      assert.equal(sheet.pageSetup.fitToHeight, 0, name);
      assert.equal(sheet.headerFooter.oddFooter, `&L${name}&RHalaman &P dari &N`, name);
      const header = sheet.getRow(1);
      // Rekap Komponen's headers are OPD names: three lines.
      assert.equal(header.height, name === CONSOLIDATED_SHEETS.rekapKomponen ? 48 : 32, name);
      const first = header.getCell(1);
      assert.equal(first.font?.bold, true, name);
      assert.equal(first.font?.color?.argb, 'FFFFFFFF', name);
      assert.equal((first.fill as ExcelJS.FillPattern).pattern, 'solid', name);
      assert.equal(first.alignment?.horizontal, 'center', name);
      const columns = header.cellCount;
      const filter = sheet.autoFilter as string;
      assert.equal(filter, `A1:${header.getCell(columns).address.replace(/\d+$/, '')}${Math.max(1, sheet.rowCount)}`, `${name}: autofilter`);
    }
  });

  it('writes LKE with its formats, validations, formulas and cached results', () => {
    const lke = workbook.getWorksheet('LKE')!;
    const col = (header: (typeof LKE_HEADERS)[number]): number => LKE_HEADERS.indexOf(header) + 1;
    assert.equal(lke.getColumn(col('Uraian')).width, 60);
    assert.equal(lke.getColumn(col('Nilai OPD')).numFmt, '0.00');
    assert.equal(lke.getColumn(col('Poin')).numFmt, '0.0000');
    assert.ok(lke.rowCount > 80);
    for (let r = 2; r <= lke.rowCount; r += 1) {
      const row = lke.getRow(r);
      const type = row.getCell(col('Tipe')).value as AnswerType;
      const jawaban = row.getCell(col('Jawaban Evaluator'));
      assert.deepEqual(jawaban.dataValidation.formulae, [`"${allowedAnswers(type).join(',')}"`], `row ${r}`);
      assert.equal(jawaban.dataValidation.type, 'list');
      assert.equal((jawaban.fill as ExcelJS.FillPattern).fgColor?.argb, 'FFFFF2CC');
      assert.equal(row.getCell(col('Uraian')).alignment?.wrapText, true);
      const akhir = row.getCell(col('Nilai Akhir')).value as ExcelJS.CellFormulaValue;
      assert.match(akhir.formula, new RegExp(`^IF\\(TRIM\\(G${r}\\)=""`));
      assert.equal(row.getCell(col('Nilai Akhir')).numFmt, '0.00');
      const poin = row.getCell(col('Poin')).value as ExcelJS.CellFormulaValue;
      assert.equal(poin.formula, `IF(H${r}="",0,H${r}*M${r})`);
      const nilai = row.getCell(col('Nilai OPD')).value;
      const bobot = row.getCell(col('Bobot Kriteria')).value as number;
      // exceljs reads a cached 0 or '' as no result: compare those as ''.
      const cached = (v: unknown): unknown => (v === 0 || v === '' || v === undefined ? '' : v);
      assert.equal(cached(akhir.result), cached(nilai ?? ''));
      assert.equal(cached(poin.result), cached(typeof nilai === 'number' ? nilai * bobot : 0));
    }
    const marks = conditionalFormats(lke).map((f) => f.ref);
    assert.deepEqual(marks, [`J2:J${lke.rowCount}`]);
  });

  it('writes Ringkasan formulas with cached results and its conditional formats', () => {
    const sheet = workbook.getWorksheet('Ringkasan')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const at = (r: number, header: string): ExcelJS.Cell => sheet.getRow(r).getCell(headers.indexOf(header) + 1);
    let scored = 0;
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const total = at(r, 'Nilai Evaluator').value as ExcelJS.CellFormulaValue | null;
      if (!total) continue;
      scored += 1;
      assert.match(total.formula, /^ROUND\(SUMIFS\(LKE!\$N\$2:\$N\$\d+,LKE!\$O\$2:\$O\$\d+,/);
      assert.equal(typeof total.result, 'number');
      assert.equal((at(r, 'Predikat Evaluator').value as ExcelJS.CellFormulaValue).result, at(r, 'Predikat OPD').value);
      assert.equal(at(r, 'Nilai OPD').numFmt, '0.00');
    }
    assert.ok(scored >= 2, 'good OPDs scored');
    const rules = conditionalFormats(sheet).flatMap((f) => f.rules.map((rule) => `${f.ref} ${rule.type}`));
    assert.equal(rules.filter((r) => r.endsWith('cellIs')).length, 14 + 4, 'predikat colours on both predikat columns, status colours');
    assert.equal(rules.filter((r) => r.endsWith('dataBar')).length, 1);
  });

  it('writes submission text inert (quote prefix), only web evidence as links, findings linked to file and place', () => {
    const inspected = inspectXlsx(readFileSync(out));
    const formulaLike = inspected.cells.filter((c) => c.type === 'inlineStr' && /^[=+\-@\t\r]/.test(c.text));
    assert.ok(formulaLike.length > 0, 'the corpus has formula-like texts');
    for (const cell of formulaLike) assert.ok(cell.quotePrefix, `${cell.sheet}!${cell.ref}`);
    for (const cell of inspected.cells) if (cell.formula !== undefined) assert.ok(['LKE', 'Ringkasan', 'Grafik', 'Rekap Komponen', 'Riwayat'].includes(cell.sheet), `formula only where the writer puts one: ${cell.sheet}!${cell.ref}`);
    for (const link of inspected.links) {
      assert.ok(link.external);
      assert.ok(!link.target.includes('#'), `a target without its place: ${link.target}`);
      if (link.sheet === 'LKE') assert.match(link.target, /^https?:\/\//);
    }
    const parts = unzipSync(readFileSync(out));
    const temuan = strFromU8(parts[`xl/worksheets/sheet${Object.values(CONSOLIDATED_SHEETS).indexOf(CONSOLIDATED_SHEETS.temuan) + 1}.xml`]!);
    assert.match(temuan, /<hyperlink ref="B\d+" r:id="rId\d+" location="&apos;[^"]+&apos;!A1"\/>/);
    assert.match(temuan, /<conditionalFormatting sqref="D2:D\d+"><cfRule type="cellIs"/);
  });

  it('gives the same bytes for the same inputs, apart from the run time in the properties', () => {
    const a = unzipSync(readFileSync(out));
    const b = unzipSync(readFileSync(again));
    assert.deepEqual(Object.keys(a), Object.keys(b));
    for (const name of Object.keys(a)) if (name !== 'docProps/core.xml') assert.ok(Buffer.from(a[name]!).equals(Buffer.from(b[name]!)), name);
  });

  it('refuses a row written out of order (rows are streamed)', () => {
    const book = new StreamingWorkbook(-1);
    const sheet = book.addSheet('x', { columns: [{ width: 10 }] });
    sheet.getRow(3);
    assert.throws(() => sheet.getRow(2), /row 2 after row 3/);
  });
});
