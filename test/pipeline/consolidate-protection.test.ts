/**
 * The consolidated sheets are protected without a password (sorting and filtering allowed); only
 * the evaluator columns are unlocked, so an edit that would be lost next month cannot happen by
 * accident. The protected file still passes the package checks.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { loadXlsx, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { ooxmlCheckPath } from '../support/ooxml-check';


describe('sakip consolidate: protected sheets', function () {
  this.timeout(120_000);
  let out: string;

  before(async () => {
    const root = await tempFolder('protect');
    const input = join(root, 'masukan');
    await mkdir(input);
    const city = await writeCity(root, [['DINKES', 'Dinas Kesehatan']]);
    await writeOpd(input, { kode: 'DINKES' });
    out = join(root, 'hasil.xlsx');
    assert.equal((await runConsolidation({ city, input, out, period: { year: 2025, month: 5 } })).kind, 'done');
  });

  it('protects every sheet without a password, sorting and filtering allowed', async () => {
    const parts = unzipSync(new Uint8Array(await readFile(out)));
    const sheets = Object.keys(parts).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    assert.ok(sheets.length >= 9);
    for (const name of sheets) {
      const protection = /<sheetProtection [^>]*\/>/.exec(strFromU8(parts[name]!))?.[0] ?? '';
      assert.match(protection, /sheet="1"/, `${name} protected`);
      assert.doesNotMatch(protection, /password|hashValue/, `${name}: no password`);
      assert.match(protection, /sort="0"/, `${name}: sorting allowed`);
      assert.match(protection, /autoFilter="0"/, `${name}: filtering allowed`);
    }
  });

  it('leaves only the evaluator columns unlocked', async () => {
    const lke = (await loadXlsx(out)).getWorksheet('LKE')!;
    const headers: string[] = [];
    lke.getRow(1).eachCell((cell, c) => (headers[c] = String(cell.value)));
    const unlocked = headers.flatMap((h, c) => (lke.getRow(2).getCell(c).protection?.locked === false ? [h] : []));
    assert.deepEqual(unlocked, ['Jawaban Evaluator', 'Catatan Evaluator']);
    assert.notEqual(lke.getRow(2).getCell(headers.indexOf('Jawaban OPD')).protection?.locked, false);
  });

  it('passes ooxml-check and opens in openpyxl', function () {
    execFileSync(ooxmlCheckPath(this), [out], { stdio: 'pipe' });
    execFileSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', ['-c', 'import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]); openpyxl.load_workbook(sys.argv[1], read_only=True)', out], { stdio: 'pipe' });
  });
});
