/**
 * bin/run-main.cjs, the process around every `sakip` command: the CLI's result is the exit code,
 * and a run that never finished never exits with 0. A consolidation whose reading stopped waiting
 * (the event loop ran empty before `main` settled) once exited 0 with no output and no backup,
 * which a script or the bureau would take for a finished run.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const RUN_MAIN = join(__dirname, '..', '..', 'bin', 'run-main.cjs');

/** Runs `runMain` in a child process over a CLI module whose `main` is `mainSource`. */
function runWith(mainSource: string): { status: number | null; stderr: string; stdout: string } {
  const script = `require(${JSON.stringify(RUN_MAIN)}).runMain({ main: ${mainSource} }, ['x']);`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('sakip: the process around a command (bin/run-main.cjs)', () => {
  it('exits with the code main resolves to, and says nothing more', () => {
    for (const code of [0, 1, 2]) {
      const run = runWith(`async (argv) => { process.stdout.write(argv.join(',')); return ${code}; }`);
      assert.equal(run.status, code);
      assert.equal(run.stdout, 'x');
      assert.equal(run.stderr, '');
    }
  });

  it('a main that throws: its stack on stderr, exit 2', () => {
    const run = runWith(`async () => { throw new Error('rusak di tengah'); }`);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Error: rusak di tengah\n\s+at /);
  });

  it('a main that never settles (nothing left to wait for): exit 2 and a message, never a silent 0', () => {
    const run = runWith('() => new Promise(() => {})');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^sakip berhenti sebelum selesai: .*jalankan lagi\.\nsakip stopped before it finished: /);
  });

  it('a crash keeps its own exit code', () => {
    const run = runWith(`() => { setTimeout(() => { throw new Error('tak tertangkap'); }, 1); return new Promise(() => {}); }`);
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stderr, /berhenti sebelum selesai/);
  });
});
