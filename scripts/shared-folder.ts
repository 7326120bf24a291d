/**
 * Where the project's `shared/` folder is (the ECMA-376 checker `tools/ooxml-check` and the
 * `real-world/` workbooks; never copied into the repository):
 * 1. `SAKIP_SHARED`, when set: then it is required, and a check that needs it fails when it is not
 *    there (`.ci/run` sets it, so CI never skips one);
 * 2. else `../shared` beside this repository;
 * 3. else `../shared` beside the repository this one was cloned from (a clone made elsewhere, e.g.
 *    `git clone -q . "$(mktemp -d)"`, whose `origin` is a local folder).
 *
 * `npx tsx scripts/shared-folder.ts` prints the folder, or exits 2 with the places it looked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

export interface SharedFolder {
  /** The folder, when found. */
  readonly path?: string;
  /** True when `SAKIP_SHARED` names it: whatever needs it must not be skipped. */
  readonly required: boolean;
  /** The places looked at, for messages. */
  readonly looked: readonly string[];
}

/** The folder `origin` points at, when it is a local path (a clone of a checkout on this machine). */
function originFolder(root: string): string | undefined {
  try {
    const url = execFileSync('git', ['-C', root, 'remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const path = url.startsWith('file://') ? url.slice('file://'.length) : url;
    return isAbsolute(path) && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** `root`: the repository (this one by default). */
export function findSharedFolder(env: NodeJS.ProcessEnv = process.env, root: string = ROOT): SharedFolder {
  const named = env['SAKIP_SHARED'];
  if (named !== undefined && named !== '') {
    const path = resolve(named);
    return { ...(existsSync(path) ? { path } : {}), required: true, looked: [path] };
  }
  const candidates = [resolve(root, '..', 'shared')];
  const origin = originFolder(root);
  if (origin !== undefined) candidates.push(resolve(origin, '..', 'shared'));
  const path = candidates.find((c) => existsSync(join(c, 'tools', 'ooxml-check')));
  return { ...(path ? { path } : {}), required: false, looked: candidates };
}

if (require.main === module) {
  const found = findSharedFolder();
  if (found.path === undefined) {
    console.error(`shared/ tidak ditemukan / not found (looked at: ${found.looked.join(', ')}); set SAKIP_SHARED`);
    process.exit(2);
  }
  console.log(found.path);
}
