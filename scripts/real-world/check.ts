/**
 * The real workbooks in `../shared/real-world/` (see its README) against the numbers each computes
 * itself. Run by `.ci/run` after `npm test`: `npx tsx scripts/real-world/check.ts`. Exits 1 on a
 * mismatch. The folder is found by scripts/shared-folder.ts: when `SAKIP_SHARED` names it (as
 * `.ci/run` does) a missing folder or file fails the check; otherwise a missing one is skipped,
 * with a message. The files are never copied
 * into the project: the tests use generated fixtures of the same shapes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readWorkbookTable } from '../../addin/taskpane/read-workbook';
import { scoreSummary } from '../../addin/taskpane/score-summary';
import { textsFor } from '../../addin/taskpane/texts';
import { assessOpdWorkbook } from '../../shared/assess/assess-opd';
import { nodeStandin } from '../../test/support/office-standin/node-standin';
import { snapshotFromXlsx } from '../../test/support/office-standin/xlsx-snapshot';
import { checkCapaianE81 } from './check-capaian-e81';
import { findSharedFolder } from '../shared-folder';

const ROOT = resolve(__dirname, '..', '..');
const TOLERANCE = 1e-4;

interface Check {
  readonly file: string;
  run(path: string): Promise<string[]>;
}

/** `sakip validate --json` on one file, as a user runs it. */
function validateJson(path: string): {
  file: string;
  layouts: { layout: string }[];
  score?: { total: number; components: { name: string; score: number }[] };
  kriteria?: { count: number; structure: string };
  findings: { code: string; severity: string; params: Record<string, unknown> }[];
}[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'pipeline', 'cli.ts'), 'validate', '--json', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // Exit code 1 (Error findings) still prints the report.
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  return JSON.parse(out);
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE;

export const CHECKS: Check[] = [
  {
    file: 'lke-kke-trenggalek.xlsx',
    async run(path) {
      const problems: string[] = [];
      const [report] = validateJson(path);
      if (!report) return ['validate gave no report'];
      if (report.layouts[0]?.layout !== 'lke-hierarki') problems.push(`layout ${JSON.stringify(report.layouts)} (expected lke-hierarki)`);
      // The workbook's RESUME, column PENILAIAN MANDIRI (OPD), × 100 (README).
      const expected = [10.60285714, 9.0, 4.5, 0.0];
      const total = 24.10285714;
      const components = report.score?.components ?? [];
      if (components.length !== 4) problems.push(`${components.length} components (expected 4)`);
      expected.forEach((points, i) => {
        const got = components[i]?.score;
        if (got === undefined || !near(got, points)) problems.push(`component ${i + 1} ${components[i]?.name ?? ''}: ${got} (expected ${points})`);
      });
      if (!report.score || !near(report.score.total, total)) problems.push(`total ${report.score?.total} (expected ${total})`);
      const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.code);
      if (errors.length > 0) problems.push(`Error findings (placeholders must count as unanswered): ${errors.join(', ')}`);
      if (problems.length === 0) console.log(`  validate --json: total ${report.score!.total.toFixed(4)}: ${components.map((c) => `${c.name} ${c.score.toFixed(4)}`).join(', ')}`);
      // The same file through the task pane's reading on the strict Office.js stand-in ("Periksa").
      const excel = nodeStandin(await snapshotFromXlsx(path, { foreign: true }));
      const table = await excel.run((context) => readWorkbookTable(context, 'lke-kke-trenggalek.xlsx', { merges: true }));
      const pane = assessOpdWorkbook(table);
      expected.forEach((points, i) => {
        const got = pane.score.components[i]?.score;
        if (got === undefined || !near(got, points)) problems.push(`pane component ${i + 1}: ${got} (expected ${points})`);
      });
      if (!near(pane.score.total, total)) problems.push(`pane total ${pane.score.total} (expected ${total})`);
      const card = scoreSummary(pane, textsFor('id'));
      const shown = [...card.components.map((c) => c.score), card.total].join(' ');
      if (shown !== '10,60 9,00 4,50 0,00 24,10') problems.push(`pane score card shows ${shown}`);
      if (pane.findings.some((f) => f.severity === 'error')) problems.push('pane: Error findings');
      if (problems.length === 0) console.log(`  pane (stand-in): total ${pane.score.total.toFixed(4)}, score card ${shown}`);
      return problems;
    },
  },
  {
    file: 'kriteria-lke-ma-ri.xlsx',
    async run(path) {
      const problems: string[] = [];
      const [report] = validateJson(path);
      if (!report) return ['validate gave no report'];
      if (report.layouts[0]?.layout !== 'lke-datar') problems.push(`layout ${JSON.stringify(report.layouts)} (expected lke-datar)`);
      // 80 criteria in the shape of model 88/2021 (README), each mapped by position and confirmed by text.
      if (report.kriteria?.count !== 80) problems.push(`${report.kriteria?.count} criteria (expected 80)`);
      if (report.kriteria?.structure !== '7/10/8, 3/7/10, 6/9/7, 3/5/5') problems.push(`structure ${report.kriteria?.structure}`);
      const mapped = report.findings.find((f) => f.code === 'IMPORT_CODE_MAPPED');
      if (!mapped || mapped.params['count'] !== 80 || mapped.params['confirmed'] !== 80) problems.push(`mapping ${JSON.stringify(mapped?.params)} (expected 80 mapped, 80 confirmed)`);
      const differing = report.findings.filter((f) => f.code === 'IMPORT_CRITERION_TEXT_DIFFERS').length;
      if (differing > 0) problems.push(`${differing} criteria not confirmed by text`);
      if (problems.length === 0) console.log(`  ${report.kriteria!.count} criteria (${report.kriteria!.structure}), all mapped to 88/2021 by position and confirmed by text`);
      return problems;
    },
  },
  {
    file: 'capaian-e81-deli-serdang.xlsx',
    async run(path) {
      const problems: string[] = [];
      const [report] = validateJson(path);
      if (!report) return ['validate gave no report'];
      if (report.layouts[0]?.layout !== 'capaian-e81') problems.push(`layout ${JSON.stringify(report.layouts)} (expected capaian-e81)`);
      // Every indicator row with its four quarters; YTD (their sum, Kumulatif) = the sheet's column 13
      // on every row, or IMPORT_TOTAL_MISMATCH on the cell where the form typed another figure.
      const check = await checkCapaianE81(path);
      problems.push(...check.failures);
      if (check.indicators !== check.rowsWithText) problems.push(`${check.indicators} indicators read of ${check.rowsWithText} indicator rows`);
      if (problems.length === 0) {
        console.log(`  ${check.indicators} indicator rows, 4 quarters each; YTD = column 13 on ${check.ytdEqual}, differing and reported: ${check.ytdMismatchReported.join('; ') || 'none'}`);
      }
      return problems;
    },
  },
];

async function main(): Promise<number> {
  const shared = findSharedFolder();
  const folder = shared.path === undefined ? undefined : join(shared.path, 'real-world');
  if (folder === undefined || !existsSync(folder)) {
    console.log(`real-world check ${shared.required ? 'failed' : 'skipped'}: no real-world/ folder (looked at: ${shared.looked.join(', ')})`);
    return shared.required ? 1 : 0;
  }
  let failed = 0;
  for (const check of CHECKS) {
    const path = join(folder, check.file);
    if (!existsSync(path)) {
      console.log(`${shared.required ? '✗' : '-'} ${check.file}: absent${shared.required ? '' : ', skipped'}`);
      if (shared.required) failed += 1;
      continue;
    }
    const problems = await check.run(path);
    if (problems.length === 0) console.log(`✓ ${check.file}`);
    else {
      failed += 1;
      console.log(`✗ ${check.file}\n${problems.map((p) => `    ${p}`).join('\n')}`);
    }
  }
  console.log(failed === 0 ? 'real-world check: all numbers as the workbooks compute them' : `real-world check: ${failed} file(s) differ`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
