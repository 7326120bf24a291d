/**
 * Starts a worker thread on the reader's worker script (read-worker.ts), whose `workerData` says
 * what it serves: a read worker (worker-pool.ts) or the output's zip writer (zip-thread.ts).
 *
 * Installed, the script is lib/read-worker.js, bundled by `npm run build:cli` beside lib/sakip.js.
 * From the sources it is bundled once per process with esbuild (a dev dependency) and each worker
 * evaluates that one script, ~50 ms; without esbuild a worker boots through worker-boot.js, which
 * registers tsx and loads the TypeScript sources (~0.7 s per worker, as each transpiles ~100 modules).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

const BOOT = join(__dirname, 'worker-boot.js');
const ENTRY = join(__dirname, 'read-worker.ts');
/** The worker script the build writes beside lib/sakip.js (whose `__dirname` this is once bundled). */
const BUILT = join(__dirname, 'read-worker.js');

let bundle: string | null | undefined;
/** read-worker.ts bundled into one CommonJS script (null when esbuild is unavailable or fails). */
function workerBundle(): string | null {
  if (bundle === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional: only from the sources
      const esbuild = require('esbuild') as typeof import('esbuild');
      const built = esbuild.buildSync({ entryPoints: [ENTRY], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'silent' });
      bundle = built.outputFiles[0]?.text ?? null;
    } catch {
      bundle = null;
    }
  }
  return bundle;
}

/** `boot`: `bundle` (default: the built script when it is there, else bundled at start; tsx without esbuild) or `tsx`. */
export function startReaderScriptWorker(workerData: unknown, options: Pick<WorkerOptions, 'resourceLimits' | 'transferList'> = {}, boot: 'bundle' | 'tsx' = 'bundle'): Worker {
  const built = boot !== 'tsx' && existsSync(BUILT);
  const code = boot === 'tsx' || built ? null : workerBundle();
  return new Worker(code ?? (built ? BUILT : BOOT), { ...options, eval: code !== null, workerData });
}
