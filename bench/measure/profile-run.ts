/**
 * One `sakip consolidate` of a cached corpus under `node --cpu-prof` (one profile per thread): the
 * built CLI rebuilt first with source maps, so that profile-stages.ts can map every sampled frame
 * back to its source file. Used by `npm run bench` (the largest size) and bench/profile.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { CpuProfile } from '../profile-summary';

const ROOT = join(__dirname, '..', '..');

export interface ProfiledRun {
  readonly seconds: number;
  /** Every thread's profile; `main` for the main thread's. */
  readonly profiles: readonly { readonly file: string; readonly profile: CpuProfile; readonly main: boolean }[];
}

/** Profiles one consolidate of `corpusDir` (kota.xlsx, opd/) into `outDir` (emptied first); an error message if it cannot. */
export async function profileConsolidate(corpusDir: string, outDir: string): Promise<ProfiledRun | string> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, SAKIP_BUILD_SOURCEMAP: '1' } });
  if (build.status !== 0) return `npm run build:cli failed\n${build.stderr}`;
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', outDir, join(ROOT, 'bench', 'measure', 'built-cli.cjs'), 'consolidate', '--city', join(corpusDir, 'kota.xlsx'), '--input', join(corpusDir, 'opd'), '--out', join(outDir, 'konsolidasi.xlsx'), '--json'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 1) return `sakip consolidate exited with ${run.status}\n${String(run.stderr).slice(-2000)}`;
  // One profile per thread: CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile, thread 0 the main thread.
  const files = (await readdir(outDir)).filter((f) => f.endsWith('.cpuprofile')).sort();
  if (files.length === 0) return 'no .cpuprofile written';
  const profiles = await Promise.all(
    files.map(async (file) => ({ file, profile: JSON.parse(await readFile(join(outDir, file), 'utf8')) as CpuProfile, main: Number(file.split('.').at(-3)) === 0 })),
  );
  return { seconds, profiles };
}
