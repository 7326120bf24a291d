/**
 * `npm run build:cli`: the `sakip` command compiled to plain JavaScript for Node 20, so an
 * installed package runs with `node` alone (no tsx, no TypeScript, no dependencies to fetch):
 *   lib/sakip.js        the CLI and every command (pipeline/cli.ts and all it imports, bundled)
 *   lib/read-worker.js  the read worker threads' script (pipeline/read/read-worker.ts, bundled)
 * worker-pool.ts starts its workers from lib/read-worker.js when it sits beside the running
 * script; from the sources (tsx) it bundles the worker at start instead. With
 * SAKIP_BUILD_SOURCEMAP=1 each gets a source map beside it (bench/profile.ts maps CPU profiles
 * back to the sources with them); the package is built without.
 */
'use strict';

const { rmSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, 'lib');

/** @type {import('esbuild').BuildOptions} */
const COMMON = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Only used from the sources, to bundle the worker at start; never reached from lib/.
  external: ['esbuild'],
  legalComments: 'linked',
  logLevel: 'warning',
  absWorkingDir: ROOT,
  ...(process.env.SAKIP_BUILD_SOURCEMAP === '1' ? { sourcemap: 'linked' } : {}),
};

async function buildCli() {
  rmSync(OUT, { recursive: true, force: true });
  await Promise.all([
    esbuild.build({ ...COMMON, entryPoints: ['pipeline/cli.ts'], outfile: path.join(OUT, 'sakip.js') }),
    esbuild.build({ ...COMMON, entryPoints: ['pipeline/read/read-worker.ts'], outfile: path.join(OUT, 'read-worker.js') }),
  ]);
}

module.exports = { buildCli, OUT };

if (require.main === module) {
  buildCli().catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
