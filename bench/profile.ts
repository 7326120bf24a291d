/**
 * `npx tsx bench/profile.ts [--size 100] [--top 25]`: one `sakip consolidate` of a cached corpus
 * under `node --cpu-prof` (the built lib/sakip.js, rebuilt first with source maps), then the time
 * by stage (gate, parse, model, assessment, consolidate, write; profile-stages.ts), the functions with the most self time, and self time by package
 * (exceljs, saxes, fflate, the project's own code, Node internals, GC). The profile stays in
 * bench-output/profile/ for Chrome DevTools. Run `npm run bench` first so the corpus exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { stageTable, stageTimes } from './profile-stages';
import { profileConsolidate } from './measure/profile-run';
import { summariseProfile } from './profile-summary';
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
  const run = await profileConsolidate(corpus, dir);
  if (typeof run === 'string') {
    console.error(run);
    return 1;
  }
  const render = values.markdown ? markdownTable : textTable;
  console.log(`consolidate of ${size} workbooks under --cpu-prof: ${run.seconds.toFixed(1)} s wall, ${run.profiles.length} thread profile(s)\n`);
  console.log(`## where the time goes, by stage (all threads, ${run.seconds.toFixed(1)} s wall)\n`);
  console.log(render(stageTable(stageTimes(run.profiles, ROOT))));
  console.log('');
  const groups = [
    { label: 'main thread', profiles: run.profiles.filter((p) => p.main) },
    { label: 'worker threads (together)', profiles: run.profiles.filter((p) => !p.main) },
  ];
  for (const group of groups) {
    if (group.profiles.length === 0) continue;
    const summary = summariseProfile(group.profiles.map((p) => p.profile), ROOT, top);
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
