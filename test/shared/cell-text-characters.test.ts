/**
 * Characters an .xlsx file cannot store (C0 controls but tab/LF/CR, U+FFFE, U+FFFF, lone
 * surrogates) are dropped by the consolidation's writer: the OPD is told which cell lost which
 * character (CELL_TEXT_CHARACTER_DROPPED), in the core (validate, the pane and the consolidation
 * agree) and through a real file whose note holds the escape `_x0001_`.
 */
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { findingMessage } from '../../shared/findings/make-finding';
import { baseFixture, fixtureTable, lkeRowOf } from '../support/opd-fixture';
import { tempFolder, writeOpd } from '../support/consolidate-scenario';
import { sakip } from '../support/sakip-cli';

const dropped = (edit: (lke: (string | number)[][]) => void) => {
  const fixture = baseFixture();
  edit(fixture.lke as (string | number)[][]);
  return assessOpdWorkbook(fixtureTable(fixture)).findings.filter((f) => f.code === 'CELL_TEXT_CHARACTER_DROPPED');
};

describe('cell text with characters an .xlsx cannot store', () => {
  it('names each cell and character, the text shown with them marked; tab, LF, CR and emoji pass', () => {
    const found = dropped((lke) => {
      lke[lkeRowOf(lke, '1.1.1')]![4] = 'Renstra\u0001 disahkan\u0001';
      lke[lkeRowOf(lke, '1.1.2')]![4] = 'akhir\uFFFF';
      lke[lkeRowOf(lke, '1.1.3')]![4] = 'separuh \uD800 pasangan';
      lke[lkeRowOf(lke, '1.1.4')]![4] = 'baris\r\nbaru\tdan 😀';
    });
    assert.deepEqual(found.map((f) => [f.sheet, f.cell, f.severity, f.params.characters]), [
      ['LKE', 'E5', 'warning', ['U+0001']],
      ['LKE', 'E6', 'warning', ['U+FFFF']],
      ['LKE', 'E7', 'warning', ['U+D800']],
    ]);
    assert.equal(
      findingMessage(found[0]!),
      'Teks sel memuat karakter kendali yang tidak dapat disimpan dalam berkas .xlsx (U+0001); workbook konsolidasi memuat teks tanpa karakter itu: "Renstra<U+0001> disahkan<U+0001>"',
    );
  });

  it('sakip validate reports it for a real file whose note holds the escape _x0001_', async function () {
    this.timeout(120_000);
    const folder = await tempFolder('control-characters');
    await mkdir(folder, { recursive: true });
    const path = await writeOpd(folder, { kode: 'DINKES', edit: (f) => (f.lke[lkeRowOf(f.lke, '1.1.1')]![4] = 'Catatan _x0001_ dari PDF') });
    const run = sakip('validate', '--json', path);
    const [report] = JSON.parse(run.stdout) as { findings: { code: string; cell?: string; params: { characters: string[] } }[] }[];
    const finding = report!.findings.find((f) => f.code === 'CELL_TEXT_CHARACTER_DROPPED');
    assert.ok(finding, run.stdout);
    assert.deepEqual([finding.cell, finding.params.characters], ['E5', ['U+0001']]);
  });
});
