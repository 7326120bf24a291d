/**
 * `sakip validate` does what its help says (issue 11): with --city it applies the checks the
 * consolidation applies (an OPD not in Daftar OPD is rejected), a city workbook is recognised and
 * validated as one, each file's line says whether the consolidation would accept it, and every
 * finding carries the catalogue's fix.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { catalogue } from '../../shared/findings/catalogue';
import { findingMessage, makeFinding } from '../../shared/findings/make-finding';
import { tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { sakip } from '../support/sakip-cli';

describe('sakip validate: what the consolidation would do', function () {
  this.timeout(120_000);
  let root: string;
  let city: string;

  before(async () => {
    root = await tempFolder('validate');
    city = await writeCity(root, [['DINKES', 'Dinas Kesehatan']]);
    await writeOpd(root, { kode: 'DINKES' });
    await writeOpd(root, { kode: 'DISPORA' });
  });

  it('--city rejects an OPD that is not in Daftar OPD (exit 1), and says so on the file line', () => {
    const result = sakip('validate', '--city', city, '--period', '2025-05', join(root, 'dispora.xlsx'), join(root, 'dinkes.xlsx'));
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /dispora\.xlsx — 1 error, \d+ peringatan; akan DITOLAK konsolidasi — Profil!B2: OPD "DISPORA" tidak ada di Daftar OPD kota/);
    assert.match(result.stdout, /OPD_NOT_LISTED/);
    assert.match(result.stdout, /dinkes\.xlsx — 0 error, 0 peringatan; akan diterima konsolidasi \(Lengkap\)/);
  });

  it('recognises a city workbook and validates it as one', () => {
    const result = sakip('validate', city);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /kota\.xlsx — 0 error, 0 peringatan; workbook konfigurasi kota: diperiksa sebagai workbook kota/);
    assert.doesNotMatch(result.stdout, /SHEET_MISSING/);
  });

  it('shows the fix of every finding, in the table and in --json', () => {
    const result = sakip('validate', join(root, 'dispora.xlsx'), '--city', city, '--period', '2025-05', '--json');
    const json = JSON.parse(result.stdout) as { file: string; verdict: string; findings: { code: string; fix: string; fixEn: string }[] }[];
    const finding = json[0]!.findings.find((f) => f.code === 'OPD_NOT_LISTED')!;
    assert.equal(finding.fix, catalogue.OPD_NOT_LISTED.fix.id);
    assert.equal(finding.fixEn, catalogue.OPD_NOT_LISTED.fix.en);
    assert.match(json[0]!.verdict, /akan DITOLAK/);
    const table = sakip('validate', join(root, 'dispora.xlsx'), '--city', city, '--period', '2025-05');
    assert.match(table.stdout, /Cara memperbaiki/);
    assert.match(table.stdout, /Periksa Kode OPD di lembar Profil/);
  });

  it('states the value read for an ambiguous thousands separator, not the input again', () => {
    const finding = makeFinding('NUMBER_AMBIGUOUS_THOUSANDS', { file: 'x.xlsx' }, { field: 'Target', text: '1.250', read: 1250 });
    assert.equal(findingMessage(finding, 'id'), 'Target "1.250" dibaca sebagai 1250 (titik = pemisah ribuan)');
  });
});
