/**
 * Renders the `Grafik` sheet (native charts) of a consolidated workbook to PNG. exceljs, which
 * render-workbook.ts goes through for the table sheets, drops charts, so this works on the
 * package itself: a copy with every other sheet hidden and Grafik active, its print area the
 * charts (A1:L48), converted by LibreOffice headless (recalculating on load, so the charts show
 * the sheet's values) to PDF, then `pdftoppm` to PNG, cropped to the content.
 *
 *   npx tsx scripts/render-chart-sheet.ts [workbook.xlsx] [--out docs/images]
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { contentBox } from './render-workbook';

const run = promisify(execFile);

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>
`;

/** The package with only sheet `sheet` visible and active, printing `area` on one page. */
export function onlySheet(bytes: Uint8Array, sheet: string, area: string): Uint8Array {
  const parts = unzipSync(bytes);
  let workbook = strFromU8(parts['xl/workbook.xml']!);
  const names = [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]!);
  const index = names.indexOf(sheet);
  if (index < 0) throw new Error(`lembar ${sheet} tidak ada`);
  workbook = workbook.replace(/<sheet name="([^"]*)"([^>]*) state="visible"/g, (all, name: string, rest: string) => `<sheet name="${name}"${rest} state="${name === sheet ? 'visible' : 'hidden'}"`);
  workbook = workbook.replace('<sheets>', `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
  const printArea = `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${sheet}'!${area}</definedName>`;
  workbook = workbook.includes('<definedNames>') ? workbook.replace('<definedNames>', `<definedNames>${printArea}`) : workbook.replace('</sheets>', `</sheets><definedNames>${printArea}</definedNames>`);
  // The sheet on one page (the workbook prints it one page wide, as many pages long as needed).
  const sheetPart = `xl/worksheets/sheet${index + 1}.xml`;
  const sheetXml = strFromU8(parts[sheetPart]!).replace(/fitToHeight="0"/, 'fitToHeight="1"').replace(/<headerFooter>.*<\/headerFooter>/, '');
  const files = Object.create(null) as Zippable;
  for (const [name, data] of Object.entries(parts)) files[name] = name === 'xl/workbook.xml' ? strToU8(workbook) : name === sheetPart ? strToU8(sheetXml) : data;
  return zipSync(files);
}

/** Renders `sheet`'s `area` of `workbookPath` to `outDir/image`; returns the PNG's path. */
export async function renderChartSheet(workbookPath: string, outDir: string, image = 'konsolidasi-grafik.png', sheet = 'Grafik', area = '$A$1:$L$48'): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'sakip-render-chart-'));
  try {
    await mkdir(join(work, 'profile', 'user'), { recursive: true });
    await writeFile(join(work, 'profile', 'user', 'registrymodifications.xcu'), PROFILE);
    await mkdir(outDir, { recursive: true });
    const stem = image.replace(/\.png$/, '');
    const copy = join(work, `${stem}.xlsx`);
    await writeFile(copy, onlySheet(await readFile(workbookPath), sheet, area));
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, copy], { timeout: 180_000 });
    const page = join(work, stem);
    const options = ['-r', '80', '-f', '1', '-l', '1', '-singlefile'];
    await run('pdftoppm', [...options, `${page}.pdf`, page]);
    const box = contentBox(await readFile(`${page}.ppm`));
    await run('pdftoppm', ['-png', ...options, ...['-x', box.x, '-y', box.y, '-W', box.width, '-H', box.height].map(String), `${page}.pdf`, join(outDir, stem)]);
    return join(outDir, image);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outDir = resolve(outAt >= 0 ? args.splice(outAt, 2)[1]! : join(__dirname, '..', 'docs', 'images'));
  const workbook = resolve(args[0] ?? join(__dirname, '..', 'demo-output', 'konsolidasi-2025-05.xlsx'));
  renderChartSheet(workbook, outDir).then(
    (image) => console.log(`${basename(workbook)} → ${image}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
