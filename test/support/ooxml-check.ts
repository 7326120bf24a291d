/**
 * The strict checker `shared/tools/ooxml-check` for the tests that run it on what the kit writes.
 * Found by scripts/shared-folder.ts. Under `.ci/run` (`SAKIP_SHARED` set) a missing checker fails
 * the test; without `../shared` at hand (`npm test` on a machine without it, as the README allows)
 * the test is skipped, visibly, never passed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findSharedFolder } from '../../scripts/shared-folder';

/** The checker's path; undefined when there is none and none is required; throws when `SAKIP_SHARED` names a folder without it. */
export function findOoxmlCheck(): string | undefined {
  const shared = findSharedFolder();
  const path = shared.path === undefined ? undefined : join(shared.path, 'tools', 'ooxml-check');
  if (path !== undefined && existsSync(path)) return path;
  if (shared.required) throw new Error(`ooxml-check not found under SAKIP_SHARED (${shared.looked.join(', ')})`);
  return undefined;
}

/** The checker's path, or the test is skipped (what it checked before this call stands). */
export function ooxmlCheckPath(test: Mocha.Context): string {
  const path = findOoxmlCheck();
  if (path === undefined) test.skip();
  return path!;
}
