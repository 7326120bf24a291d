/**
 * `npx tsx bench/stage-times.ts [--size 100] [--reps 3]`: where one worker's time goes, per stage,
 * over a cached bench corpus, in this thread (CPU time, after a warm-up pass): reading the file and
 * its SHA-256, the zip-level gate (directory, bounded inflate of every part), the SAX parse with
 * the XML limits (the table), the OPD model (`readAnyWorkbook`), the assessment
 * (`assessOpdWorkbook`), and compacting it for the main thread. Complements the CPU profile
 * (bench/profile.ts), whose bundled function names do not say which stage they belong to.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assessOpdWorkbook, readAnyWorkbook, readCityWorkbook } from '../shared';
import { compactAssessment } from '../pipeline/read/compact-assessment';
import { gateZipParts } from '../pipeline/read/gate';
import { readLimits } from '../pipeline/read/gate-limits';
import { parseXlsxParts } from '../pipeline/read/xlsx-sax-reader';

const STAGES = ['read file + SHA-256', 'gate (zip, inflate)', 'SAX parse + XML limits', 'OPD model', 'assessment', 'compact'] as const;

function main(): void {
  const { values } = parseArgs({ options: { size: { type: 'string' }, reps: { type: 'string' } } });
  const corpus = join(__dirname, '..', 'bench-output', 'corpus', values.size ?? '100');
  const reps = Number(values.reps ?? 3);
  const limits = readLimits();
  const cityTable = parseXlsxParts(gateZipParts(readFileSync(join(corpus, 'kota.xlsx')), limits), 'kota.xlsx', limits);
  const city = readCityWorkbook(cityTable).config;
  if (!city) throw new Error('the corpus city workbook does not read');
  const files = readdirSync(join(corpus, 'opd')).map((f) => join(corpus, 'opd', f));
  const totals = new Map<string, number>(STAGES.map((s) => [s, 0]));
  for (let rep = 0; rep <= reps; rep++) {
    for (const path of files) {
      const times: number[] = [];
      let at = process.cpuUsage();
      const lap = (): void => {
        const used = process.cpuUsage(at);
        times.push((used.user + used.system) / 1000);
        at = process.cpuUsage();
      };
      const bytes = readFileSync(path);
      createHash('sha256').update(bytes).digest('hex');
      lap();
      const passed = gateZipParts(bytes, limits);
      lap();
      const table = parseXlsxParts(passed, path, limits);
      lap();
      const read = readAnyWorkbook(table, { city });
      lap();
      const assessment = assessOpdWorkbook(table, { city, period: { year: city.tahun, month: 12 } }, read);
      lap();
      compactAssessment(assessment);
      lap();
      // The first pass warms the JIT up and is not counted.
      if (rep > 0) STAGES.forEach((s, i) => totals.set(s, totals.get(s)! + times[i]!));
    }
  }
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  console.log(`${files.length} workbooks × ${reps} passes, one thread, CPU ms per workbook (user + system, GC included):`);
  for (const [stage, ms] of totals) console.log(`  ${stage.padEnd(26)} ${(ms / reps / files.length).toFixed(2).padStart(7)} ms  ${((100 * ms) / all).toFixed(1).padStart(5)} %`);
  console.log(`  ${'total'.padEnd(26)} ${(all / reps / files.length).toFixed(2).padStart(7)} ms`);
}

main();
