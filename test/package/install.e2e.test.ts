/**
 * The package as a bureau gets it: `npm pack` (its prepack builds lib/), the tarball installed
 * with `npm install -g --offline` into an empty prefix, and the installed `sakip` run from a
 * folder outside the checkout: `--version`, `--help`, and the sample city's May consolidation,
 * which must equal the one the sources make. Nothing of tsx or TypeScript is installed with it.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { generateSampleCity } from '../../scripts/sample-city/generate';
import { temporaryFolder } from '../pipeline/xlsx-files';

const ROOT = join(__dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: object };
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  const result = spawnSync(command, [...args], { cwd, env, encoding: 'utf8', timeout: 180_000 });
  if (result.error) throw result.error;
  return result;
}

/** Every path under `dir` (files and folders), relative. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [''];
  while (stack.length) {
    const rel = stack.pop()!;
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      out.push(path);
      if (entry.isDirectory()) stack.push(path);
    }
  }
  return out;
}

describe('the packed sakip, installed from its tarball', function () {
  this.timeout(300_000);
  const folder = temporaryFolder();
  const prefix = folder.path('prefix');
  const work = folder.path('work');
  let installed = '';
  let sakipBin = '';
  /** Only Node's own folder on PATH: no checkout, no node_modules/.bin. */
  let env: NodeJS.ProcessEnv = {};
  after(() => folder.remove());

  const sakip = (...args: string[]) => run(sakipBin, args, work, env);

  before(() => {
    const pack = run(NPM, ['pack', '--pack-destination', folder.dir, '--json'], ROOT);
    assert.equal(pack.status, 0, pack.stderr);
    const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    assert.equal(packed!.filename, `${PACKAGE.name}-${PACKAGE.version}.tgz`);
    const files = packed!.files.map((f) => f.path).sort();
    assert.ok(files.includes('bin/sakip.js') && files.includes('lib/sakip.js') && files.includes('lib/read-worker.js'), files.join(', '));
    assert.deepEqual(files.filter((f) => /\.(ts|tsx|mts|cts)$/.test(f)), [], 'no TypeScript in the tarball');

    const install = run(NPM, ['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(folder.dir, packed!.filename)], folder.dir);
    assert.equal(install.status, 0, `npm install -g --offline: ${install.stderr}`);
    installed = process.platform === 'win32' ? join(prefix, 'node_modules', PACKAGE.name) : join(prefix, 'lib', 'node_modules', PACKAGE.name);
    sakipBin = process.platform === 'win32' ? join(prefix, 'sakip.cmd') : join(prefix, 'bin', 'sakip');
    env = { PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter), HOME: folder.dir };
    run('mkdir', ['-p', work], folder.dir);
  });

  it('installs offline, with no dependency, tsx or TypeScript beside it', () => {
    assert.equal(PACKAGE.dependencies, undefined, 'runtime code is bundled into lib/: put packages in devDependencies');
    const paths = walk(prefix);
    assert.ok(paths.some((p) => p.endsWith(`${PACKAGE.name}/lib/sakip.js`)), 'lib/sakip.js installed');
    assert.deepEqual(paths.filter((p) => /(^|\/)(tsx|typescript|esbuild)(\/|$)|\.ts$/.test(p)), []);
    assert.ok(!existsSync(join(installed, 'node_modules')), 'nothing installed beside the package');
  });

  it('answers --version, --help, and help on stderr without arguments', () => {
    const version = sakip('--version');
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), PACKAGE.version);
    const help = sakip('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Pemakaian: sakip <perintah>/);
    const bare = sakip();
    assert.equal(bare.status, 2);
    assert.equal(bare.stdout, '');
    assert.match(bare.stderr, /Pemakaian: sakip <perintah>/);
    assert.match(sakip('consolidate', '--perod', '5').stderr, /maksud Anda --period\?/);
  });

  it('consolidates the sample city, as the sources do', async () => {
    const city = await generateSampleCity(folder.path('kota-contoh'));
    const may = city.months.find((m) => m.period === '2025-05')!;
    const args = (out: string) => ['consolidate', '--city', city.cityFile, '--input', may.folder, '--out', out, '--period', 'Mei', '--json'];
    const built = sakip(...args(join(work, 'konsolidasi-2025-05.xlsx')));
    assert.ok(built.status === 0 || built.status === 1, built.stderr);
    const fromSources = run(process.execPath, [join(ROOT, 'bin', 'sakip.js'), ...args(join(work, 'sumber-2025-05.xlsx'))], ROOT);
    assert.equal(built.status, fromSources.status, fromSources.stderr);
    const summary = (stdout: string) => {
      const { output: _output, ...rest } = JSON.parse(stdout) as { output?: string; ok: boolean };
      return rest;
    };
    const installedSummary = summary(built.stdout);
    assert.equal(installedSummary.ok, true);
    assert.deepEqual(installedSummary, summary(fromSources.stdout));
    assert.ok(existsSync(join(work, 'konsolidasi-2025-05.xlsx')));
  });
});
