/**
 * Change since last year: the bureau types each OPD's total of last year's LHE in the city
 * workbook's Daftar OPD (optional column `Nilai Tahun Lalu`); the consolidation carries it to
 * Ringkasan, and the LHE says by how much the total rose or fell. An OPD without it gets no sentence.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { runConsolidation } from '../../pipeline/consolidate/run-consolidation';
import { lheFileName, writeReports } from '../../pipeline/report/write-reports';
import { MODEL_88_2021 } from '../../shared/models/model-88-2021';
import { formatScore } from '../../shared/format/number-format';
import { round2 } from '../../shared/scoring/rounding';
import { loadXlsx, records, tempFolder, writeCity, writeOpd } from '../support/consolidate-scenario';

const documentText = (bytes: Uint8Array): string =>
  [...strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('sakip report: change since last year from the city workbook', function () {
  this.timeout(300_000);

  it("carries Daftar OPD's Nilai Tahun Lalu to Ringkasan and the LHE says how much the total rose or fell", async () => {
    const root = await tempFolder('tahun-lalu');
    const input = join(root, 'mei');
    await mkdir(input);
    const city = await writeCity(root, [['DINKES', 'Dinas Kesehatan'], ['DISDIK', 'Dinas Pendidikan'], ['BAPPEDA', 'Bappeda']], (f) => {
      f.daftarOpd = [
        ['Kode OPD', 'Nama OPD', 'Nilai Tahun Lalu'],
        ['DINKES', 'Dinas Kesehatan', '61,25'],
        ['DISDIK', 'Dinas Pendidikan', 99.5],
        ['BAPPEDA', 'Bappeda', ''],
      ];
    });
    // DISDIK answers its first ten criteria with the lowest answer: its total falls below last year's.
    const low = Object.fromEntries(MODEL_88_2021.criteria.slice(0, 10).map((c) => [c.code, c.type === 'Y/T' ? 'T' : 'E']));
    for (const kode of ['DINKES', 'DISDIK', 'BAPPEDA']) await writeOpd(input, { kode, ...(kode === 'DISDIK' ? { answers: low } : {}) });
    const out = join(root, 'konsolidasi-2025-05.xlsx');
    assert.equal((await runConsolidation({ city, input, out, period: { year: 2025, month: 5 }, now: new Date('2025-06-02T00:00:00Z') })).kind, 'done');
    const ringkasan = records(await loadXlsx(out), 'Ringkasan');
    assert.deepEqual(ringkasan.map((r) => [r['Kode OPD'], r['Nilai Tahun Lalu']]), [['DINKES', 61.25], ['DISDIK', 99.5], ['BAPPEDA', '']]);

    const laporan = join(root, 'laporan');
    assert.equal((await writeReports({ from: out, out: laporan, date: '2025-06-05' })).kind, 'done');
    const body = async (kode: string): Promise<string> => documentText(await readFile(join(laporan, lheFileName(kode, '2025-05'))));
    const total = (kode: string): number => ringkasan.find((r) => r['Kode OPD'] === kode)!['Nilai Evaluator'] as number;
    assert.ok(total('DINKES') > 61.25 && total('DISDIK') < 99.5, `the fixture answers sit between the two: ${total('DINKES')} ${total('DISDIK')}`);
    assert.ok((await body('DINKES')).includes(`Nilai naik ${formatScore(round2(total('DINKES') - 61.25))} poin dibanding tahun lalu (61,25).`));
    assert.ok((await body('DISDIK')).includes(`Nilai turun ${formatScore(round2(99.5 - total('DISDIK')))} poin dibanding tahun lalu (99,50).`));
    assert.ok(!(await body('BAPPEDA')).includes('tahun lalu'));
    assert.equal((await writeReports({ from: out, out: join(root, 'en'), date: '2025-06-05', lang: 'en', opds: ['DINKES'] })).kind, 'done');
    assert.ok(documentText(await readFile(join(root, 'en', lheFileName('DINKES', '2025-05')))).includes(`rose ${formatScore(round2(total('DINKES') - 61.25))} points since last year`));
  });
});
