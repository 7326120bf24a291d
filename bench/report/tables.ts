/** The report's tables as rows of text, rendered as a padded console table or as Markdown. */
import { fixed, thousands } from '../stats';
import type { BenchResult, SizeResult } from '../result';

export interface Table {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export function textTable(table: Table): string {
  const widths = table.head.map((h, c) => Math.max(h.length, ...table.rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(table.head), widths.map((w) => '-'.repeat(w)).join('  '), ...table.rows.map(line)].join('\n');
}

export function markdownTable(table: Table): string {
  const escape = (cell: string): string => cell.replace(/\|/g, '\\|');
  return [
    `| ${table.head.map(escape).join(' | ')} |`,
    `|${table.head.map((_, c) => (c === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...table.rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}

const mb = (bytes: number): string => fixed(bytes / 1024 ** 2, 1);

function sizeRow(label: string, s: SizeResult): string[] {
  const c = s.consolidate;
  return [
    label,
    thousands(s.corpus.dataRows),
    mb(s.corpus.bytes),
    String(c.runs.length + (c.failedRuns ?? 0)),
    c.failure ? `FAILED ${c.failedRuns}/${c.failedRuns! + c.runs.length}${c.runs.length ? ` (${fixed(c.seconds)})` : ''}` : fixed(c.seconds),
    c.filesNotRead > 0 ? 'not read' : fixed(c.workbooksPerSecond, 1),
    c.filesNotRead > 0 ? 'not read' : Number.isFinite(c.rowsPerSecond) ? thousands(c.rowsPerSecond) : '–',
    fixed(c.peakRssMb, 0),
    fixed(s.floor1.seconds),
    fixed(s.floor2.seconds),
    fixed(s.ratioFloor1),
    fixed(s.ratioFloor2),
  ];
}

export function throughputTable(result: BenchResult): Table {
  return {
    head: ['workbooks', 'data rows', 'MB', 'runs', 'consolidate s', 'wb/s', 'rows/s', 'peak RSS MB', 'floor 1T s', 'floor 2T s', '÷ floor 1T', '÷ floor 2T'],
    rows: [
      ...result.sizes.map((s) => sizeRow(String(s.corpus.workbooks), s)),
      ...(result.large ? [sizeRow(`large (${thousands(result.large.indicators)} ind.)`, result.large)] : []),
    ],
  };
}

export function growthTable(result: BenchResult): Table {
  return {
    head: ['step', 'workbooks ×', 'time ×', 'peak RSS ×', 'time per workbook (ms)'],
    rows: result.growth.map((g) => {
      const to = result.sizes.find((s) => s.corpus.workbooks === g.to)!;
      return [`${g.from} → ${g.to}`, fixed(g.countRatio, 0), fixed(g.timeRatio), fixed(g.rssRatio), fixed((to.consolidate.seconds * 1000) / g.to, 1)];
    }),
  };
}

export function targetTable(result: BenchResult): Table {
  return {
    head: ['target', 'measured', 'met'],
    rows: result.targets.map((t) => [t.target, t.measured, t.met === null ? 'not measured' : t.met ? 'yes' : 'NO']),
  };
}

export function otherTable(result: BenchResult): Table {
  const rows: string[][] = [];
  const pane = result.pane;
  if (pane && 'skipped' in pane) rows.push(['task pane "Periksa" (headless Chromium)', `skipped: ${pane.skipped}`]);
  else if (pane) {
    rows.push([
      `task pane "Periksa", ${thousands(pane.dataRows)} data rows (${thousands(pane.cells)} cells)`,
      `${fixed(pane.medianMs, 0)} ms fresh pane (runs ${pane.ms.map((m) => fixed(m, 0)).join(', ')}); ${fixed(pane.warmMedianMs, 0)} ms second check; ${pane.syncs} syncs, ${pane.findings} findings`,
    ]);
  }
  const notRead = [...result.sizes, ...(result.large ? [result.large] : [])].filter((s) => s.consolidate.filesNotRead > 0);
  for (const s of notRead) {
    rows.push([`WARNING ${s.corpus.name}`, `${s.consolidate.filesNotRead} of ${s.corpus.workbooks} workbook(s) not read by sakip consolidate (refused or unreadable): its time is not a reading time`]);
  }
  rows.push(['SAKIP.GRADE scalar', `${thousands(result.grade.scalarCallsPerSecond)} calls/s`]);
  rows.push([`SAKIP.GRADE ${thousands(result.grade.rangeCells)}-cell range`, `${fixed(result.grade.rangeCallsPerSecond, 1)} calls/s = ${thousands(result.grade.rangeCellsPerSecond)} cells/s`]);
  rows.push(['Node + built CLI start (sakip --help, lib/)', `${fixed(result.startupSeconds)} s (inside every end-to-end time)`]);
  return { head: ['measure', 'result'], rows };
}

export function scannerTable(result: BenchResult): Table {
  return {
    head: ['scanner (hostile text)', '100,000 chars ms', '1,000,000 chars ms', 'ratio (linear ≈ 10)'],
    rows: result.scanners.map((s) => [s.scanner, fixed(s.smallMs, 3), fixed(s.largeMs, 3), fixed(s.ratio, 1)]),
  };
}

export function corpusTable(result: BenchResult): Table {
  const all = [...result.sizes, ...(result.large ? [result.large] : [])];
  return {
    head: ['corpus', 'workbooks', 'data rows', 'rows with values', 'cells', 'generated in s', 'written / linked', 'files read', 'errors / warnings'],
    rows: all.map((s) => [
      s.corpus.name,
      String(s.corpus.workbooks),
      thousands(s.corpus.dataRows),
      thousands(s.floor1.rowsWithValues),
      thousands(s.floor1.cells),
      s.corpus.generationSeconds === 0 ? 'cached' : fixed(s.corpus.generationSeconds, 1),
      `${s.corpus.written} / ${s.corpus.linked}`,
      Number.isFinite(s.consolidate.filesRead) ? `${s.consolidate.filesRead}/${s.corpus.workbooks}` : '–',
      s.consolidate.findings ? `${s.consolidate.findings.errors} / ${s.consolidate.findings.warnings}` : '–',
    ]),
  };
}
