/**
 * LibreOffice (Debian `libreoffice-calc-nogui`) as a second spreadsheet engine for the tests: a
 * headless conversion with a private profile that forces recalculation of every formula when an
 * .xlsx is loaded (`OOXMLRecalcMode` = 0, "always"), so the converted file holds LibreOffice's
 * own results instead of the cached ones.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function sofficeAvailable(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: Promise<string> | undefined;

/** A private LibreOffice profile (created once per test run) that always recalculates on load. */
function recalcProfile(): Promise<string> {
  profile ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sakip-lo-profile-'));
    await mkdir(join(dir, 'user'), { recursive: true });
    await writeFile(join(dir, 'user', 'registrymodifications.xcu'), REGISTRY);
    return dir;
  })();
  return profile;
}

/** Opens `path` in LibreOffice, recalculates everything, saves it as .xlsx in a new folder; returns the new path. */
export async function recalculateWithLibreOffice(path: string): Promise<string> {
  return (await recalculateAllWithLibreOffice([path]))[0]!;
}

/**
 * `recalculateWithLibreOffice` for several workbooks in one LibreOffice run (one start-up); their
 * base names must differ. Returns the new paths, in order.
 */
export async function recalculateAllWithLibreOffice(paths: readonly string[]): Promise<string[]> {
  if (new Set(paths.map((p) => basename(p))).size !== paths.length) throw new Error('recalculateAllWithLibreOffice: base names must differ');
  const dir = await recalcProfile();
  const outDir = await mkdtemp(join(tmpdir(), 'sakip-lo-out-'));
  await run('soffice', [`-env:UserInstallation=${pathToFileURL(dir).href}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', outDir, ...paths], { timeout: 120_000 * paths.length });
  return paths.map((p) => join(outDir, basename(p)));
}

/**
 * Converts documents (e.g. the reports' .docx) with LibreOffice Writer, in one run, into a new
 * folder: `pdf`, or `txt` (UTF-8 plain text). Returns the folder; each output keeps its base name.
 */
export async function convertDocuments(paths: readonly string[], format: 'pdf' | 'txt'): Promise<string> {
  if (new Set(paths.map((p) => basename(p))).size !== paths.length) throw new Error('convertDocuments: base names must differ');
  const dir = await recalcProfile();
  const outDir = await mkdtemp(join(tmpdir(), `sakip-lo-${format}-`));
  const target = format === 'txt' ? 'txt:Text (encoded):UTF8' : 'pdf';
  await run('soffice', [`-env:UserInstallation=${pathToFileURL(dir).href}`, '--headless', '--norestore', '--convert-to', target, '--outdir', outDir, ...paths], { timeout: 600_000 });
  return outDir;
}
