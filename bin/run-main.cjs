// Runs a `sakip` CLI module's `main(argv)` as the process: its result is the exit code, a thrown
// error prints its stack and exits with 2. A run whose `main` never settles (the event loop ran
// empty while it was still waiting, e.g. on a worker that went away) must never pass for a finished
// one: it says so and exits with 2 instead of Node's silent 0. Used by bin/sakip.js and the bench.
'use strict';

const UNFINISHED =
  'sakip berhenti sebelum selesai: tidak ada lagi yang ditunggu, jadi hasilnya tidak lengkap dan tidak ditulis; jalankan lagi.\n' +
  'sakip stopped before it finished: nothing was left to wait for, so the result is incomplete and was not written; run it again.\n';

function runMain(cli, argv) {
  let settled = false;
  // `sakip validate … | head`: a closed pipe ends the output quietly.
  process.stdout.on('error', (error) => {
    if (error && error.code === 'EPIPE') {
      settled = true;
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });
  process.on('exit', (code) => {
    // A crash has its own code and message; only an exit that would read as success is caught here.
    if (settled || code !== 0) return;
    process.stderr.write(UNFINISHED);
    process.exitCode = 2;
  });
  cli.main(argv).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error) => {
      settled = true;
      process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}

module.exports = { runMain };
