/**
 * The `sakip` habits every command shares: `--version`, help on stderr without arguments, unknown
 * commands and flags answered with the nearest valid one (in Indonesian, English with --lang en),
 * flags without their values, and `--period` as 2025-05, 5 or a month name.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkOptionTokens } from '../../pipeline/command-args';
import { UsageError } from '../../pipeline/exit-code';
import { nearestName } from '../../pipeline/nearest-name';
import { editDistance } from '../../shared';
import { parsePeriodOption, withYear } from '../../pipeline/period-option';
import { readWorkbookFile } from '../../pipeline/read/read-workbook-file';
import { readOpdWorkbook } from '../../shared/parse/read-opd-workbook';
import { temporaryFolder } from './xlsx-files';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'sakip.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function sakip(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof UsageError, String(error));
    return error.message;
  }
  assert.fail('no UsageError');
}

describe('sakip habits', function () {
  this.timeout(120_000);

  it('finds the nearest valid name, and none when nothing is close', () => {
    assert.equal(editDistance('perod', 'period'), 1);
    assert.equal(editDistance('lagn', 'lang'), 1, 'a swap is one edit');
    assert.equal(nearestName('--perod', ['--city', '--period', '--json']), '--period');
    assert.equal(nearestName('--periode', ['--city', '--period', '--json']), '--period');
    assert.equal(nearestName('valdate', ['template', 'validate', 'consolidate']), 'validate');
    assert.equal(nearestName('konsolidasi', ['template', 'validate', 'consolidate']), undefined);
    assert.equal(nearestName('--x', ['--city', '--out']), undefined);
  });

  it('answers unknown flags, missing values and valued switches, in Indonesian and English', () => {
    const options = { period: { type: 'string' }, json: { type: 'boolean' }, city: { type: 'string' } } as const;
    assert.equal(usageMessage(() => checkOptionTokens(['--perod', '5'], options, 'id')), 'opsi tidak dikenal: --perod (maksud Anda --period?)');
    assert.equal(usageMessage(() => checkOptionTokens(['--perod=5'], options, 'en')), 'unknown option: --perod (did you mean --period?)');
    assert.equal(usageMessage(() => checkOptionTokens(['--zzz'], options, 'id')), 'opsi tidak dikenal: --zzz');
    assert.equal(usageMessage(() => checkOptionTokens(['a.xlsx', '--city'], options, 'id')), 'opsi --city memerlukan nilai (--city <nilai>)');
    assert.equal(usageMessage(() => checkOptionTokens(['--json=ya'], options, 'id')), 'opsi --json tidak menerima nilai');
    assert.doesNotThrow(() => checkOptionTokens(['--period', '2025-05', '--json', 'a.xlsx', '--', '--not-a-flag'], options, 'id'));
  });

  it('reads --period as 2025-05, 5 or a month name, the year from elsewhere when missing', () => {
    assert.deepEqual(parsePeriodOption('2025-05', 'id'), { year: 2025, month: 5 });
    assert.deepEqual(parsePeriodOption('5', 'id'), { month: 5 });
    assert.deepEqual(parsePeriodOption('Mei', 'id'), { month: 5 });
    assert.deepEqual(parsePeriodOption('may', 'id'), { month: 5 });
    assert.deepEqual(parsePeriodOption(' Desember 2024 ', 'id'), { year: 2024, month: 12 });
    assert.equal(parsePeriodOption(undefined, 'id'), undefined);
    for (const bad of ['13', '2025-13', 'Maybe', '1999-05', '']) {
      assert.match(usageMessage(() => parsePeriodOption(bad, 'id')), /--period .*tahun-bulan \(2025-05\), nomor bulan \(5\) atau nama bulan \(Mei\)/, bad);
    }
    assert.deepEqual(withYear({ month: 5 }, 2025, '--city', 'id'), { year: 2025, month: 5 });
    assert.deepEqual(withYear({ month: 5, year: 2024 }, 2025, '--city', 'id'), { year: 2024, month: 5 });
    assert.match(usageMessage(() => withYear({ month: 5 }, undefined, '--city', 'id')), /tidak menyebut tahun.*--city/);
  });

  it('prints the version, help on stderr without arguments, and the nearest command', () => {
    for (const flag of ['--version', '-v']) {
      const run = sakip(flag);
      assert.equal(run.status, 0);
      assert.equal(run.stdout.trim(), VERSION);
    }
    const bare = sakip();
    assert.equal(bare.status, 2);
    assert.equal(bare.stdout, '');
    assert.match(bare.stderr, /Pemakaian: sakip <perintah>/);
    const typo = sakip('valdate', 'a.xlsx');
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /^Perintah tidak dikenal: valdate \(maksud Anda validate\?\)/);
    assert.match(sakip('--lang', 'en', 'consolidat').stderr, /^Unknown command: consolidat \(did you mean consolidate\?\)/);
    assert.match(sakip('--verison').stderr, /opsi tidak dikenal: --verison \(maksud Anda --version\?\)/);
  });

  it('answers a mistyped flag of any command with the nearest one, exit 2', () => {
    for (const [command, typo, meant] of [
      ['validate', '--perod', '--period'],
      ['consolidate', '--inptu', '--input'],
      ['template', '--periode', '--period'],
    ] as const) {
      const run = sakip(command, typo, '5');
      assert.equal(run.status, 2, `${command} ${typo}`);
      assert.match(run.stderr, new RegExp(`opsi tidak dikenal: ${typo} \\(maksud Anda ${meant}\\?\\)`));
      assert.match(run.stderr, new RegExp(`sakip ${command} --help`));
    }
  });

  it('takes --period as a month name in template, with the year from --tahun or the period', async () => {
    const folder = temporaryFolder();
    try {
      const byName = sakip('template', 'opd', '--kode', 'DINKES', '--nama', 'Dinas Kesehatan', '--tahun', '2025', '--period', 'Mei', '--out', folder.path('a.xlsx'));
      assert.equal(byName.status, 0, byName.stderr);
      const byYearMonth = sakip('template', 'opd', '--kode', 'DINKES', '--nama', 'Dinas Kesehatan', '--period', '2025-05', '--out', folder.path('b.xlsx'));
      assert.equal(byYearMonth.status, 0, byYearMonth.stderr);
      for (const file of ['a.xlsx', 'b.xlsx']) {
        const read = await readWorkbookFile(folder.path(file));
        const profil = readOpdWorkbook(read.table!).workbook.profil!;
        assert.deepEqual([profil.tahun, profil.periode.month], [2025, 5], `${file}: Profil says Mei 2025`);
      }
      const differs = sakip('template', 'opd', '--kode', 'DINKES', '--nama', 'X', '--tahun', '2024', '--period', '2025-05', '--out', folder.path('c.xlsx'));
      assert.equal(differs.status, 2);
      assert.match(differs.stderr, /--period 2025-05 tidak sesuai dengan --tahun 2024/);
    } finally {
      folder.remove();
    }
  });

  it('lists a folder for validate as consolidate does: .xlsx read, other spreadsheets reported, the rest skipped', () => {
    const folder = temporaryFolder();
    try {
      const input = folder.path('masuk');
      mkdirSync(input);
      assert.equal(sakip('template', 'opd', '--kode', 'DINKES', '--nama', 'Dinas Kesehatan', '--period', '2025-05', '--out', join(input, 'dinkes.xlsx')).status, 0);
      writeFileSync(join(input, 'lama.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
      writeFileSync(join(input, '~$dinkes.xlsx'), 'lock');
      writeFileSync(join(input, 'catatan.txt'), 'catatan');
      const run = sakip('validate', input, '--json');
      const reports = JSON.parse(run.stdout) as { file: string; findings: { code: string }[] }[];
      assert.deepEqual(
        reports.map((r) => r.file),
        ['dinkes.xlsx', 'lama.xls'],
      );
      assert.deepEqual(
        reports[1]!.findings.map((f) => f.code),
        ['FILE_FORMAT_UNSUPPORTED'],
      );
      assert.equal(run.status, 1, 'an unsupported file is an Error finding');
    } finally {
      folder.remove();
    }
  });
});
