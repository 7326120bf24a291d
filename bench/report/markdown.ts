/** bench-output/report.md: the machine, the targets met or not, and every figure of the run. */
import { fixed } from '../stats';
import type { BenchResult } from '../result';
import { corpusTable, growthTable, markdownTable, otherTable, scannerTable, targetTable, throughputTable } from './tables';

export function markdownReport(result: BenchResult): string {
  const m = result.machine;
  const o = result.options;
  const lines = [
    '# SAKIP Kit benchmark report',
    '',
    `Run ${result.startedAt} → ${result.finishedAt}${o.quick ? ' (**--quick** smoke run: small sizes, 1 repetition)' : ''}.`,
    `Machine: ${m.cpuModel}, ${m.cores} cores, ${fixed(m.memoryGb, 1)} GB memory, Node ${m.node}, ${m.os}. Load average ${fixed(m.loadAverageAtStart)} at start, ${fixed(result.loadAverageAtEnd)} at end.`,
    `Code: commit ${m.gitCommit}${m.uncommitted.length ? `, with uncommitted changes: ${m.uncommitted.map((l) => `\`${l.trim()}\``).join(', ')}` : ', no uncommitted changes under pipeline/, shared/, bin/'}.`,
    `Code fingerprint ${m.codeFingerprint} at start, ${result.codeFingerprintAtEnd} at end${m.codeFingerprint === result.codeFingerprintAtEnd ? ' (unchanged during the run)' : ' — **the code changed during the run: the figures mix versions; rerun**'}.`,
    `Options: sizes ${o.sizes.join(', ')}; ${o.reps} repetition(s), medians; large workbook ${o.large ? `${o.largeIndicators} indicators` : 'skipped'}; seed ${o.seed}.`,
    '',
    '## Targets',
    '',
    markdownTable(targetTable(result)),
    '',
    '## Throughput: `sakip consolidate` end to end against the raw floor',
    '',
    'End to end = `node bin/sakip.js consolidate --city … --input … --out … --json` as a child process, spawn to exit. Floor = fflate unzip + saxes SAX of every worksheet and the shared strings of the same files (city workbook included), values only, on 1 thread and on 2 worker threads. Peak RSS of the child process ' +
      `(${result.sizes[0]?.consolidate.rssSource ?? 'gnu-time'}).`,
    '',
    markdownTable(throughputTable(result)),
    '',
    '## Growth',
    '',
    markdownTable(growthTable(result)),
    '',
    '## Task pane and custom function',
    '',
    markdownTable(otherTable(result)),
    '',
    '## Scanners against hostile text',
    '',
    'Each scanner of the gate and the reader fed 100,000 and then 1,000,000 characters of the text that made the former backtracking patterns quadratic (issue 17): a linear scanner takes ≈ 10× as long for 10× the text, a quadratic one ≈ 100×. Medians of loops of at least 20 ms.',
    '',
    markdownTable(scannerTable(result)),
    '',
    ...stagesSection(result),
    '## Corpora',
    '',
    'Synthetic OPD workbooks in the OPD format (scripts/sample-city parts, exceljs): Profil, LKE with 80 criteria and `SAKIP.ANSWER` formulas with cached values, Kinerja with 30–200 indicators × (Target + 12 monthly targets + 12 realisasi), Pohon Kinerja with 50–300 nodes, Rekomendasi; period December 2025. Cached in bench-output/corpus/.',
    '',
    markdownTable(corpusTable(result)),
    '',
  ];
  return lines.join('\n');
}

/** Where the time goes: CPU time by stage from the profile of the largest size (profile-stages.ts). */
function stagesSection(result: BenchResult): string[] {
  const stages = result.stages;
  if (!stages) return [];
  const head = '## Where the time goes';
  if ('skipped' in stages) return [head, '', `Not profiled: ${stages.skipped}`, ''];
  return [
    head,
    '',
    `CPU time by stage in one consolidate of ${stages.workbooks} workbooks under \`node --cpu-prof\` (${fixed(stages.seconds, 1)} s wall; the built CLI with source maps, each sampled frame mapped to its source file; native frames count for their caller). Threads: main, the read workers together, the output's zip writer. \`npx tsx bench/profile.ts --size ${stages.workbooks}\` adds the functions.`,
    '',
    markdownTable(stages.table),
    '',
  ];
}
