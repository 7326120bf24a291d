/**
 * `npx tsx bench/profile.ts [--size 100] [--top 25]`: one `sakip consolidate` of a cached corpus
 * under `node --cpu-prof` (the built lib/sakip.js, rebuilt first with source maps), then the time
 * by stage (gate, parse, model, assessment, consolidate, write; profile-stages.ts), the functions with the most self time, and self time by package
 * (exceljs, saxes, fflate, the project's own code, Node internals, GC). The profile stays in
 * bench-output/profile/ for Chrome DevTools. Run `npm run bench` first so the corpus exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stageTable, stageTimes } from './profile-stages';
import { summariseProfile, type CpuProfile } from './profile-summary';
import { markdownTable, textTable } from './report/tables';

const ROOT = join(__dirname, '..');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { size: { type: 'string' }, top: { type: 'string' }, markdown: { type: 'boolean' } } });
  const size = values.size ?? '100';
  const top = Number(values.top ?? 25);
  const corpus = join(ROOT, 'bench-output', 'corpus', size);
  if (!existsSync(join(corpus, 'manifest.json'))) {
    console.error(`no corpus in ${corpus}: run \`npm run bench -- --sizes ${size} --reps 1\` first`);
    return 2;
  }
  const dir = join(ROOT, 'bench-output', 'profile');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // The built CLI (lib/, plain node), as the bench measures it: rebuilt from the current sources.
  // With source maps, so that every sampled frame can be mapped back to its file and stage.
  const build = spawnSync('npm', ['run', 'build:cli'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SAKIP_BUILD_SOURCEMAP: '1' } });
  if (build.status !== 0) {
    console.error('npm run build:cli failed');
    return 2;
  }
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, join(ROOT, 'bench', 'measure', 'built-cli.cjs'), 'consolidate', '--city', join(corpus, 'kota.xlsx'), '--input', join(corpus, 'opd'), '--out', join(dir, 'konsolidasi.xlsx'), '--json'],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 1) {
    console.error(`sakip consolidate exited with ${run.status}\n${String(run.stderr).slice(-2000)}`);
    return 1;
  }
  // One profile per thread: CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile, thread 0 the main thread.
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort();
  if (files.length === 0) throw new Error('no .cpuprofile written');
  const threadOf = (f: string): number => Number(f.split('.').at(-3));
  const render = values.markdown ? markdownTable : textTable;
  console.log(`consolidate of ${size} workbooks under --cpu-prof: ${seconds.toFixed(1)} s wall, ${files.length} thread profile(s)\n`);
  const all = await Promise.all(files.map(async (f) => ({ profile: JSON.parse(await readFile(join(dir, f), 'utf8')) as CpuProfile, main: threadOf(f) === 0 })));
  console.log(`## where the time goes, by stage (all threads, ${seconds.toFixed(1)} s wall)\n`);
  console.log(render(stageTable(stageTimes(all, ROOT))));
  console.log('');
  const groups = [
    { label: 'main thread', profiles: files.filter((f) => threadOf(f) === 0) },
    { label: 'worker threads (together)', profiles: files.filter((f) => threadOf(f) !== 0) },
  ];
  for (const group of groups) {
    if (group.profiles.length === 0) continue;
    const profiles = await Promise.all(group.profiles.map(async (f) => JSON.parse(await readFile(join(dir, f), 'utf8')) as CpuProfile));
    const summary = summariseProfile(profiles, ROOT, top);
    console.log(`## ${group.label}: ${summary.totalMs.toFixed(0)} ms sampled\n`);
    console.log(render(summary.byPackage));
    console.log('');
    console.log(render(summary.byFunction));
    console.log('');
  }
  console.log(`profiles: ${join('bench-output', 'profile')}/ (open in Chrome DevTools › Performance)`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
