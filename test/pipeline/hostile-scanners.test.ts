/**
 * Issue 17: no input buys unbounded time. Texts sized to make a backtracking pattern quadratic (a
 * 1,000,000-character defined name, a 200,000-character run inside a `<dimension>` tag) are
 * answered within the per-file limit with a clear message, in an OPD file, in the city workbook and
 * in `--previous`; the city and previous files are read under the same time limit as OPD files.
 * The tests assert behaviour (each file's finding, never FILE_TOO_SLOW); bench/ measures the time.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { readFilesIsolated } from '../../pipeline/read/worker-pool';
import { findingMessage } from '../../shared/findings/make-finding';
import { tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';
import { editZip } from './xlsx-files';

const MILLION = 1_000_000;
/** Far below what a quadratic scan of these texts takes (minutes), far above what a linear one does. */
const TIME_LIMIT_MS = 20_000;

const withDefinedName = (definedName: string) => (xml: string) => xml.replace(/<\/sheets>/, `</sheets><definedNames>${definedName}</definedNames>`);

describe('hostile texts sized for backtracking patterns', function () {
  this.timeout(120_000);
  let root: string;
  let input: string;
  let city: string;
  let good: Uint8Array;

  before(async () => {
    root = await tempFolder('scanners');
    input = join(root, 'masukan');
    await mkdir(input);
    city = await writeCity(root, [['DINKES', 'Dinas Kesehatan']]);
    good = new Uint8Array(await readFile(await writeOpd(root, { kode: 'DINKES' }, 'contoh.xlsx')));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  async function readIsolated(file: string, bytes: Uint8Array) {
    const path = join(root, file);
    await writeFile(path, bytes);
    const [outcome] = await readFilesIsolated([{ path, file }], { timeLimitMs: TIME_LIMIT_MS });
    return outcome!;
  }

  it('an OPD file with a 1,000,000-character defined name is refused with its reason', async () => {
    const bytes = editZip(good, { 'xl/workbook.xml': withDefinedName(`<definedName name="${'N'.repeat(MILLION)}">Profil!$A$1</definedName>`) });
    const outcome = await readIsolated('nama-panjang.xlsx', bytes);
    assert.equal(outcome.stopped, undefined);
    assert.deepEqual(outcome.findings.map((f) => f.code), ['FILE_UNREADABLE']);
    assert.match(findingMessage(outcome.findings[0]!, 'id'), /nama terdefinisi terlalu panjang/);
  });

  it('an OPD file with a 1,000,000-character defined-name formula is refused with its reason', async () => {
    const formula = `${'Profil'.repeat(MILLION / 6)}`;
    const bytes = editZip(good, { 'xl/workbook.xml': withDefinedName(`<definedName name="x">${formula}</definedName>`) });
    const outcome = await readIsolated('rumus-panjang.xlsx', bytes);
    assert.equal(outcome.stopped, undefined);
    assert.deepEqual(outcome.findings.map((f) => f.code), ['FILE_UNREADABLE']);
    assert.match(findingMessage(outcome.findings[0]!, 'id'), /rumus nama terdefinisi "x" terlalu panjang/);
  });

  it('a <dimension> tag with a 200,000-character attribute run is refused as malformed', async () => {
    const bytes = editZip(good, { 'xl/worksheets/sheet1.xml': (xml) => xml.replace(/<dimension ref="([^"]*)"\/>/, `<dimension ref="$1" ${'a'.repeat(200_000)}/>`) });
    const outcome = await readIsolated('dimensi-panjang.xlsx', bytes);
    assert.equal(outcome.stopped, undefined);
    assert.deepEqual(outcome.findings.map((f) => f.code), ['FILE_UNREADABLE']);
    assert.match(findingMessage(outcome.findings[0]!, 'id'), /dimension/);
  });

  it('one stray cell in row 1,048,576: the same refusal with or without <dimension>', async () => {
    const stray = (keepDimension: boolean) => (xml: string) => {
      const withCell = xml.replace('</sheetData>', '<row r="1048576"><c r="B1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
      return keepDimension ? withCell.replace(/<dimension ref="([A-Z]+\d+):[A-Z]+\d+"\/>/, '<dimension ref="$1:AF1048576"/>') : withCell.replace(/<dimension [^>]*\/>/, '');
    };
    const messages: string[] = [];
    for (const keep of [true, false]) {
      const bytes = editZip(good, { 'xl/worksheets/sheet3.xml': stray(keep) });
      const outcome = await readIsolated(`baris-terakhir-${keep}.xlsx`, bytes);
      assert.deepEqual(outcome.findings.map((f) => f.code), ['FILE_UNREADABLE']);
      messages.push(findingMessage(outcome.findings[0]!, 'id'));
    }
    for (const message of messages) assert.match(message, /memakai baris 1048576 \(.*batas 250\.000 baris\); hapus isi dan format di bawah tabel/);
  });

  it('a city workbook with a 1,000,000-character defined name: the run stops with the city file\'s finding', async () => {
    const bad = join(root, 'kota-jahat.xlsx');
    await writeFile(bad, editZip(new Uint8Array(await readFile(city)), { 'xl/workbook.xml': withDefinedName(`<definedName name="${'K'.repeat(MILLION)}">Kota!$A$1</definedName>`) }));
    const outcome = await runConsolidation({ city: bad, input, out: join(root, 'hasil-1.xlsx'), period: { year: 2025, month: 5 }, read: { timeLimitMs: TIME_LIMIT_MS } });
    assert.equal(outcome.kind, 'config');
    if (outcome.kind !== 'config') return;
    assert.equal(outcome.file, 'kota-jahat.xlsx');
    assert.deepEqual(outcome.findings.map((f) => f.code), ['FILE_UNREADABLE']);
    assert.match(findingMessage(outcome.findings[0]!, 'id'), /nama terdefinisi terlalu panjang/);
  });

  it('a --previous with a 1,000,000-character defined name: the run stops with that file\'s finding', async () => {
    await writeOpd(input, { kode: 'DINKES' });
    const first = join(root, 'hasil-2.xlsx');
    assert.equal((await runConsolidation({ city, input, out: first, period: { year: 2025, month: 5 } })).kind, 'done');
    const bad = join(root, 'lalu-jahat.xlsx');
    await writeFile(bad, editZip(new Uint8Array(await readFile(first)), { 'xl/workbook.xml': withDefinedName(`<definedName name="${'L'.repeat(MILLION)}">LKE!$A$1</definedName>`) }));
    const outcome = await runConsolidation({ city, input, previous: bad, out: join(root, 'hasil-3.xlsx'), period: { year: 2025, month: 5 }, read: { timeLimitMs: TIME_LIMIT_MS } });
    assert.equal(outcome.kind, 'config');
    if (outcome.kind !== 'config') return;
    assert.equal(outcome.file, 'lalu-jahat.xlsx');
    assert.deepEqual(outcome.findings.map((f) => f.code), ['FILE_UNREADABLE']);
    assert.match(findingMessage(outcome.findings[0]!, 'id'), /nama terdefinisi terlalu panjang/);
    rmSync(join(input, 'dinkes.xlsx'));
  });

  it('reads the city workbook and --previous under the per-file time limit, like OPD files', async () => {
    const outcome = await runConsolidation({ city, input, out: join(root, 'hasil-4.xlsx'), period: { year: 2025, month: 5 }, read: { timeLimitMs: 2_000, testHooks: { 'kota.xlsx': 'hang' } } });
    assert.equal(outcome.kind, 'config');
    if (outcome.kind !== 'config') return;
    assert.deepEqual(outcome.findings.map((f) => f.code), ['FILE_TOO_SLOW']);
  });
});
