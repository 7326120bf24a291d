/**
 * `npm run demo`: the sample city's three monthly consolidations, with simulated evaluator edits
 * carried from month to month, into `demo-output/` (git-ignored). Exits 0 when every workbook was
 * written, although the sample has Error findings on purpose (the command itself exits 1 then).
 */
import { join, relative } from 'node:path';
import { closingReport, monthReport } from './report';
import { ROOT, runDemo } from './run-demo';

async function main(): Promise<number> {
  const started = performance.now();
  const outDir = join(ROOT, 'demo-output');
  const label = relative(process.cwd(), outDir) || '.';
  console.log('SAKIP Kit — demo konsolidasi bulanan dengan data contoh (kota fiktif)\n');
  const result = await runDemo({
    outDir,
    onMonth: (month) => console.log(`${monthReport(month, label)}\n`),
  });
  console.log(`Data contoh: ${label}/${result.sampleDir}/ (${result.sampleGenerated ? 'baru dibuat' : 'sudah ada, dipakai lagi; hapus foldernya untuk membuat ulang'})`);
  console.log(closingReport(result, label, (performance.now() - started) / 1000));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
