/**
 * `npm run validate`: the add-in manifest checked offline (scripts/addin/manifest-checks.ts, the
 * same checks as test/addin/manifest.test.ts): the source manifest.xml for the dev server, the
 * manifest rendered for ADDIN_BASE_URL when it is set, and dist/manifest.xml with the files it
 * names when there is a build. Prints one line per manifest; exits 1 when a check fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrlFromEnv, DEV_BASE_URL, renderManifest } from '../../addin/build/manifest-template.cjs';
import { checkManifest, hostedFiles } from './manifest-checks';

const ROOT = join(__dirname, '..', '..');

interface Target {
  readonly label: string;
  readonly text: () => string;
  readonly base: string;
  /** The folder its hosted files must exist in. */
  readonly folder?: string;
}

function targets(): Target[] {
  const source = join(ROOT, 'manifest.xml');
  const list: Target[] = [{ label: 'manifest.xml', text: () => readFileSync(source, 'utf8'), base: DEV_BASE_URL }];
  if (process.env.ADDIN_BASE_URL?.trim()) {
    const base = baseUrlFromEnv(process.env);
    list.push({ label: `manifest.xml untuk ADDIN_BASE_URL ${base}`, text: () => renderManifest(readFileSync(source, 'utf8'), base), base });
  }
  const built = join(ROOT, 'dist', 'manifest.xml');
  if (existsSync(built)) {
    const text = readFileSync(built, 'utf8');
    const base = /<bt:Url id="Taskpane\.Url" DefaultValue="([^"]+)\/taskpane\.html"/.exec(text)?.[1] ?? DEV_BASE_URL;
    list.push({ label: 'dist/manifest.xml', text: () => text, base, folder: join(ROOT, 'dist') });
  }
  return list;
}

function main(): number {
  let failed = 0;
  for (const target of targets()) {
    try {
      const root = checkManifest(target.text(), target.base);
      const missing = target.folder ? hostedFiles(root, target.base).filter((file) => !existsSync(join(target.folder!, file))) : [];
      if (missing.length > 0) throw new Error(`berkas tidak ada di dist/: ${missing.join(', ')} (jalankan npm run build)`);
      console.log(`✓ ${target.label} (${target.base})`);
    } catch (error) {
      failed++;
      console.error(`✗ ${target.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(failed === 0 ? 'Manifest sah.' : `${failed} manifest tidak sah.`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
